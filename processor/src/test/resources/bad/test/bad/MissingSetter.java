package test.bad;

import dev.sequor.Model;

@Model
public class MissingSetter {
  private Long id;
  private boolean active;

  public Long getId() {
    return id;
  }

  public void setId(Long id) {
    this.id = id;
  }

  public boolean isActive() {
    return active;
  }
}
