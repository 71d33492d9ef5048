package test.migration;

import dev.sequor.Column;
import dev.sequor.DefaultValue;
import dev.sequor.Index;
import dev.sequor.Model;
import dev.sequor.References;
import dev.sequor.ReferentialAction;
import java.math.BigDecimal;

@Model(modelName = "product", underscored = true)
@Index(attributes = {"name", "categoryId"}, unique = true)
public record Product(
    Long id,
    @Column(allowNull = false, unique = true, length = 200) String name,
    @Index @Column(allowNull = false) @DefaultValue("acme") String brand,
    @Column(precision = 12, scale = 2) BigDecimal price,
    @DefaultValue("LIVE") Status status,
    @References(value = Category.class, onDelete = ReferentialAction.CASCADE) Integer categoryId) {}
