package shop;

import dev.sequor.Model;
import java.math.BigDecimal;

@Model(modelName = "product", underscored = true)
public record Product(Long id, String name, BigDecimal price) {}
