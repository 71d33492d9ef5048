package test.bad;

import dev.sequor.Model;

@Model
public record StringCreatedAt(
    Long id,
    String createdAt) {}
