package test.bad;

import dev.sequor.BelongsTo;
import dev.sequor.Model;

@Model
public record BelongsToKeyType(
    Long id,
    Integer ownerId,
    @BelongsTo Owner owner) {

  @Model
  public record Owner(Long id) {}
}
