package test.bad;

import dev.sequor.BelongsTo;
import dev.sequor.HasOne;
import dev.sequor.Model;

@Model(modelName = "pet")
public record TwoAssociationsOnOneAttribute(
    Long id,
    Long ownerId,
    @BelongsTo @HasOne Owner owner) {

  @Model
  public record Owner(Long id, Long petId) {}
}
