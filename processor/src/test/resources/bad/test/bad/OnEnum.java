package test.bad;

import dev.sequor.Model;

@Model
public enum OnEnum {
  RED,
  GREEN
}
