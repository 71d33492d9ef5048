package shop;

import dev.sequor.Column;
import dev.sequor.Model;
import java.time.Instant;

/** v4: no price any more, and an optional SKU. */
@Model(modelName = "product", underscored = true)
public record Product(
    Long id,
    @Column(allowNull = false) String name,
    Integer stock,
    String sku,
    Instant createdAt,
    Instant updatedAt) {}
