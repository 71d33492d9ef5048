package test.keys;

import dev.sequor.Column;
import dev.sequor.DefaultValue;
import dev.sequor.Model;

@Model(underscored = true)
public record Widget(
    Long id,
    @Column(unique = true) String code,
    Kind kind,
    Grade grade,
    @DefaultValue("1") Integer size,
    String note) {}
