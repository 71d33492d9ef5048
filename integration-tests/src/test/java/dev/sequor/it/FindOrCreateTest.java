package dev.sequor.it;

import static dev.sequor.it.SubscriberModel.EMAIL;
import static dev.sequor.it.SubscriberModel.HANDLE;
import static dev.sequor.it.SubscriberModel.NAME;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.sequor.Built;
import dev.sequor.Created;
import dev.sequor.Repository;
import dev.sequor.Sequor;
import dev.sequor.UniqueConstraintException;
import dev.sequor.ValidationException;
import dev.sequor.testing.SequorTest;
import dev.sequor.testing.StatementLog;
import dev.sequor.testing.TestDatabase;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

@SequorTest(migrate = false)
class FindOrCreateTest {

  private static final int THREADS = 16;
  private static final ExecutorService POOL = Executors.newFixedThreadPool(THREADS);

  private final Sequor db;
  private final Repository<Item, Long> items;
  private final Repository<Subscriber, Long> subscribers;

  FindOrCreateTest(Sequor db) {
    this.db = db;
    this.items = db.repository(ItemModel.MODEL);
    this.subscribers = db.repository(SubscriberModel.MODEL);
  }

  @BeforeAll
  static void createTables(TestDatabase database) {
    TestTables.create(database, ItemModel.MODEL, SubscriberModel.MODEL);
  }

  @AfterAll
  static void stopThreads() {
    POOL.shutdownNow();
  }

  @Test
  void findOrCreateReturnsTheRowFoundWithoutInserting(StatementLog statements) {
    Item stored = items.create(Item.of("pen", "Blue pen", 3));
    statements.clear();

    Created<Item> result = items.findOrCreate(ItemModel.CODE.eq("pen"), Item.of(null, "ignored", 99));

    assertEquals(new Created<>(stored, false), result);
    assertEquals(List.of(), statements.starting("insert"));
    assertEquals(1, items.count());
  }

  @Test
  void findOrCreateBuildsTheRowFromTheWhereAlone() {
    Created<Subscriber> result = subscribers.findOrCreate(HANDLE.eq("ada").and(NAME.eq("Ada")));

    assertTrue(result.created());
    Subscriber row = result.instance();
    assertNotNull(row.id());
    assertEquals("ada", row.handle());
    assertEquals("Ada", row.name());
    assertNull(row.email());
    assertEquals(0, row.points(), "the database default");
    assertNotNull(row.createdAt());
    assertEquals(row.createdAt(), row.updatedAt());
    assertEquals(row, subscribers.findByPk(row.id()).orElseThrow());
  }

  @Test
  void findOrCreateFillsTheDefaultsWithTheWheresValues() {
    Created<Subscriber> result = subscribers.findOrCreate(HANDLE.eq("bob"),
        SubscriberModel.builder().email("bob@example.com").name("Bob").points(7).build());

    assertTrue(result.created());
    assertEquals("bob", result.instance().handle());
    assertEquals("bob@example.com", result.instance().email());
    assertEquals("Bob", result.instance().name());
    assertEquals(7, result.instance().points());
  }

  @Test
  void findOrCreateAcceptsDefaultsThatAgreeWithTheWhere() {
    Created<Subscriber> result =
        subscribers.findOrCreate(HANDLE.eq("cy"), Subscriber.of("cy", "cy@example.com", "Cy"));

    assertTrue(result.created());
    assertEquals("cy", result.instance().handle());
  }

  @Test
  void findOrCreateRefusesDefaultsThatContradictTheWhereBeforeAnySql(StatementLog statements) {
    ValidationException e = assertThrows(ValidationException.class,
        () -> subscribers.findOrCreate(HANDLE.eq("dan"), Subscriber.of("daniel", null, "Dan")));

    assertEquals("Subscriber", e.model());
    assertEquals("handle", e.attribute());
    assertEquals("daniel", e.value());
    assertTrue(e.getMessage().contains("daniel") && e.getMessage().contains("dan in the where"), e.getMessage());
    assertEquals(0, statements.count(), statements.all().toString());
  }

  @Test
  void findOrCreateValidatesNotNullAsCreate(StatementLog statements) {
    ValidationException e =
        assertThrows(ValidationException.class, () -> subscribers.findOrCreate(NAME.eq("Nobody")));

    assertEquals("handle", e.attribute());
    assertEquals(0, statements.count(), statements.all().toString());
  }

  @Test
  void findOrCreateThrowsWhenTheInsertConflictsOnAKeyTheWhereDoesNotPin() {
    subscribers.create(Subscriber.of("eve", "eve@example.com", "Eve"));

    UniqueConstraintException e = assertThrows(UniqueConstraintException.class,
        () -> subscribers.findOrCreate(HANDLE.eq("evelyn"), Subscriber.of(null, "eve@example.com", "Evelyn")));

    assertEquals("Subscriber", e.model());
    assertTrue(e.getMessage().contains("unique key the where does not pin"), e.getMessage());
    assertEquals(1, subscribers.count());
  }

  @Test
  void findOrCreateRunsInTheCallersTransaction() throws Exception {
    RuntimeException rollback = new RuntimeException("roll back");

    RuntimeException thrown = assertThrows(RuntimeException.class,
        () -> db.transaction(tx -> {
          assertTrue(subscribers.findOrCreate(HANDLE.eq("tx")).created());
          assertFalse(subscribers.findOrCreate(HANDLE.eq("tx")).created(), "seen inside the transaction");
          throw rollback;
        }));

    assertSame(rollback, thrown);
    assertEquals(0, subscribers.count(), "rolled back with the caller's transaction");
  }

  /**
   * Threads released together race to create one row: the unique constraint on {@code code} and
   * {@code ON CONFLICT DO NOTHING} leave exactly one row and one winner, and every caller gets that row.
   */
  @Test
  void concurrentFindOrCreateOfOneKeyCreatesOneRowAndEveryoneGetsIt() throws Exception {
    for (int round = 0; round < 5; round++) {
      String code = "race-" + round;
      CyclicBarrier start = new CyclicBarrier(THREADS);
      List<Future<Created<Item>>> futures = new ArrayList<>();
      for (int t = 0; t < THREADS; t++) {
        int thread = t;
        futures.add(POOL.submit(() -> {
          start.await(30, TimeUnit.SECONDS);
          return items.findOrCreate(ItemModel.CODE.eq(code), Item.of(null, "by thread " + thread, thread));
        }));
      }
      List<Created<Item>> results = new ArrayList<>();
      for (Future<Created<Item>> f : futures) {
        results.add(f.get(60, TimeUnit.SECONDS));
      }

      assertEquals(1, items.count(ItemModel.CODE.eq(code)), "round " + round);
      assertEquals(1, results.stream().filter(Created::created).count(), "one creator in round " + round);
      Item row = items.findOne(ItemModel.CODE.eq(code)).orElseThrow();
      for (Created<Item> result : results) {
        assertEquals(row, result.instance(), "round " + round);
      }
    }
    assertEquals(5, items.count());
  }

  @Test
  void findOrBuildReturnsTheRowFound(StatementLog statements) {
    Subscriber stored = subscribers.create(Subscriber.of("fay", null, "Fay"));
    statements.clear();

    assertEquals(new Built<>(stored, false), subscribers.findOrBuild(HANDLE.eq("fay")));
    assertEquals(List.of(), statements.starting("insert"));
  }

  @Test
  void findOrBuildBuildsAnUnsavedInstanceFromDefaultsAndWhere(StatementLog statements) {
    Built<Subscriber> result =
        subscribers.findOrBuild(HANDLE.eq("gus").and(EMAIL.eq("gus@example.com")), Subscriber.of(null, null, "Gus"));

    assertEquals(new Built<>(Subscriber.of("gus", "gus@example.com", "Gus"), true), result);
    assertEquals(List.of(), statements.starting("insert"));
    assertEquals(0, subscribers.count());
  }

  @Test
  void findOrBuildRefusesContradictingDefaults() {
    assertThrows(ValidationException.class,
        () -> subscribers.findOrBuild(HANDLE.eq("hal"), Subscriber.of("hank", null, null)));
  }
}
