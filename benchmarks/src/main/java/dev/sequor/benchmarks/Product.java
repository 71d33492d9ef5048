package dev.sequor.benchmarks;

import dev.sequor.Column;
import dev.sequor.Index;
import dev.sequor.Model;
import java.math.BigDecimal;
import java.time.Instant;

/** The benchmark's product: table {@code products}, created from the SQL the processor generates for it. */
@Model(modelName = "product", underscored = true)
public record Product(
    Long id,
    @Column(allowNull = false) String name,
    @Index String category,
    @Column(precision = 10, scale = 2) BigDecimal price,
    int stock,
    Instant createdAt,
    Instant updatedAt) {}
