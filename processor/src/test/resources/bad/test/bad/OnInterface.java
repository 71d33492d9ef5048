package test.bad;

import dev.sequor.Model;

@Model
public interface OnInterface {
  Long id();
}
