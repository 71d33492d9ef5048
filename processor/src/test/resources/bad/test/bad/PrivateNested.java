package test.bad;

import dev.sequor.Model;

public class PrivateNested {

  @Model
  private record Hidden(Long id) {}
}
