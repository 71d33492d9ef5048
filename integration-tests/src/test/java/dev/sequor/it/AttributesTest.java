package dev.sequor.it;

import static dev.sequor.Query.orderBy;
import static dev.sequor.Query.where;
import static dev.sequor.it.ShopProductModel.CATEGORY;
import static dev.sequor.it.ShopProductModel.ID;
import static dev.sequor.it.ShopProductModel.NAME;
import static dev.sequor.it.ShopProductModel.RATING;
import static dev.sequor.it.ShopProductModel.STOCK;
import static dev.sequor.it.ShopProductModel.UNIT_PRICE;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.sequor.Query;
import dev.sequor.Repository;
import dev.sequor.Sequor;
import dev.sequor.testing.SequorTest;
import dev.sequor.testing.StatementLog;
import dev.sequor.testing.TestDatabase;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** {@code Query.attributes} and {@code exclude}: instances that carry only the attributes selected. */
@SequorTest(migrate = false, truncate = false)
class AttributesTest {

  private static List<ShopProduct> byName;

  private final Repository<ShopProduct, Long> products;

  AttributesTest(Sequor db) {
    this.products = db.repository(ShopProductModel.MODEL);
  }

  @BeforeAll
  static void seed(TestDatabase database) {
    byName = ShopProducts.seed(database).stream().sorted(Comparator.comparing(ShopProduct::name)).toList();
  }

  @Test
  void attributesLeaveTheOthersNullOrZero() {
    List<ShopProduct> found = products.findAll(orderBy(NAME.asc()).attributes(ID, NAME));

    assertEquals(byName.stream().map(p -> new ShopProduct(p.id(), p.name(), null, null, null, 0)).toList(), found);
  }

  @Test
  void attributesInAnyOrderSelectTheSameColumns() {
    List<ShopProduct> found = products.findAll(where(CATEGORY.eq("furniture")).order(NAME.asc())
        .attributes(RATING, CATEGORY, NAME));

    assertEquals(List.of(new ShopProduct(null, "Chair", "furniture", null, null, 4),
        new ShopProduct(null, "Desk", "furniture", null, null, 3)), found);
  }

  @Test
  void excludeLeavesOnlyThoseAttributesNull() {
    List<ShopProduct> found = products.findAll(orderBy(NAME.asc()).exclude(UNIT_PRICE));

    assertEquals(byName.stream()
        .map(p -> new ShopProduct(p.id(), p.name(), p.category(), null, p.stock(), p.rating()))
        .toList(), found);
  }

  @Test
  void findOneWithAttributes() {
    assertEquals(Optional.of(new ShopProduct(null, "Desk", null, null, 2, 0)),
        products.findOne(where(NAME.eq("Desk")).attributes(NAME, STOCK)));
  }

  @Test
  void onlyTheSelectedColumnsAreQueried(StatementLog statements) {
    statements.clear();
    products.findAll(Query.<ShopProduct>all().attributes(ID, NAME));

    String sql = statements.all().get(0);
    assertTrue(sql.contains("\"name\""), sql);
    assertFalse(sql.contains("unit_price") || sql.contains("rating") || sql.contains("*"), sql);
  }

  @Test
  void everyAttributeSelectedReadsWholeInstances() {
    assertEquals(byName, products.findAll(orderBy(NAME.asc())
        .attributes(ID, NAME, CATEGORY, UNIT_PRICE, ShopProductModel.STOCK, RATING)));
  }

  @Test
  void aQueryThatSelectsNoAttributeIsRefused() {
    IllegalArgumentException none = assertThrows(IllegalArgumentException.class,
        () -> products.findAll(Query.<ShopProduct>all().attributes()));
    assertThrows(IllegalArgumentException.class,
        () -> products.findAll(Query.<ShopProduct>all().exclude(ID, NAME, CATEGORY, UNIT_PRICE, STOCK, RATING)));
    assertTrue(none.getMessage().contains("ShopProduct"), none.getMessage());
  }
}
