package test.bad;

import dev.sequor.BelongsTo;
import dev.sequor.Model;

@Model
public record AssociationTargetWithErrors(
    Long id,
    Long ownerId,
    @BelongsTo Owner owner) {

  @Model
  public record Owner(Long id, java.util.Date bornOn) {}
}
