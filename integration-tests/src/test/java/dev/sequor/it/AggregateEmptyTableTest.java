package dev.sequor.it;

import static dev.sequor.Query.orderBy;
import static dev.sequor.it.ShopProductModel.NAME;
import static dev.sequor.it.ShopProductModel.STOCK;
import static dev.sequor.it.ShopProductModel.UNIT_PRICE;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.sequor.Fn;
import dev.sequor.Repository;
import dev.sequor.Row2;
import dev.sequor.RowsAndCount;
import dev.sequor.Sequor;
import dev.sequor.testing.SequorTest;
import dev.sequor.testing.TestDatabase;
import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The aggregates over a table without rows: no max or min, a zero sum, SQL's one row of aggregates. */
@SequorTest(migrate = false, truncate = false)
class AggregateEmptyTableTest {

  private final Repository<ShopProduct, Long> products;

  AggregateEmptyTableTest(Sequor db) {
    this.products = db.repository(ShopProductModel.MODEL);
  }

  @BeforeAll
  static void createTable(TestDatabase database) {
    TestTables.create(database, ShopProductModel.MODEL);
  }

  @Test
  void maxAndMinAreEmpty() {
    assertEquals(Optional.empty(), products.max(UNIT_PRICE));
    assertEquals(Optional.empty(), products.min(NAME));
  }

  @Test
  void sumIsAZeroOfTheAttributesType() {
    Integer stock = products.sum(STOCK);

    assertEquals(Integer.valueOf(0), stock);
    assertEquals(BigDecimal.ZERO, products.sum(UNIT_PRICE));
  }

  @Test
  void aSelectOfAggregatesReturnsOneRowOfCountZeroAndNullSum() {
    assertEquals(List.of(new Row2<Long, Integer>(0L, null)), products.select(Fn.count(), Fn.sum(STOCK)).fetch());
  }

  @Test
  void countIsZeroAndFindAndCountAllFindsNothing() {
    assertEquals(0, products.count());
    assertEquals(new RowsAndCount<>(List.of(), 0), products.findAndCountAll(orderBy(NAME.asc()).limit(5)));
  }
}
