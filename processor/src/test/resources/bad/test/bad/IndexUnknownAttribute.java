package test.bad;

import dev.sequor.Index;
import dev.sequor.Model;

@Model
@Index(attributes = {"name", "nope"})
public record IndexUnknownAttribute(Long id, String name) {}
