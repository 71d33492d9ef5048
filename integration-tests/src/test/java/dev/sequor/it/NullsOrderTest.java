package dev.sequor.it;

import static dev.sequor.Query.orderBy;
import static dev.sequor.it.ShopProductModel.CATEGORY;
import static dev.sequor.it.ShopProductModel.NAME;
import static dev.sequor.it.ShopProductModel.UNIT_PRICE;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.sequor.Query;
import dev.sequor.Repository;
import dev.sequor.Row1;
import dev.sequor.Sequor;
import dev.sequor.testing.SequorTest;
import dev.sequor.testing.TestDatabase;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * {@code NULLS FIRST} / {@code NULLS LAST} on several order keys. PostgreSQL's defaults put nulls last when
 * ascending and first when descending; each case here asks for the other placement on at least one key.
 */
@SequorTest(migrate = false, truncate = false)
class NullsOrderTest {

  private final Repository<ShopProduct, Long> products;

  NullsOrderTest(Sequor db) {
    this.products = db.repository(ShopProductModel.MODEL);
  }

  @BeforeAll
  static void seed(TestDatabase database) {
    ShopProducts.seed(database);
  }

  private List<String> names(Query<ShopProduct> query) {
    return products.findAll(query).stream().map(ShopProduct::name).toList();
  }

  @Test
  void ascendingNullsFirstThenDescendingNullsLast() {
    assertEquals(List.of("Mug", "Desk", "Chair", "Lamp", "Stapler", "Pen", "Paper"),
        names(orderBy(CATEGORY.asc().nullsFirst(), UNIT_PRICE.desc().nullsLast())));
  }

  @Test
  void descendingNullsLastThenAscendingNullsFirst() {
    assertEquals(List.of("Paper", "Pen", "Stapler", "Lamp", "Chair", "Desk", "Mug"),
        names(orderBy(CATEGORY.desc().nullsLast(), UNIT_PRICE.asc().nullsFirst())));
  }

  @Test
  void theDefaultsPutNullsLastAscendingAndFirstDescending() {
    assertEquals(List.of("Chair", "Desk", "Lamp", "Paper", "Pen", "Stapler", "Mug"),
        names(orderBy(CATEGORY.asc(), NAME.asc())));
    assertEquals(List.of("Paper", "Desk", "Chair", "Lamp", "Stapler", "Mug", "Pen"),
        names(orderBy(UNIT_PRICE.desc())));
  }

  @Test
  void aSelectOrdersNullsToo() {
    assertEquals(List.of("Mug", "Paper", "Pen", "Stapler", "Lamp", "Chair", "Desk"), products.select(NAME)
        .orderBy(CATEGORY.desc().nullsFirst(), NAME.asc())
        .fetch(Row1::value1));
  }
}
