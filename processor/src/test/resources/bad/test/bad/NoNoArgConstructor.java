package test.bad;

import dev.sequor.Model;

@Model
public class NoNoArgConstructor {
  private Long id;

  public NoNoArgConstructor(Long id) {
    this.id = id;
  }

  public Long getId() {
    return id;
  }

  public void setId(Long id) {
    this.id = id;
  }
}
