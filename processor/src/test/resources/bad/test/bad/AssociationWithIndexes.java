package test.bad;

import dev.sequor.BelongsTo;
import dev.sequor.Index;
import dev.sequor.Model;

@Model
public record AssociationWithIndexes(
    Long id,
    Long ownerId,
    @BelongsTo @Index(name = "a") @Index(name = "b") Owner owner) {

  @Model
  public record Owner(Long id) {}
}
