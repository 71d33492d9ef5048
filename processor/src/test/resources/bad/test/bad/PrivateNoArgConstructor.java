package test.bad;

import dev.sequor.Model;

@Model
public class PrivateNoArgConstructor {
  private Long id;

  private PrivateNoArgConstructor() {}

  public Long getId() {
    return id;
  }

  public void setId(Long id) {
    this.id = id;
  }
}
