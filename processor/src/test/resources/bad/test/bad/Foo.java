package test.bad;

import dev.sequor.Model;

@Model
public record Foo(Long id) {}
