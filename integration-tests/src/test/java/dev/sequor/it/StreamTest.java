package dev.sequor.it;

import static dev.sequor.Query.where;
import static dev.sequor.it.ItemModel.CODE;
import static dev.sequor.it.ItemModel.ID;
import static dev.sequor.it.ItemModel.QUANTITY;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.sequor.DatabaseException;
import dev.sequor.Query;
import dev.sequor.Repository;
import dev.sequor.Sequor;
import dev.sequor.testing.SequorTest;
import dev.sequor.testing.TestDatabase;
import java.util.Iterator;
import java.util.List;
import java.util.stream.Stream;
import org.jooq.Record2;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * {@code stream} reads through a server-side cursor. The class's table holds {@value #ROWS} rows of about 300
 * bytes (some 60 MB as Java objects) that a JVM of {@value #HEAP} streams but cannot load with {@code findAll};
 * the smaller tests use rows with a negative quantity only.
 */
@SequorTest(migrate = false, truncate = false)
class StreamTest {

  private static final int ROWS = 200_000;
  private static final String HEAP = "-Xmx24m";
  /** Sum of quantity (g % 1000 over 1..200000: 200 cycles of 0..999) and name length (250) per row. */
  private static final long CHECKSUM = 200L * 499_500 + 250L * ROWS;

  private static Sequor other;

  private final Sequor db;
  private final Repository<Item, Long> items;

  StreamTest(Sequor db) {
    this.db = db;
    this.items = db.repository(ItemModel.MODEL);
  }

  @BeforeAll
  static void createTables(TestDatabase database) {
    TestTables.create(database, ItemModel.MODEL);
    database.sequor().execute("INSERT INTO items (code, name, quantity, \"createdAt\", \"updatedAt\")"
        + " SELECT 'row-' || g, repeat(chr(97 + g % 26), 250), g % 1000, now(), now()"
        + " FROM generate_series(1, " + ROWS + ") g");
    other = Sequor.builder().url(database.jdbcUrl()).poolSize(2).build();
  }

  @AfterAll
  static void close() {
    other.close();
  }

  @BeforeEach
  void smallRows() {
    items.destroy(QUANTITY.lt(0));
    items.bulkCreate(List.of(Item.of("s-1", "one", -1), Item.of("s-2", "two", -2), Item.of("s-3", "three", -3)));
  }

  private static final Query<Item> SMALL = where(QUANTITY.lt(0)).order(ID.asc());

  // ---- memory --------------------------------------------------------------------------------------------

  @Test
  void aStreamReadsMoreRowsThanTheHeapHolds(TestDatabase database) throws Exception {
    Record2<Integer, java.math.BigDecimal> expected = db.dsl().select(
        org.jooq.impl.DSL.count(), org.jooq.impl.DSL.sum(ItemModel.QUANTITY.field().plus(
            org.jooq.impl.DSL.length(ItemModel.NAME.field()))))
        .from(ItemModel.MODEL.table()).where(ItemModel.QUANTITY.field().ge(0)).fetchOne();
    assertEquals(ROWS, expected.value1());
    assertEquals(CHECKSUM, expected.value2().longValueExact());

    JavaProcess.Result streamed = JavaProcess.run(List.of(HEAP), StreamMain.class, database.jdbcUrl(), "stream");

    assertEquals(0, streamed.exitCode(), streamed.output());
    long smallRows = 3;
    long smallChecksum = (-1 + 3) + (-2 + 3) + (-3 + 5);
    assertTrue(streamed.output().contains("rows=" + (ROWS + smallRows) + " checksum=" + (CHECKSUM + smallChecksum)),
        streamed.output());
  }

  @Test
  void findAllOfTheSameRowsDoesNotFitThatHeap(TestDatabase database) throws Exception {
    JavaProcess.Result loaded = JavaProcess.run(List.of(HEAP), StreamMain.class, database.jdbcUrl(), "findAll");

    assertEquals(3, loaded.exitCode(), loaded.output());
    assertTrue(loaded.output().contains("OutOfMemoryError"), loaded.output());
  }

  // ---- behaviour ---------------------------------------------------------------------------------

  @Test
  void aStreamMapsTheRowsOfTheQueryInOrder() {
    try (Stream<Item> rows = items.stream(SMALL, 2)) {
      assertEquals(List.of("s-1", "s-2", "s-3"), rows.map(Item::code).toList());
    }
    try (Stream<Item> rows = items.stream(where(QUANTITY.lt(0)).order(ID.desc()).limit(2))) {
      assertEquals(List.of("s-3", "s-2"), rows.map(Item::code).toList());
    }
  }

  @Test
  void aStreamReadsThroughAServerSideCursorThatItsTransactionHoldsOpen() {
    db.useTransaction(tx -> {
      try (Stream<Item> rows = items.stream(SMALL, 1)) {
        Iterator<Item> it = rows.iterator();
        assertEquals("s-1", it.next().code());
        // pg_cursors lists the session's portals: pgjdbc's named one for the stream
        assertEquals(1, streamPortals(tx));
        assertEquals("s-2", it.next().code());
      }
      assertEquals(0, streamPortals(tx), "closing the stream closed its cursor");
    });
  }

  private static int streamPortals(dev.sequor.Transaction tx) {
    Object count = tx.dsl().fetchValue("SELECT count(*) FROM pg_cursors WHERE statement LIKE 'select %from \"items\"%'");
    return ((Number) count).intValue();
  }

  @Test
  void streamsReturnTheirConnectionWhenClosedOrExhausted(TestDatabase database) {
    // the pool holds 4 connections: more streams than that, one after another, work only if each gives its back
    for (int i = 0; i < 10; i++) {
      try (Stream<Item> rows = items.stream(SMALL)) {
        assertEquals("s-1", rows.findFirst().orElseThrow().code());
      }
    }
    for (int i = 0; i < 10; i++) {
      Stream<Item> rows = items.stream(SMALL); // read to the end and not closed
      assertEquals(3, rows.count());
    }
    assertEquals(3, items.count(where(QUANTITY.lt(0))));
  }

  @Test
  void insideATransactionAStreamSeesItsUncommittedRowsAndDoesNotEndIt() {
    db.useTransaction(tx -> {
      items.create(Item.of("s-new", "uncommitted", -9));
      try (Stream<Item> rows = items.stream(SMALL)) {
        assertEquals(List.of("s-1", "s-2", "s-3", "s-new"), rows.map(Item::code).toList());
      }
      items.create(Item.of("s-after", "still in the transaction", -10));
      tx.setRollbackOnly();
    });

    assertEquals(3, items.count(where(QUANTITY.lt(0))));
  }

  @Test
  void aStreamCanLockTheRowsItReads() {
    Repository<Item, Long> otherItems = other.repository(ItemModel.MODEL);
    db.useTransaction(tx -> {
      try (Stream<Item> rows = items.stream(SMALL.forUpdate())) {
        assertEquals(3, rows.count());
      }
      DatabaseException e = assertThrows(DatabaseException.class, () ->
          otherItems.findAll(where(CODE.eq("s-2")).noWait()));
      assertEquals("55P03", e.sqlState());
    });
  }

  @Test
  void aFailureAtExecutionIsADatabaseExceptionAndTheConnectionIsReturned() {
    Repository<Item, Long> otherItems = other.repository(ItemModel.MODEL);
    db.useTransaction(tx -> {
      items.findAll(where(CODE.eq("s-1")).forUpdate());
      for (int i = 0; i < 5; i++) { // more than the other pool's 2 connections
        DatabaseException e = assertThrows(DatabaseException.class, () -> otherItems.stream(SMALL.noWait()));
        assertEquals("55P03", e.sqlState());
        assertEquals("Item", e.model());
        assertTrue(e.getMessage().startsWith("Unable to stream Item: "), e.getMessage());
      }
    });
  }

  @Test
  void aFailureWhileIteratingIsADatabaseExceptionAfterTheRowsBeforeIt() {
    Repository<Item, Long> otherItems = other.repository(ItemModel.MODEL);
    db.useTransaction(tx -> {
      items.findAll(where(CODE.eq("s-3")).forUpdate());
      // one row per fetch, each locked as it is fetched: s-1 and s-2 arrive before s-3 fails
      try (Stream<Item> rows = otherItems.stream(SMALL.noWait(), 1)) {
        Iterator<Item> it = rows.iterator();
        assertEquals("s-1", it.next().code());
        assertEquals("s-2", it.next().code());
        DatabaseException e = assertThrows(DatabaseException.class, it::hasNext);
        assertEquals("55P03", e.sqlState());
        assertEquals("Item", e.model());
      }
    });
    assertEquals(3, other.repository(ItemModel.MODEL).count(where(QUANTITY.lt(0))), "its connection is usable");
  }

  @Test
  void fetchSizeMustBePositive() {
    assertThrows(IllegalArgumentException.class, () -> items.stream(SMALL, 0));
  }
}
