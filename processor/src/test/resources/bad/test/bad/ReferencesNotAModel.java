package test.bad;

import dev.sequor.Model;
import dev.sequor.References;

@Model
public record ReferencesNotAModel(
    Long id,
    @References(String.class) Long ownerId) {}
