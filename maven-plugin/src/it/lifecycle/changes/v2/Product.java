package shop;

import dev.sequor.Column;
import dev.sequor.Model;
import java.math.BigDecimal;
import java.time.Instant;

/** v2: a stock count. */
@Model(modelName = "product", underscored = true)
public record Product(
    Long id,
    @Column(allowNull = false) String name,
    @Column(precision = 10, scale = 2) BigDecimal price,
    Integer stock,
    Instant createdAt,
    Instant updatedAt) {}
