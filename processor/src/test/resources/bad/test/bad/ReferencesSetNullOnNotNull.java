package test.bad;

import dev.sequor.Model;
import dev.sequor.References;
import dev.sequor.ReferentialAction;

@Model
public record ReferencesSetNullOnNotNull(
    Long id,
    @References(value = Owner.class, onDelete = ReferentialAction.SET_NULL) long ownerId) {

  @Model
  public record Owner(Long id) {}
}
