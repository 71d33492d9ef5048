package shop;

import dev.sequor.Column;
import dev.sequor.Model;
import java.math.BigDecimal;
import java.time.Instant;

@Model(modelName = "product", underscored = true)
public record Product(
    Long id,
    @Column(allowNull = false) String name,
    @Column(precision = 10, scale = 2) BigDecimal price,
    Instant createdAt,
    Instant updatedAt) {}
