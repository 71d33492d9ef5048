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
import dev.sequor.testing.SequorTest;
import dev.sequor.testing.StatementLog;
import dev.sequor.testing.TestDatabase;
import java.time.Instant;
import java.util.List;
import org.jooq.impl.DSL;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Every statement goes one way: its tree rendered by jOOQ once per shape, its values bound, never inlined. Told
 * from the statement log: the same finder with other values sends the same SQL text, and no value appears in it.
 */
@SequorTest(migrate = false, truncate = false)
class StatementShapeTest {

  /** A criterion from a jOOQ condition: Sequelize's {@code sequelize.where}. */
  private static final Criterion<Item> EVEN_QUANTITY =
      Criterion.of(DSL.condition("{0} % 2 = 0", DSL.field(DSL.name("items", "quantity"))));

  private final Sequor db;
  private final Repository<Item, Long> items;
  private final StatementLog statements;

  StatementShapeTest(Sequor db, StatementLog statements) {
    this.db = db;
    this.items = db.repository(ItemModel.MODEL);
    this.statements = statements;
  }

  @BeforeAll
  static void createTables(TestDatabase database) {
    TestTables.create(database, ItemModel.MODEL);
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

  /** Every statement logged so far binds its values: none holds a digit in a string literal or a bare number. */
  private void assertNothingInlined() {
    for (String sql : statements.all()) {
      assertFalse(sql.matches(".*'[^']*'.*") && !sql.contains("escape '\\'"), () -> "a literal in: " + sql);
      assertFalse(sql.matches(".*[=<>] *\\d.*"), () -> "a number inlined in: " + sql);
    }
  }

  // ---- one shape, many values -------------------------------------------------------------------

  @Test
  void aFilteredPageIsOneShapeForAnyValues() {
    List<Item> page = items.findAll(Query.where(QUANTITY.gt(1).and(NAME.isNotNull()))
        .order(QUANTITY.desc()).limit(2).offset(1));
    items.findAll(Query.where(QUANTITY.gt(5).and(NAME.isNotNull())).order(QUANTITY.desc()).limit(9).offset(0));

    assertEquals(List.of("b4", "b3"), page.stream().map(Item::code).toList());
    assertEquals(2, statements.count(), statements.all().toString());
    assertEquals(statements.all().get(0), statements.all().get(1));
    assertTrue(statements.all().get(0).endsWith(" from \"items\" where (\"quantity\" > ? and \"name\" is not null)"
        + " order by \"quantity\" desc offset ? rows fetch next ? rows only"), statements.all().get(0));
    assertNothingInlined();
  }

  @Test
  void inIsOneArrayParameterWhateverItsLength() {
    assertEquals(List.of("a1", "b3"), codes(items.findAll(CODE.in("a1", "b3"))));
    assertEquals(List.of("a1", "a2", "b3", "c6"), codes(items.findAll(CODE.in("a1", "a2", "b3", "c6", "zz"))));
    assertEquals(List.of("a1", "c5"), codes(items.findAll(SIZE.in(Size.SMALL))));
    assertEquals(List.of("a2", "b3", "c6"), codes(items.findAll(SIZE.notIn(Size.SMALL))));

    assertEquals(statements.all().get(0), statements.all().get(1));
    assertTrue(statements.all().get(0).contains("= any (cast(? as varchar[]))"), statements.all().get(0));
    assertNothingInlined();
  }

  @Test
  void inTakesTensOfThousandsOfValuesInOneStatement() {
    List<String> codes = new java.util.ArrayList<>();
    for (int i = 0; i < 70_000; i++) {
      codes.add("code-" + i);
    }
    codes.add("b4");

    assertEquals(List.of("b4"), codes(items.findAll(CODE.in(codes))));
    assertEquals(5, items.count(CODE.notIn(codes)));
  }

  @Test
  void findOneCountFindByAndAggregatesBindTheirValues() {
    assertEquals("c6", items.findOne(Query.where(SIZE.eq(Size.MEDIUM)).order(QUANTITY.desc())).orElseThrow().code());
    assertEquals(2, items.count(NAME.startsWith("a")));
    assertEquals(6, items.count());
    assertEquals("b3", items.findBy(CODE, "b3").orElseThrow().code());
    assertEquals(6, items.max(QUANTITY).orElseThrow());
    assertEquals(2, items.min(QUANTITY, SIZE.in(Size.MEDIUM, Size.LARGE)).orElseThrow());
    assertEquals(15, items.sum(QUANTITY, SIZE.eq(Size.MEDIUM).or(SIZE.eq(Size.LARGE)).or(SIZE.isNull())));
    assertEquals(0, items.sum(QUANTITY, QUANTITY.in(List.of())));

    assertEquals(8, statements.count(), statements.all().toString());
    assertNothingInlined();
  }

  @Test
  void findAndCountAllRunsTwoStatements() {
    RowsAndCount<Item> result = items.findAndCountAll(Query.where(QUANTITY.lte(4)).order(CODE.asc()).limit(3));

    assertEquals(4, result.count());
    assertEquals(List.of("a1", "a2", "b3"), result.rows().stream().map(Item::code).toList());
    assertEquals(2, statements.count(), statements.all().toString());
    assertNothingInlined();
  }

  @Test
  void updateAndDestroyByCriterionBindTheirValues() {
    Instant before = Instant.now().minusSeconds(1);

    assertEquals(2, items.update(CODE.startsWith("a"), List.of(QUANTITY.increment(10), NAME.set("fruit"))));
    assertEquals(1, items.destroy(CODE.eq("c6")));

    assertEquals(2, statements.count(), statements.all().toString());
    assertNothingInlined();
    assertEquals(List.of(11, 12), items.findAll(Query.where(NAME.eq("fruit")).order(CODE.asc())).stream()
        .map(Item::quantity).toList());
    Instant updatedAt = db.dsl().select(ItemModel.UPDATED_AT.field()).from(ItemModel.MODEL.table())
        .where(ItemModel.CODE.field().eq("a1")).fetchOne(ItemModel.UPDATED_AT.field());
    assertTrue(updatedAt.isAfter(before), updatedAt.toString());
    assertEquals(5, items.count());
  }

  @Test
  void aSelectOfFunctionsAndAliasesIsOneStatement() {
    var rows = items.select(SIZE, Fn.sum(QUANTITY).as("total"), Fn.count())
        .where(SIZE.isNotNull())
        .groupBy(SIZE)
        .having(Fn.count().gt(1L))
        .orderBy(Fn.sum(QUANTITY).desc())
        .fetchMaps();

    assertEquals(List.of("MEDIUM", "SMALL"), rows.stream().map(r -> r.get("size").toString()).toList());
    assertEquals(8, rows.get(0).get("total"));
    onlyStatement();
    assertNothingInlined();
  }

  // ---- the escape hatch: a jOOQ condition --------------------------------------------------------

  @Test
  void aJooqCriterionIsPartOfTheStatementAndItsValuesAreBound() {
    Criterion<Item> longerThan = Criterion.of(DSL.length(ItemModel.NAME.field()).gt(5));
    List<Item> found = items.findAll(Query.where(longerThan.and(NAME.isNotNull())).order(QUANTITY.asc()));
    items.findAll(Query.where(Criterion.<Item>of(DSL.length(ItemModel.NAME.field()).gt(100)).and(NAME.isNotNull()))
        .order(QUANTITY.asc()));

    assertEquals(List.of("a2", "b3", "b4", "c6"), found.stream().map(Item::code).toList());
    assertEquals(statements.all().get(0), statements.all().get(1));
    assertNothingInlined();
  }

  @Test
  void aJooqCriterionWorksOnEveryPath() {
    Criterion<Item> evenOrApple = Op.or(EVEN_QUANTITY, NAME.eq("apple"));

    assertEquals(List.of("a1", "a2", "b4", "c6"), codes(items.findAll(evenOrApple)));
    assertEquals(4, items.count(evenOrApple));
    assertEquals(4, items.findAndCountAll(Query.where(evenOrApple).limit(1)).count());
    assertEquals(13, items.sum(QUANTITY, evenOrApple));
    assertEquals(2, items.update(EVEN_QUANTITY.and(SIZE.eq(Size.MEDIUM)), List.of(QUANTITY.increment(1))));
    assertEquals(1, items.destroy(EVEN_QUANTITY));

    assertEquals(List.of("a1", "a2", "b3", "c5", "c6"), codes(items.findAll()));
  }

  @Test
  void aSelectWithALiteralSaysItsSql() {
    var select = items.select(CODE, Fn.literal("{0} * 10", ColumnTypes.INTEGER, QUANTITY))
        .where(QUANTITY.lt(3)).orderBy(CODE.asc());

    assertEquals(List.of(10, 20), select.fetch().stream().map(r -> r.value2()).toList());
    assertEquals(select.sql(), onlyStatement());
    assertTrue(select.sql().contains("\"quantity\" * 10"), select.sql());
  }

  @Test
  void alwaysInADisjunctionMatchesEveryRow() {
    assertEquals(6, items.findAll(NAME.eq("apple").or(Criterion.always())).size());
    assertEquals(6, items.findAll(EVEN_QUANTITY.or(Criterion.always())).size());
    assertEquals(0, items.findAll(Op.or()).size());
    assertEquals(0, items.findAll(Criterion.<Item>always().not()).size());
  }
}
