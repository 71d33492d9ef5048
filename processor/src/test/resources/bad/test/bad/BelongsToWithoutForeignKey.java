package test.bad;

import dev.sequor.BelongsTo;
import dev.sequor.Model;

@Model
public record BelongsToWithoutForeignKey(
    Long id,
    Long ownerRef,
    @BelongsTo Owner owner) {

  @Model
  public record Owner(Long id) {}
}
