package dev.sequor.it;

import static dev.sequor.it.ItemModel.CODE;
import static dev.sequor.it.ItemModel.NAME;
import static dev.sequor.it.ItemModel.QUANTITY;
import static dev.sequor.it.ItemModel.SIZE;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.sequor.ColumnTypes;
import dev.sequor.Criterion;
import dev.sequor.Fn;
import dev.sequor.Op;
import dev.sequor.Query;
import dev.sequor.Repository;
import dev.sequor.RowsAndCount;
import dev.sequor.Sequor;
import java.time.Instant;
import java.util.List;
import org.jooq.impl.DSL;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Which statements Sequor renders itself and which go through jOOQ, told apart in the statement log: jOOQ
 * qualifies every column with its table ({@code "items"."quantity"}), Sequor's own SQL does not. Both must select
 * the same rows.
 */
@ExtendWith(PostgresExtension.class)
class FastPathTest {

  /** A criterion only jOOQ renders: Sequelize's {@code sequelize.where}. */
  private static final Criterion<Item> EVEN_QUANTITY =
      Criterion.of(DSL.condition("{0} % 2 = 0", DSL.field(DSL.name("items", "quantity"))));

  private final Sequor db;
  private final Repository<Item, Long> items;
  private final StatementLog statements;

  FastPathTest(Sequor db, StatementLog statements) {
    this.db = db;
    this.items = db.repository(ItemModel.MODEL);
    this.statements = statements;
  }

  @BeforeAll
  static void createTables(TestDatabase database) {
    database.createTables(ItemModel.MODEL);
  }

  @BeforeEach
  void seed() {
    items.destroy(Criterion.always());
    items.bulkCreate(List.of(
        Item.of("a1", "apple", 1, null, Size.SMALL),
        Item.of("a2", "apricot", 2, null, Size.MEDIUM),
        Item.of("b3", "banana", 3, null, Size.LARGE),
        Item.of("b4", "blueberry", 4, null, null),
        Item.of("c5", null, 5, null, Size.SMALL),
        Item.of("c6", "cherry", 6, null, Size.MEDIUM)));
    statements.clear();
  }

  private static List<String> codes(List<Item> found) {
    return found.stream().map(Item::code).sorted().toList();
  }

  private String onlyStatement() {
    assertEquals(1, statements.count(), statements.all().toString());
    return statements.all().get(0);
  }

  private static void assertSequorRendered(String sql) {
    assertFalse(sql.contains("\"items\"."), () -> "rendered by jOOQ: " + sql);
  }

  private static void assertJooqRendered(String sql) {
    assertTrue(sql.contains("\"items\"."), () -> "not rendered by jOOQ: " + sql);
  }

  // ---- the fast path -----------------------------------------------------------------------------

  @Test
  void aFilteredPageIsRenderedBySequor() {
    List<Item> page = items.findAll(Query.where(QUANTITY.gt(1).and(NAME.isNotNull()))
        .order(QUANTITY.desc()).limit(2).offset(1));

    assertEquals(List.of("b4", "b3"), page.stream().map(Item::code).toList());
    String sql = onlyStatement();
    assertSequorRendered(sql);
    assertTrue(sql.endsWith(" from \"items\" where (\"quantity\" > ? and \"name\" is not null)"
        + " order by \"quantity\" desc limit ? offset ?"), sql);
  }

  @Test
  void findOneCountFindByAndAggregatesAreRenderedBySequor() {
    assertEquals("c6", items.findOne(Query.where(SIZE.eq(Size.MEDIUM)).order(QUANTITY.desc())).orElseThrow().code());
    assertEquals(2, items.count(NAME.startsWith("a")));
    assertEquals(6, items.count());
    assertEquals("b3", items.findBy(CODE, "b3").orElseThrow().code());
    assertEquals(6, items.max(QUANTITY).orElseThrow());
    assertEquals(2, items.min(QUANTITY, SIZE.in(Size.MEDIUM, Size.LARGE)).orElseThrow());
    assertEquals(15, items.sum(QUANTITY, SIZE.eq(Size.MEDIUM).or(SIZE.eq(Size.LARGE)).or(SIZE.isNull())));
    assertEquals(0, items.sum(QUANTITY, QUANTITY.in(List.of())));

    assertEquals(8, statements.count(), statements.all().toString());
    statements.all().forEach(FastPathTest::assertSequorRendered);
  }

  @Test
  void findAndCountAllRunsBothStatementsRenderedBySequor() {
    RowsAndCount<Item> result = items.findAndCountAll(Query.where(QUANTITY.lte(4)).order(CODE.asc()).limit(3));

    assertEquals(4, result.count());
    assertEquals(List.of("a1", "a2", "b3"), result.rows().stream().map(Item::code).toList());
    assertEquals(2, statements.count(), statements.all().toString());
    statements.all().forEach(FastPathTest::assertSequorRendered);
  }

  @Test
  void updateAndDestroyByCriterionAreRenderedBySequor() {
    Instant before = Instant.now().minusSeconds(1);

    assertEquals(2, items.update(CODE.startsWith("a"), List.of(QUANTITY.increment(10), NAME.set("fruit"))));
    assertEquals(1, items.destroy(CODE.eq("c6")));

    assertEquals(2, statements.count(), statements.all().toString());
    statements.all().forEach(FastPathTest::assertSequorRendered);
    assertEquals(List.of(11, 12), items.findAll(Query.where(NAME.eq("fruit")).order(CODE.asc())).stream()
        .map(Item::quantity).toList());
    Instant updatedAt = db.dsl().select(ItemModel.Columns.UPDATED_AT).from(ItemModel.TABLE)
        .where(ItemModel.Columns.CODE.eq("a1")).fetchOne(ItemModel.Columns.UPDATED_AT);
    assertTrue(updatedAt.isAfter(before), updatedAt.toString());
    assertEquals(5, items.count());
  }

  @Test
  void aSelectOfFunctionsAndAliasesIsRenderedBySequor() {
    var rows = items.select(SIZE, Fn.sum(QUANTITY).as("total"), Fn.count())
        .where(SIZE.isNotNull())
        .groupBy(SIZE)
        .having(Fn.count().gt(1L))
        .orderBy(Fn.sum(QUANTITY).desc())
        .fetchMaps();

    assertEquals(List.of("MEDIUM", "SMALL"), rows.stream().map(r -> r.get("size").toString()).toList());
    assertEquals(8, rows.get(0).get("total"));
    assertSequorRendered(onlyStatement());
  }

  // ---- the fallback ------------------------------------------------------------------------------

  @Test
  void aJooqCriterionSendsTheWholeQueryThroughJooq() {
    List<Item> found = items.findAll(Query.where(EVEN_QUANTITY.and(NAME.isNotNull())).order(QUANTITY.asc()));

    assertEquals(List.of("a2", "b4", "c6"), found.stream().map(Item::code).toList());
    assertJooqRendered(onlyStatement());
  }

  @Test
  void theFallbackCoversEveryPath() {
    Criterion<Item> evenOrApple = Op.or(EVEN_QUANTITY, NAME.eq("apple"));

    assertEquals(List.of("a1", "a2", "b4", "c6"), codes(items.findAll(evenOrApple)));
    assertEquals(4, items.count(evenOrApple));
    assertEquals(4, items.findAndCountAll(Query.where(evenOrApple).limit(1)).count());
    assertEquals(13, items.sum(QUANTITY, evenOrApple));
    assertEquals(2, items.update(EVEN_QUANTITY.and(SIZE.eq(Size.MEDIUM)), List.of(QUANTITY.increment(1))));
    assertEquals(1, items.destroy(EVEN_QUANTITY));

    statements.all().forEach(FastPathTest::assertJooqRendered);
    assertEquals(List.of("a1", "a2", "b3", "c5", "c6"), codes(items.findAll()));
  }

  @Test
  void aSelectWithALiteralFallsBackToJooqAndSaysSo() {
    var select = items.select(CODE, Fn.literal("{0} * 10", ColumnTypes.INTEGER, QUANTITY))
        .where(QUANTITY.lt(3)).orderBy(CODE.asc());

    assertEquals(List.of(10, 20), select.fetch().stream().map(r -> r.value2()).toList());
    assertJooqRendered(select.sql());
    assertJooqRendered(onlyStatement());
  }

  @Test
  void bothPathsAgreeThatAlwaysInADisjunctionMatchesEveryRow() {
    assertEquals(6, items.findAll(NAME.eq("apple").or(Criterion.always())).size());
    assertEquals(6, items.findAll(EVEN_QUANTITY.or(Criterion.always())).size());
    assertEquals(0, items.findAll(Op.or()).size());
    assertEquals(0, items.findAll(Criterion.<Item>always().not()).size());
  }
}
