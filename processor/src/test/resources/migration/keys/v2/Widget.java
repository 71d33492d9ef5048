package test.keys;

import dev.sequor.Column;
import dev.sequor.DefaultValue;
import dev.sequor.Index;
import dev.sequor.Model;
import dev.sequor.PrimaryKey;
import dev.sequor.RenamedFrom;

/** Renamed table; renamed unique and enum columns; no longer auto-incremented; enum to text and text to enum. */
@Model(modelName = "gadget", underscored = true)
@RenamedFrom("widgets")
@Index(attributes = {"sku", "category"}, unique = true)
public record Widget(
    @PrimaryKey Long id,
    @RenamedFrom("code") @Column(unique = true) String sku,
    @RenamedFrom("kind") Kind category,
    String grade,
    @DefaultValue("1") Long size,
    Grade note) {}
