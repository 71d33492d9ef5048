package dev.sequor.benchmarks;

import dev.sequor.BelongsTo;
import dev.sequor.Column;
import dev.sequor.Model;
import java.math.BigDecimal;

/** W9's child: table {@code children}, each row belonging to one {@link Parent} through {@code parent_id}. */
@Model(modelName = "child", underscored = true, timestamps = false)
public record Child(
    Long id,
    Long parentId,
    @BelongsTo Parent parent,
    @Column(allowNull = false) String name,
    @Column(precision = 10, scale = 2) BigDecimal price,
    int quantity) {}
