package test.bad;

import dev.sequor.DefaultValue;
import dev.sequor.Model;

@Model
public record DefaultOnAutoIncrementKey(
    @DefaultValue("1") Long id,
    String name) {}
