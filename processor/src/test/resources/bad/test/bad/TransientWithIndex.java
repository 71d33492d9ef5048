package test.bad;

import dev.sequor.Index;
import dev.sequor.Model;
import dev.sequor.Transient;

@Model
public record TransientWithIndex(
    Long id,
    @Transient @Index String label) {}
