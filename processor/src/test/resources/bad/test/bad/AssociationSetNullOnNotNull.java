package test.bad;

import dev.sequor.BelongsTo;
import dev.sequor.Column;
import dev.sequor.Model;
import dev.sequor.ReferentialAction;

@Model
public record AssociationSetNullOnNotNull(
    Long id,
    @Column(allowNull = false) Long ownerId,
    @BelongsTo(onDelete = ReferentialAction.SET_NULL) Owner owner) {

  @Model
  public record Owner(Long id) {}
}
