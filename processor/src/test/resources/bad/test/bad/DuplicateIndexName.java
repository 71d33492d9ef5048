package test.bad;

import dev.sequor.Index;
import dev.sequor.Model;

@Model
public record DuplicateIndexName(
    Long id,
    @Index(name = "by_name") String name,
    @Index(name = "by_name") String title) {}
