package dev.sequor.it;

import dev.sequor.testing.TestDatabase;
import java.util.List;

/**
 * Seven {@link ShopProduct}s with known totals, shared by the select, aggregate and paging tests.
 *
 * <pre>
 *   name     category   unit_price  stock  rating
 *   Pen      office           1.50    100       4
 *   Stapler  office          12.00     10       5
 *   Paper    office           null    500       3
 *   Desk     furniture      250.00      2       3
 *   Chair    furniture       80.00      5       4
 *   Lamp     lighting        30.00   null       2
 *   Mug      null             8.25     20       1
 * </pre>
 */
final class ShopProducts {

  static final List<ShopProduct> ROWS = List.of(
      ShopProduct.of("Pen", "office", "1.50", 100, 4),
      ShopProduct.of("Stapler", "office", "12.00", 10, 5),
      ShopProduct.of("Paper", "office", null, 500, 3),
      ShopProduct.of("Desk", "furniture", "250.00", 2, 3),
      ShopProduct.of("Chair", "furniture", "80.00", 5, 4),
      ShopProduct.of("Lamp", "lighting", "30.00", null, 2),
      ShopProduct.of("Mug", null, "8.25", 20, 1));

  private ShopProducts() {}

  /** Creates the table and stores {@link #ROWS}; returns them as stored, in that order. */
  static List<ShopProduct> seed(TestDatabase database) {
    TestTables.create(database, ShopProductModel.MODEL);
    return database.sequor().repository(ShopProductModel.MODEL).bulkCreate(ROWS);
  }
}
