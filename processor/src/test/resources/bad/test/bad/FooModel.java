package test.bad;

import dev.sequor.Model;

@Model
public record FooModel(Long id) {}
