package test.keys;

import dev.sequor.Column;
import dev.sequor.DefaultValue;
import dev.sequor.Model;
import dev.sequor.RenamedFrom;

/** Back to v1: auto-incremented again, text to enum and enum to text, renamed back. */
@Model(underscored = true)
@RenamedFrom("gadgets")
public record Widget(
    Long id,
    @RenamedFrom("sku") @Column(unique = true) String code,
    @RenamedFrom("category") Kind kind,
    Grade grade,
    @DefaultValue("1") Integer size,
    String note) {}
