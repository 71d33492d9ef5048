package test.bad;

import dev.sequor.Model;

@Model(underscored = true)
public record UnderscoredColumnClash(
    Long id,
    String fooBar,
    String foo_bar) {}
