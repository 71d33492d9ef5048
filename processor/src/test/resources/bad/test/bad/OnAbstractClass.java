package test.bad;

import dev.sequor.Model;

@Model
public abstract class OnAbstractClass {
  private Long id;

  public Long getId() {
    return id;
  }

  public void setId(Long id) {
    this.id = id;
  }
}
