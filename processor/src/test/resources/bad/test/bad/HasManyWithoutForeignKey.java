package test.bad;

import dev.sequor.HasMany;
import dev.sequor.Model;
import java.util.List;

@Model(modelName = "owner")
public record HasManyWithoutForeignKey(
    Long id,
    @HasMany List<Pet> pets) {

  @Model
  public record Pet(Long id, Long keeperId) {}
}
