package dev.sequor.examples.products;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.sequor.Repository;
import dev.sequor.Sequor;
import dev.sequor.UniqueConstraintException;
import dev.sequor.testing.SequorTest;
import dev.sequor.testing.StatementLog;
import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

/**
 * The products' data layer, tested as a user tests theirs: the class's schema is migrated from
 * {@code src/main/resources/db/migrations}, and every test starts from empty tables.
 */
@SequorTest
class ProductsTest {

  private final Repository<Product, Long> products;

  ProductsTest(Sequor db) {
    this.products = db.repository(ProductModel.MODEL);
  }

  @Test
  void createStoresAProductAndNumbersIt() {
    Product laptop = products.create(Product.of("Laptop", "electronics", "1299.00", 5));

    assertEquals(1L, laptop.id()); // the tables were emptied and their sequences restarted
    assertEquals(new BigDecimal("1299.00"), products.findByPk(laptop.id()).orElseThrow().price());
  }

  @Test
  void twoProductsMayNotShareAName() {
    products.create(Product.of("Mug", "kitchen", "8.50", 10));

    assertThrows(UniqueConstraintException.class, () -> products.create(Product.of("Mug", "office", "9.00", 1)));
  }

  @Test
  void findByRunsOneQuery(StatementLog statements) {
    products.create(Product.of("Pen", "office", "1.50", 100));
    statements.clear();

    assertEquals(100, products.findBy(ProductModel.NAME, "Pen").orElseThrow().stock());
    assertEquals(1, statements.count());
  }
}
