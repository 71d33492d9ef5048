package test.bad;

import dev.sequor.DefaultValue;
import dev.sequor.Model;
import dev.sequor.Transient;

@Model
public record TransientWithDefault(
    Long id,
    @Transient @DefaultValue("none") String label) {}
