package dev.sequor.it;

import static dev.sequor.Query.orderBy;
import static dev.sequor.Query.where;
import static dev.sequor.it.ShopProductModel.CATEGORY;
import static dev.sequor.it.ShopProductModel.ID;
import static dev.sequor.it.ShopProductModel.NAME;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.sequor.Query;
import dev.sequor.Repository;
import dev.sequor.RowsAndCount;
import dev.sequor.Sequor;
import dev.sequor.testing.SequorTest;
import dev.sequor.testing.StatementLog;
import dev.sequor.testing.TestDatabase;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** A page of rows and the count of all matching rows, as Sequelize's {@code findAndCountAll}. */
@SequorTest(migrate = false, truncate = false)
class FindAndCountAllTest {

  private static List<ShopProduct> stored;

  private final Repository<ShopProduct, Long> products;

  FindAndCountAllTest(Sequor db) {
    this.products = db.repository(ShopProductModel.MODEL);
  }

  @BeforeAll
  static void seed(TestDatabase database) {
    stored = ShopProducts.seed(database);
  }

  private static List<String> names(RowsAndCount<ShopProduct> page) {
    return page.rows().stream().map(ShopProduct::name).toList();
  }

  private static ShopProduct stored(String name) {
    return stored.stream().filter(p -> p.name().equals(name)).findFirst().orElseThrow();
  }

  @Test
  void theCountIgnoresLimitOffsetAndOrder() {
    Query<ShopProduct> office = where(CATEGORY.eq("office")).order(NAME.asc());

    RowsAndCount<ShopProduct> first = products.findAndCountAll(office.limit(2));
    RowsAndCount<ShopProduct> second = products.findAndCountAll(office.limit(2).offset(2));

    assertEquals(List.of(stored("Paper"), stored("Pen")), first.rows());
    assertEquals(3, first.count());
    assertEquals(List.of("Stapler"), names(second));
    assertEquals(3, second.count());
  }

  @Test
  void withoutAWhereTheCountIsEveryRow() {
    RowsAndCount<ShopProduct> page = products.findAndCountAll(orderBy(NAME.desc()).limit(3));

    assertEquals(List.of("Stapler", "Pen", "Paper"), names(page));
    assertEquals(7, page.count());
  }

  @Test
  void aPagePastTheEndHasNoRowsButTheTotalCount() {
    RowsAndCount<ShopProduct> page = products.findAndCountAll(where(CATEGORY.eq("office")).order(NAME.asc())
        .limit(2).offset(10));

    assertEquals(List.of(), page.rows());
    assertEquals(3, page.count());
  }

  @Test
  void countStatementHasNoLimitOffsetNorOrder(StatementLog statements) {
    statements.clear();
    products.findAndCountAll(where(CATEGORY.eq("office")).order(NAME.asc()).limit(2).offset(1));

    List<String> sql = statements.all();
    assertEquals(2, sql.size(), sql.toString());
    String count = sql.get(0).toLowerCase(Locale.ROOT);
    assertTrue(count.startsWith("select count(*)"), count);
    assertFalse(count.contains("order by") || count.contains("offset") || count.contains("fetch next"), count);
  }

  @Test
  void noMatchingRowGivesCountZeroWithoutReadingRows(StatementLog statements) {
    statements.clear();
    RowsAndCount<ShopProduct> page = products.findAndCountAll(where(CATEGORY.eq("toys")).limit(10));

    assertEquals(new RowsAndCount<>(List.of(), 0), page);
    assertEquals(1, statements.count(), statements.all().toString());
  }

  @Test
  void attributesShapeTheRowsButNotTheCount() {
    RowsAndCount<ShopProduct> page = products.findAndCountAll(where(CATEGORY.eq("furniture")).order(NAME.asc())
        .attributes(ID, NAME).limit(1));

    ShopProduct chair = stored("Chair");
    assertEquals(List.of(new ShopProduct(chair.id(), "Chair", null, null, null, 0)), page.rows());
    assertEquals(2, page.count());
  }
}
