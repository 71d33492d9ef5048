package test.bad;

import dev.sequor.Model;

public class InnerClass {

  @Model
  public class Inner {
    private Long id;

    public Long getId() {
      return id;
    }

    public void setId(Long id) {
      this.id = id;
    }
  }
}
