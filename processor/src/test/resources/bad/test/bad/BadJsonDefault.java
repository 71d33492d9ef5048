package test.bad;

import dev.sequor.DefaultValue;
import dev.sequor.Json;
import dev.sequor.Model;

@Model
public record BadJsonDefault(
    Long id,
    @DefaultValue("{tags: []}") Json meta) {}
