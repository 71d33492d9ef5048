package test.bad;

import dev.sequor.Model;

@Model
public record WaitAttribute(
    Long id,
    long wait) {}
