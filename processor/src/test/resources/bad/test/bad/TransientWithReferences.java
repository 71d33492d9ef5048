package test.bad;

import dev.sequor.Model;
import dev.sequor.References;
import dev.sequor.Transient;

@Model
public record TransientWithReferences(
    Long id,
    @Transient @References(Owner.class) Long ownerId) {

  @Model
  public record Owner(Long id) {}
}
