package test.bad;

import dev.sequor.Column;
import dev.sequor.Model;

@Model
public class TransientFieldWithColumn {
  private Long id;
  @Column(length = 20) private transient String cache;

  public Long getId() {
    return id;
  }

  public void setId(Long id) {
    this.id = id;
  }
}
