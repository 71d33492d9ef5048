package test.bad;

import dev.sequor.HasMany;
import dev.sequor.Model;

@Model
public record HasManyNotAList(
    Long id,
    @HasMany Pet pet) {

  @Model
  public record Pet(Long id, Long hasManyNotAListId) {}
}
