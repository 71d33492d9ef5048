package test.migration;

import dev.sequor.Column;
import dev.sequor.DefaultValue;
import dev.sequor.Index;
import dev.sequor.Model;
import dev.sequor.References;
import dev.sequor.ReferentialAction;
import dev.sequor.RenamedFrom;
import java.math.BigDecimal;

@Model(modelName = "item", underscored = true)
@RenamedFrom("products")
@Index(attributes = {"label", "categoryId"}, unique = true)
public record Product(
    Long id,
    @RenamedFrom("name") @Column(allowNull = false, length = 120) String label,
    @Index String brand,
    @Column(precision = 10, scale = 2) BigDecimal price,
    @DefaultValue("DRAFT") Status status,
    @References(value = Category.class, onDelete = ReferentialAction.CASCADE) Long categoryId) {}
