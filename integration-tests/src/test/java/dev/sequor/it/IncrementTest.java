package dev.sequor.it;

import static dev.sequor.it.SubscriberModel.HANDLE;
import static dev.sequor.it.SubscriberModel.POINTS;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.sequor.Amount;
import dev.sequor.EmptyResultException;
import dev.sequor.Repository;
import dev.sequor.Sequor;
import dev.sequor.testing.SequorTest;
import dev.sequor.testing.StatementLog;
import dev.sequor.testing.TestDatabase;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

@SequorTest(migrate = false)
class IncrementTest {

  private static final Instant LONG_AGO = Instant.parse("2001-02-03T04:05:06Z");

  private final Sequor db;
  private final Repository<Subscriber, Long> subscribers;
  private final Repository<Item, Long> items;

  IncrementTest(Sequor db) {
    this.db = db;
    this.subscribers = db.repository(SubscriberModel.MODEL);
    this.items = db.repository(ItemModel.MODEL);
  }

  @BeforeAll
  static void createTables(TestDatabase database) {
    TestTables.create(database, SubscriberModel.MODEL, ItemModel.MODEL);
  }

  /** Stored with {@code points} and timestamps in the past, so that a bump shows without a clock. */
  private Subscriber stored(String handle, int points) {
    Subscriber created = subscribers.create(SubscriberModel.builder().handle(handle).name(handle).points(points).build());
    db.dsl().update(SubscriberModel.MODEL.table()).set(SubscriberModel.CREATED_AT.field(), LONG_AGO)
        .set(SubscriberModel.UPDATED_AT.field(), LONG_AGO).where(SubscriberModel.ID.field().eq(created.id())).execute();
    return subscribers.findByPk(created.id()).orElseThrow();
  }

  @Test
  void incrementOfAnInstanceAddsInSqlAndReturnsTheStoredRow(StatementLog statements) {
    Subscriber ann = stored("ann", 10);
    statements.clear();

    Subscriber result = subscribers.increment(ann, POINTS.by(5));

    assertEquals(1, statements.count(), statements.all().toString());
    String update = statements.starting("update").get(0);
    assertTrue(update.contains("\"points\" = (\"Subscribers\".\"points\" + ?)"), update);
    assertEquals(15, result.points());
    assertEquals(LONG_AGO, result.createdAt());
    assertTrue(result.updatedAt().isAfter(LONG_AGO), result.updatedAt().toString());
    assertEquals(result, subscribers.findByPk(ann.id()).orElseThrow());
  }

  @Test
  void incrementAddsToTheStoredValueNotToTheInstancesStaleOne() {
    Subscriber ann = stored("ann", 10);
    subscribers.update(HANDLE.eq("ann"), SubscriberModel.POINTS.set(100));

    assertEquals(101, subscribers.increment(ann, POINTS.by(1)).points());
  }

  @Test
  void decrementOfAnInstance() {
    Subscriber bob = stored("bob", 10);

    Subscriber result = subscribers.decrement(bob, POINTS.by(3));

    assertEquals(7, result.points());
    assertTrue(result.updatedAt().isAfter(LONG_AGO));
    assertEquals(result, subscribers.findByPk(bob.id()).orElseThrow());
  }

  @Test
  void incrementOfAGoneRowThrows() {
    Subscriber gone = stored("gone", 1);
    subscribers.destroy(gone);

    assertThrows(EmptyResultException.class, () -> subscribers.increment(gone, POINTS.by(1)));
  }

  @Test
  void incrementAndDecrementByCriterionChangeTheMatchingRowsOnly() {
    stored("a1", 1);
    stored("a2", 2);
    Subscriber other = stored("b1", 3);

    assertEquals(2, subscribers.increment(HANDLE.startsWith("a"), POINTS.by(10)));
    assertEquals(1, subscribers.decrement(HANDLE.eq("a2"), POINTS.by(4)));

    assertEquals(11, subscribers.findOne(HANDLE.eq("a1")).orElseThrow().points());
    Subscriber a2 = subscribers.findOne(HANDLE.eq("a2")).orElseThrow();
    assertEquals(8, a2.points());
    assertTrue(a2.updatedAt().isAfter(LONG_AGO));
    assertEquals(other, subscribers.findByPk(other.id()).orElseThrow(), "unchanged, updatedAt included");
    assertEquals(0, subscribers.increment(HANDLE.eq("nobody"), POINTS.by(1)));
  }

  @Test
  void incrementOfADecimalOnAModelWithHiddenTimestamps() {
    Item pen = items.create(Item.of("pen", "Pen", 1, "2.50", null));

    assertEquals(new BigDecimal("3.75"), items.increment(pen, ItemModel.PRICE.by(new BigDecimal("1.25"))).price());
    assertEquals(1, items.decrement(ItemModel.CODE.eq("pen"), ItemModel.PRICE.by(new BigDecimal("0.05"))));
    assertEquals(new BigDecimal("3.70"), items.findByPk(pen.id()).orElseThrow().price());
  }

  /** Sequelize's {@code increment({quantity: 2, price: 0.5})}: several attributes in one statement. */
  @Test
  void severalAmountsInOneStatement(StatementLog statements) {
    Item pen = items.create(Item.of("pen", "Pen", 1, "2.50", null));
    statements.clear();

    Item result = items.increment(pen, ItemModel.QUANTITY.by(2), ItemModel.PRICE.by(new BigDecimal("0.50")));

    assertEquals(1, statements.count(), statements.all().toString());
    assertEquals(3, result.quantity());
    assertEquals(new BigDecimal("3.00"), result.price());
    assertEquals(1,
        items.decrement(ItemModel.CODE.eq("pen"), ItemModel.QUANTITY.by(3), ItemModel.PRICE.by(BigDecimal.ONE)));
    Item stored = items.findByPk(pen.id()).orElseThrow();
    assertEquals(0, stored.quantity());
    assertEquals(new BigDecimal("2.00"), stored.price());
  }

  @Test
  void noAmountIsRefusedBeforeAnySql(StatementLog statements) {
    Subscriber ann = stored("ann", 10);
    statements.clear();

    assertThrows(IllegalArgumentException.class, () -> subscribers.increment(ann));
    assertThrows(IllegalArgumentException.class, () -> subscribers.decrement(HANDLE.eq("ann")));
    assertThrows(NullPointerException.class, () -> POINTS.by(null));
    assertEquals(0, statements.count(), statements.all().toString());
  }

  @Test
  void anAmountNamesItsAttributeAndValue() {
    Amount<Subscriber> five = POINTS.by(5);

    assertEquals(POINTS, five.attribute());
    assertEquals(5, five.value());
    assertEquals(POINTS + " by 5", five.toString());
  }

  /** Increments computed by the database add up however the threads interleave. */
  @Test
  void concurrentIncrementsAddUp() throws Exception {
    Subscriber counter = stored("counter", 0);
    int threads = 8;
    int times = 50;
    ExecutorService pool = Executors.newFixedThreadPool(threads);
    try {
      CyclicBarrier start = new CyclicBarrier(threads);
      List<Future<?>> futures = new ArrayList<>();
      for (int t = 0; t < threads; t++) {
        boolean byInstance = t % 2 == 0;
        futures.add(pool.submit(() -> {
          start.await(30, TimeUnit.SECONDS);
          for (int i = 0; i < times; i++) {
            if (byInstance) {
              subscribers.increment(counter, POINTS.by(1));
            } else {
              subscribers.increment(HANDLE.eq("counter"), POINTS.by(1));
            }
          }
          return null;
        }));
      }
      for (Future<?> f : futures) {
        f.get(120, TimeUnit.SECONDS);
      }
    } finally {
      pool.shutdownNow();
    }

    assertEquals(threads * times, subscribers.findByPk(counter.id()).orElseThrow().points());
  }
}
