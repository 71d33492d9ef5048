package test.bad;

import dev.sequor.BelongsTo;
import dev.sequor.Model;
import dev.sequor.PrimaryKey;

@Model
public record AssociationCompositeKey(
    Long id,
    Long pairId,
    @BelongsTo Pair pair) {

  @Model
  public record Pair(@PrimaryKey Long left, @PrimaryKey Long right) {}
}
