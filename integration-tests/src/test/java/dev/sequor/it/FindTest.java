package dev.sequor.it;

import static dev.sequor.Query.orderBy;
import static dev.sequor.Query.where;
import static dev.sequor.it.ItemModel.CODE;
import static dev.sequor.it.ItemModel.NAME;
import static dev.sequor.it.ItemModel.PRICE;
import static dev.sequor.it.ItemModel.QUANTITY;
import static dev.sequor.it.ItemModel.SIZE;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.sequor.Query;
import dev.sequor.Repository;
import dev.sequor.Sequor;
import dev.sequor.testing.SequorTest;
import dev.sequor.testing.StatementLog;
import dev.sequor.testing.TestDatabase;
import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** findAll, findByPk, findOne and count over five rows that the tests only read. */
@SequorTest(migrate = false, truncate = false)
class FindTest {

  private static List<Item> stored;

  private final Repository<Item, Long> items;

  FindTest(Sequor db) {
    this.items = db.repository(ItemModel.MODEL);
  }

  @BeforeAll
  static void seed(TestDatabase database) {
    TestTables.create(database, ItemModel.MODEL);
    stored = database.sequor().repository(ItemModel.MODEL).bulkCreate(List.of(
        Item.of("A", "apple", 5, "1.50", Size.SMALL),
        Item.of("B", "banana", null, "0.25", Size.MEDIUM),
        Item.of("C", "cherry", 12, null, Size.LARGE),
        Item.of("D", "date", 5, "3.00", null),
        Item.of("E", "elder", 0, "1.50", Size.SMALL)));
  }

  private static List<String> codes(List<Item> rows) {
    return rows.stream().map(Item::code).toList();
  }

  private static List<String> sortedCodes(List<Item> rows) {
    return rows.stream().map(Item::code).sorted().toList();
  }

  @Test
  void findAllReturnsEveryRow() {
    assertEquals(List.of("A", "B", "C", "D", "E"), sortedCodes(items.findAll()));
  }

  @Test
  void findAllWithACriterionReturnsOnlyMatchingRows() {
    assertEquals(List.of("A", "D"), sortedCodes(items.findAll(QUANTITY.eq(5))));
  }

  @Test
  void findAllWithAQueryCombinesItsCriteriaWithAnd() {
    assertEquals(List.of("A"), sortedCodes(items.findAll(where(QUANTITY.eq(5)).and(PRICE.lt(new BigDecimal("2"))))));
  }

  @Test
  void findAllWithNoMatchReturnsAnEmptyList() {
    assertEquals(List.of(), items.findAll(QUANTITY.gt(1000)));
  }

  @Test
  void findAllOrdersAscending() {
    assertEquals(List.of("A", "B", "C", "D", "E"), codes(items.findAll(orderBy(NAME.asc()))));
  }

  @Test
  void findAllOrdersDescending() {
    assertEquals(List.of("E", "D", "C", "B", "A"), codes(items.findAll(orderBy(NAME.desc()))));
  }

  @Test
  void findAllOrdersBySeveralKeysInTheOrderGiven() {
    assertEquals(List.of("E", "D", "A", "C", "B"), codes(items.findAll(orderBy(QUANTITY.asc(), NAME.desc()))));
    assertEquals(List.of("B", "E", "A", "D", "C"), codes(items.findAll(orderBy(PRICE.asc()).order(CODE.desc()))),
        "order(...) adds keys after those already given");
  }

  @Test
  void ascendingOrderPutsNullsLastUnlessToldNullsFirst() {
    assertEquals("B", codes(items.findAll(orderBy(QUANTITY.asc()))).get(4));
    assertEquals("B", codes(items.findAll(orderBy(QUANTITY.asc().nullsFirst()))).get(0));
  }

  @Test
  void descendingOrderPutsNullsFirstUnlessToldNullsLast() {
    assertEquals("B", codes(items.findAll(orderBy(QUANTITY.desc()))).get(0));
    assertEquals(List.of("C", "A", "D", "E", "B"),
        codes(items.findAll(orderBy(QUANTITY.desc().nullsLast(), CODE.asc()))));
  }

  @Test
  void enumsOrderByDeclarationNotByName() {
    assertEquals(List.of("A", "E", "B", "C", "D"), codes(items.findAll(orderBy(SIZE.asc(), CODE.asc()))));
  }

  @Test
  void limitKeepsTheFirstRows() {
    assertEquals(List.of("A", "B"), codes(items.findAll(orderBy(NAME.asc()).limit(2))));
  }

  @Test
  void limitZeroReturnsNoRow() {
    assertEquals(List.of(), items.findAll(orderBy(NAME.asc()).limit(0)));
  }

  @Test
  void offsetSkipsTheFirstRows() {
    assertEquals(List.of("D", "E"), codes(items.findAll(orderBy(NAME.asc()).offset(3))));
  }

  @Test
  void limitAndOffsetSelectAPage() {
    assertEquals(List.of("C", "D"), codes(items.findAll(orderBy(NAME.asc()).limit(2).offset(2))));
    assertEquals(List.of("C", "D"), codes(items.findAll(orderBy(NAME.asc()).offset(2).limit(2))));
  }

  @Test
  void aQueryIsAValueThatRefiningLeavesUnchanged() {
    Query<Item> byName = orderBy(NAME.asc());
    items.findAll(byName.limit(1));
    assertEquals(5, items.findAll(byName).size());
  }

  @Test
  void findByPkReturnsTheRowWithThatKey() {
    Item cherry = stored.get(2);
    assertEquals(Optional.of(cherry), items.findByPk(cherry.id()));
  }

  @Test
  void findByPkReturnsEmptyForAnUnknownKey() {
    long unknown = stored.stream().mapToLong(Item::id).max().orElseThrow() + 1000;
    assertEquals(Optional.empty(), items.findByPk(unknown));
  }

  @Test
  void findByPkOfNullReturnsEmptyWithoutAStatement(StatementLog statements) {
    statements.clear();
    assertEquals(Optional.empty(), items.findByPk(null));
    assertEquals(0, statements.count());
  }

  @Test
  void findOneReturnsAMatchingRow() {
    assertEquals(Optional.of(stored.get(3)), items.findOne(CODE.eq("D")));
  }

  @Test
  void findOneReturnsEmptyWhenNothingMatches() {
    assertEquals(Optional.empty(), items.findOne(CODE.eq("Z")));
  }

  @Test
  void findOneReturnsTheFirstRowInTheQuerysOrder() {
    assertEquals("C", items.findOne(where(SIZE.isNotNull()).order(QUANTITY.desc().nullsLast())).orElseThrow().code());
    assertEquals("E", items.findOne(orderBy(NAME.desc()).limit(3)).orElseThrow().code());
  }

  @Test
  void findOneFetchesAtMostOneRow(StatementLog statements) {
    statements.clear();
    items.findOne(orderBy(NAME.desc()).limit(3));
    assertEquals(1, statements.count());
    String sql = statements.all().get(0);
    assertTrue(sql.contains("limit ?") || sql.contains("fetch next ? rows only"), sql);
  }

  @Test
  void countCountsEveryRow() {
    assertEquals(5, items.count());
  }

  @Test
  void countWithACriterionCountsMatchingRows() {
    assertEquals(2, items.count(PRICE.eq(new BigDecimal("1.5"))));
    assertEquals(0, items.count(QUANTITY.gt(1000)));
  }
}
