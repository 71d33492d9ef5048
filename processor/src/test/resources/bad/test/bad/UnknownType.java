package test.bad;

import dev.sequor.Model;

@Model
public record UnknownType(
    Long id,
    NoSuchType thing) {}
