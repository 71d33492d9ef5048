package dev.sequor.examples.products;

import dev.sequor.Column;
import dev.sequor.HasMany;
import dev.sequor.Index;
import dev.sequor.Model;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

/**
 * The lesson's product: {@code modelName: 'product', underscored: true}, so the table is {@code products}
 * and {@code createdAt} is stored in {@code created_at}. Products are looked up by category, hence the index. A
 * product has many {@link Order}s: {@link #orders()} holds them when a find includes {@code ProductModel.ORDERS}.
 */
@Model(modelName = "product", underscored = true)
public record Product(
    Long id,
    @Column(allowNull = false, unique = true) String name,
    @Index String category,
    @Column(precision = 10, scale = 2) BigDecimal price,
    int stock,
    Instant createdAt,
    Instant updatedAt,
    @HasMany List<Order> orders) {}
