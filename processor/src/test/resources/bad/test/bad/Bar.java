package test.bad;

import dev.sequor.Model;

@Model
public record Bar(Long id) {}
