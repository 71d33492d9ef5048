package test.bad;

import dev.sequor.Index;
import dev.sequor.Model;

@Model
public record RepeatedIndexOnAttribute(
    Long id,
    @Index(name = "by_name")
    @Index(name = "by_name", unique = true)
    String name) {}
