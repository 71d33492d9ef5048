package test.bad;

import dev.sequor.Model;

@Model
public record NoPrimaryKey(
    String code,
    String name) {}
