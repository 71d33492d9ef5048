package dev.sequor.it;

import dev.sequor.Column;
import dev.sequor.Model;
import java.math.BigDecimal;

/** Rows to find, filter and bulk-insert; timestamps kept in hidden columns. */
@Model(tableName = "items")
public record Item(
    Long id,
    @Column(allowNull = false, unique = true, length = 40) String code,
    String name,
    Integer quantity,
    @Column(precision = 8, scale = 2) BigDecimal price,
    Size size) {

  public static Item of(String code, String name, Integer quantity) {
    return new Item(null, code, name, quantity, null, null);
  }

  public static Item of(String code, String name, Integer quantity, String price, Size size) {
    return new Item(null, code, name, quantity, price == null ? null : new BigDecimal(price), size);
  }
}
