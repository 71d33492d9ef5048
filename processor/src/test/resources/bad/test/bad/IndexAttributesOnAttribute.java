package test.bad;

import dev.sequor.Index;
import dev.sequor.Model;

@Model
public record IndexAttributesOnAttribute(
    Long id,
    @Index(attributes = {"id", "name"}) String name) {}
