package test.bad;

import dev.sequor.Model;

@Model(underscored = true)
public record TimestampColumnClash(
    Long id,
    String created_at) {}
