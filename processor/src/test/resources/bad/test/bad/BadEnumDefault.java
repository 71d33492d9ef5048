package test.bad;

import dev.sequor.DefaultValue;
import dev.sequor.Model;

@Model
public record BadEnumDefault(
    Long id,
    @DefaultValue("PURPLE") Color color) {

  public enum Color {
    RED,
    GREEN
  }
}
