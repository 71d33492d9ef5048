package test.bad;

import dev.sequor.Index;
import dev.sequor.Model;

@Model
public record InvalidIndexName(
    Long id,
    @Index(name = "by name") String name) {}
