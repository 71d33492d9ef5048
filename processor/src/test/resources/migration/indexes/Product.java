package test.migration;

import dev.sequor.Column;
import dev.sequor.DefaultValue;
import dev.sequor.Index;
import dev.sequor.Model;
import dev.sequor.References;
import dev.sequor.ReferentialAction;
import java.math.BigDecimal;

@Model(modelName = "product", underscored = true)
@Index(attributes = {"name", "categoryId"})
@Index(attributes = {"status", "createdAt"})
public record Product(
    Long id,
    @Column(allowNull = false, length = 120) String name,
    String brand,
    @Index(name = "products_by_price") @Column(precision = 10, scale = 2) BigDecimal price,
    @DefaultValue("DRAFT") Status status,
    @References(value = Category.class, onDelete = ReferentialAction.CASCADE) Long categoryId) {}
