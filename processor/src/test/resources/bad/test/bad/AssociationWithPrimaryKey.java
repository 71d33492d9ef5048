package test.bad;

import dev.sequor.BelongsTo;
import dev.sequor.Model;
import dev.sequor.PrimaryKey;

@Model
public record AssociationWithPrimaryKey(
    Long id,
    Long ownerId,
    @BelongsTo @PrimaryKey Owner owner) {

  @Model
  public record Owner(Long id) {}
}
