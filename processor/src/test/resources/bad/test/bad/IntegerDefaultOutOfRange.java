package test.bad;

import dev.sequor.DefaultValue;
import dev.sequor.Model;

@Model
public record IntegerDefaultOutOfRange(
    Long id,
    @DefaultValue("3000000000") int views) {}
