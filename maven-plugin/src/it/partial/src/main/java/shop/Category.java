package shop;

import dev.sequor.Model;
import dev.sequor.References;

@Model(modelName = "category", underscored = true)
public record Category(Long id, String name, @References(Product.class) Long featuredProductId) {}
