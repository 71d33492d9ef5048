package test.bad;

import dev.sequor.BelongsTo;
import dev.sequor.Model;
import dev.sequor.References;

@Model
public record AssociationAndReferences(
    Long id,
    @References(Owner.class) Long ownerId,
    @BelongsTo Owner owner) {

  @Model
  public record Owner(Long id) {}
}
