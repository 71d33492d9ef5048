package test.bad;

import dev.sequor.Index;
import dev.sequor.Model;

@Model
@Index(attributes = {"name"})
@Index(attributes = {"name", "name"}, unique = true)
public record IndexRepeatedAttribute(Long id, String name) {}
