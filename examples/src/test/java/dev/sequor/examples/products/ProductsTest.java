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
    Product laptop = products.create(ProductModel.builder()
        .name("Laptop").category("electronics").price(new BigDecimal("1299.00")).stock(5).build());

    assertEquals(1L, laptop.id()); // the tables were emptied and their sequences restarted
    assertEquals(new BigDecimal("1299.00"), products.findByPk(laptop.id()).orElseThrow().price());
  }

  @Test
  void twoProductsMayNotShareAName() {
    products.create(ProductModel.builder().name("Mug").category("kitchen").stock(10).build());
    Product sameName = ProductModel.builder().name("Mug").category("office").stock(1).build();

    assertThrows(UniqueConstraintException.class, () -> products.create(sameName));
  }

  @Test
  void findByRunsOneQuery(StatementLog statements) {
    products.create(ProductModel.builder().name("Pen").category("office").stock(100).build());
    statements.clear();

    assertEquals(100, products.findBy(ProductModel.NAME, "Pen").orElseThrow().stock());
    assertEquals(1, statements.count());
  }
}
