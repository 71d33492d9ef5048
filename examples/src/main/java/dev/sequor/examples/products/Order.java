package dev.sequor.examples.products;

import dev.sequor.BelongsTo;
import dev.sequor.Model;
import java.time.Instant;

/**
 * An order of one product, the second model: it {@code belongsTo} the product through {@code productId}
 * ({@code product_id}, a foreign key with its index in the generated migration), and {@link #product()} holds the
 * product when a find includes {@code OrderModel.PRODUCT}.
 */
@Model(modelName = "order", underscored = true)
public record Order(
    Long id,
    Long productId,
    @BelongsTo Product product,
    String customer,
    int quantity,
    Instant createdAt,
    Instant updatedAt) {}
