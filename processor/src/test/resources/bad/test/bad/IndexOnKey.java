package test.bad;

import dev.sequor.Index;
import dev.sequor.Model;

@Model
public record IndexOnKey(
    @Index Long id,
    String name) {}
