package test.bad;

import dev.sequor.DefaultValue;
import dev.sequor.Model;

@Model
public record LongDefaultOutOfRange(
    Long id,
    @DefaultValue("-9223372036854775809") Long balance) {}
