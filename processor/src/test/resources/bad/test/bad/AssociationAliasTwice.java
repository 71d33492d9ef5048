package test.bad;

import dev.sequor.BelongsTo;
import dev.sequor.Model;

@Model
public record AssociationAliasTwice(
    Long id,
    Long ownerId,
    @BelongsTo Owner owner,
    @BelongsTo Owner owner) {

  @Model
  public record Owner(Long id) {}
}
