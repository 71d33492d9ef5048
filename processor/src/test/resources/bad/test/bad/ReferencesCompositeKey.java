package test.bad;

import dev.sequor.Model;
import dev.sequor.PrimaryKey;
import dev.sequor.References;

@Model
public record ReferencesCompositeKey(
    Long id,
    @References(Pair.class) Long pairId) {

  @Model
  public record Pair(@PrimaryKey Long left, @PrimaryKey Long right) {}
}
