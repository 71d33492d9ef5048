package dev.sequor.it;

import dev.sequor.Column;
import dev.sequor.Model;
import java.math.BigDecimal;

/**
 * Products to project, aggregate and page through: nullable category, price and stock to exercise SQL's null
 * handling, a primitive rating to show what a partial instance carries in an attribute not selected, and a
 * camelCase attribute on a snake_case column so that labels show attribute names.
 */
@Model(tableName = "shop_products", underscored = true)
public record ShopProduct(
    Long id,
    @Column(allowNull = false, length = 40) String name,
    String category,
    @Column(precision = 8, scale = 2) BigDecimal unitPrice,
    Integer stock,
    int rating) {

  public static ShopProduct of(String name, String category, String unitPrice, Integer stock, int rating) {
    return new ShopProduct(null, name, category, unitPrice == null ? null : new BigDecimal(unitPrice), stock,
        rating);
  }
}
