package test.bad;

import dev.sequor.Model;
import dev.sequor.References;

@Model
public record ReferencesTypeMismatch(
    Long id,
    @References(Owner.class) Integer ownerId) {

  @Model
  public record Owner(Long id) {}
}
