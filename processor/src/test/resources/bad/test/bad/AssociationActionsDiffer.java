package test.bad;

import dev.sequor.BelongsTo;
import dev.sequor.HasMany;
import dev.sequor.Model;
import dev.sequor.ReferentialAction;
import java.util.List;

@Model(modelName = "owner")
public record AssociationActionsDiffer(
    Long id,
    @HasMany(onDelete = ReferentialAction.CASCADE) List<Pet> pets) {

  @Model
  public record Pet(Long id, Long ownerId,
      @BelongsTo(onDelete = ReferentialAction.SET_NULL) AssociationActionsDiffer owner) {}
}
