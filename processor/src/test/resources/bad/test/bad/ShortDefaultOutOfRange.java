package test.bad;

import dev.sequor.DefaultValue;
import dev.sequor.Model;

@Model
public record ShortDefaultOutOfRange(
    Long id,
    @DefaultValue("40000") Short rank) {}
