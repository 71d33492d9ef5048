package dev.sequor.it;

import static dev.sequor.Query.orderBy;
import static dev.sequor.it.ShopProductModel.CATEGORY;
import static dev.sequor.it.ShopProductModel.NAME;
import static dev.sequor.it.ShopProductModel.RATING;
import static dev.sequor.it.ShopProductModel.STOCK;
import static dev.sequor.it.ShopProductModel.UNIT_PRICE;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.sequor.Criterion;
import dev.sequor.Query;
import dev.sequor.Repository;
import dev.sequor.Row1;
import dev.sequor.Sequor;
import dev.sequor.testing.SequorTest;
import dev.sequor.testing.StatementLog;
import dev.sequor.testing.TestDatabase;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Column against column ({@code STOCK.lt(RATING)}) and an attribute alone as an ascending order key, on the seven
 * {@link ShopProducts}: stock and rating are both integers, and Lamp's stock is {@code NULL}.
 */
@SequorTest(migrate = false, truncate = false)
class ColumnCriteriaTest {

  private final Repository<ShopProduct, Long> products;

  ColumnCriteriaTest(Sequor db) {
    this.products = db.repository(ShopProductModel.MODEL);
  }

  @BeforeAll
  static void seed(TestDatabase database) {
    ShopProducts.seed(database);
  }

  private List<String> names(Criterion<ShopProduct> criterion) {
    return products.findAll(criterion).stream().map(ShopProduct::name).sorted().toList();
  }

  private List<String> names(Query<ShopProduct> query) {
    return products.findAll(query).stream().map(ShopProduct::name).toList();
  }

  @Test
  void comparisonsOfTwoColumnsLeaveOutRowsWithANull(StatementLog statements) {
    statements.clear();
    assertEquals(List.of("Desk"), names(STOCK.ltCol(RATING)));
    assertEquals(List.of("Chair", "Mug", "Paper", "Pen", "Stapler"), names(STOCK.gtCol(RATING)));
    assertEquals(List.of("Chair", "Mug", "Paper", "Pen", "Stapler"), names(STOCK.gteCol(RATING.plus(1))));
    assertEquals(List.of("Chair", "Desk"), names(STOCK.lteCol(RATING.plus(1))));
    assertEquals(List.of("Chair"), names(STOCK.eqCol(RATING.plus(1))));
    assertEquals(List.of("Chair", "Desk", "Mug", "Paper", "Pen", "Stapler"), names(STOCK.neCol(RATING)));
    assertEquals(List.of("Chair", "Desk", "Lamp", "Mug", "Paper", "Pen", "Stapler"), names(NAME.eqCol(NAME)));
    // the column is in the SQL, no value is bound for it
    String sql = statements.all().get(0);
    assertTrue(sql.endsWith(" from \"shop_products\" where \"stock\" < \"rating\""), sql);
  }

  @Test
  void betweenTwoExpressionsIncludesBothEnds() {
    assertEquals(List.of("Chair", "Stapler"), names(STOCK.betweenCols(RATING, RATING.times(3))));
    assertEquals(List.of("Desk", "Mug", "Paper", "Pen"), names(STOCK.notBetweenCols(RATING, RATING.times(3))));
    assertEquals(List.of("Chair", "Stapler"), names(STOCK.betweenCols(RATING.plus(1), RATING.times(2))));
  }

  @Test
  void anAttributeAloneOrdersAscending() {
    assertEquals(List.of("Chair", "Desk", "Lamp", "Paper", "Pen", "Stapler", "Mug"), names(orderBy(CATEGORY, NAME)));
    assertEquals(List.of("Mug", "Pen", "Stapler", "Paper", "Lamp", "Chair", "Desk"),
        names(orderBy(CATEGORY.desc(), UNIT_PRICE)));
    assertEquals(List.of("Lamp", "Desk", "Chair", "Stapler", "Mug", "Pen", "Paper"),
        names(orderBy(STOCK.nullsFirst())));
    assertEquals(List.of("Mug", "Lamp", "Desk", "Paper", "Chair", "Pen", "Stapler"),
        products.select(NAME).orderBy(RATING, STOCK).fetch().stream().map(Row1::value1).toList());
  }
}
