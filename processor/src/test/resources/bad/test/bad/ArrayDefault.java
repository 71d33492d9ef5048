package test.bad;

import dev.sequor.DefaultValue;
import dev.sequor.Model;

@Model
public record ArrayDefault(
    Long id,
    @DefaultValue("{a,b}") String[] tags) {}
