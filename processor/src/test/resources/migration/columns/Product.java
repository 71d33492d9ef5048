package test.migration;

import dev.sequor.Column;
import dev.sequor.DefaultValue;
import dev.sequor.Index;
import dev.sequor.Model;
import dev.sequor.References;
import dev.sequor.ReferentialAction;

@Model(modelName = "product", underscored = true)
@Index(attributes = {"name", "categoryId"}, unique = true)
public record Product(
    Long id,
    @Column(allowNull = false, length = 120) String name,
    @Index String brand,
    @DefaultValue("DRAFT") Status status,
    @References(value = Category.class, onDelete = ReferentialAction.CASCADE) Long categoryId,
    @Column(unique = true, length = 40) String sku,
    @DefaultValue("0") int stock) {}
