package test.models;

import dev.sequor.Column;
import dev.sequor.DefaultValue;
import dev.sequor.Model;
import java.math.BigDecimal;
import java.time.Instant;

/** The products example: a record, underscored columns, declared timestamps. */
@Model(modelName = "product", underscored = true)
public record Product(
    Long id,
    @Column(allowNull = false, unique = true, length = 120) String name,
    @Column(precision = 10, scale = 2) BigDecimal price,
    @DefaultValue("0") int stock,
    Instant createdAt,
    Instant updatedAt) {}
