package test.bad;

import dev.sequor.DefaultValue;
import dev.sequor.Model;

@Model
public record BadIntegerDefault(
    Long id,
    @DefaultValue("abc") Integer count) {}
