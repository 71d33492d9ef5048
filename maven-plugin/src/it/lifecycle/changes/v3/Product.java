package shop;

import dev.sequor.Column;
import dev.sequor.Model;
import java.time.Instant;

/** v3: no price any more, and a required SKU that rows already stored have no value for. */
@Model(modelName = "product", underscored = true)
public record Product(
    Long id,
    @Column(allowNull = false) String name,
    Integer stock,
    @Column(allowNull = false) String sku,
    Instant createdAt,
    Instant updatedAt) {}
