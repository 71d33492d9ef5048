package dev.sequor.it;

import static dev.sequor.Query.where;
import static dev.sequor.it.ItemModel.CODE;
import static dev.sequor.it.ItemModel.ID;
import static dev.sequor.it.ItemModel.QUANTITY;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.sequor.DatabaseException;
import dev.sequor.Lock;
import dev.sequor.Query;
import dev.sequor.Repository;
import dev.sequor.Sequor;
import dev.sequor.testing.SequorTest;
import dev.sequor.testing.StatementLog;
import dev.sequor.testing.TestDatabase;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Row locks. The second locker is a second {@code Sequor} on the same schema ({@link #other}): on the test's
 * own thread its transaction is a different connection, so the two can be interleaved step by step.
 */
@SequorTest(migrate = false)
class LockTest {

  private static Sequor other;
  private static ExecutorService executor;

  private final Sequor db;
  private final Repository<Item, Long> items;
  private final Repository<Item, Long> otherItems;

  LockTest(Sequor db) {
    this.db = db;
    this.items = db.repository(ItemModel.MODEL);
    this.otherItems = other.repository(ItemModel.MODEL);
  }

  @BeforeAll
  static void createTables(TestDatabase database) {
    TestTables.create(database, ItemModel.MODEL);
    other = Sequor.builder().url(database.jdbcUrl()).poolSize(2).build();
    executor = Executors.newSingleThreadExecutor();
  }

  @AfterAll
  static void close() {
    other.close();
    executor.shutdownNow();
  }

  @BeforeEach
  void seed() {
    items.bulkCreate(List.of(Item.of("job-1", "queued", 0), Item.of("job-2", "queued", 0),
        Item.of("job-3", "queued", 0)));
  }

  @Test
  void eachLockIsRenderedAsPostgresqlsClause(StatementLog log) {
    db.useTransaction(tx -> {
      items.findAll(where(CODE.eq("job-1")).forUpdate());
      items.findAll(where(CODE.eq("job-1")).lock(Lock.NO_KEY_UPDATE).noWait());
      items.findOne(where(CODE.eq("job-1")).lock(Lock.SHARE).skipLocked());
      items.findAll(Query.<Item>all().lock(Lock.KEY_SHARE).limit(2).offset(1));
      items.findAll(where(CODE.eq("job-1")).noWait());
    });

    List<String> selects = log.starting("select").stream().map(s -> s.toLowerCase(Locale.ROOT)).toList();
    assertEquals(5, selects.size(), selects.toString());
    assertTrue(selects.get(0).endsWith(" for update"), selects.get(0));
    assertTrue(selects.get(1).endsWith(" for no key update nowait"), selects.get(1));
    assertTrue(selects.get(2).endsWith(" for share skip locked"), selects.get(2));
    assertTrue(selects.get(3).endsWith(" for key share"), selects.get(3));
    assertTrue(selects.get(4).endsWith(" for update nowait"), selects.get(4));
  }

  @Test
  void aQueryWithoutALockTakesNone(StatementLog log) {
    items.findAll(where(CODE.eq("job-1")));

    assertFalse(log.starting("select").get(0).toLowerCase(Locale.ROOT).contains(" for "));
  }

  @Test
  void forUpdateHoldsTheRowUntilCommitAndNowaitFailsMeanwhileNamingTheModel() {
    db.useTransaction(tx -> {
      assertEquals(1, items.findAll(where(CODE.eq("job-1")).forUpdate()).size());

      DatabaseException e = assertThrows(DatabaseException.class, () -> other.useTransaction(t2 ->
          otherItems.findOne(where(CODE.eq("job-1")).noWait())));
      assertEquals("55P03", e.sqlState());
      assertEquals("Item", e.model());
      assertTrue(e.getMessage().contains("Item") && e.getMessage().contains("[SQLState 55P03]"), e.getMessage());

      // other rows are free
      assertEquals("job-2", other.transaction(t2 -> otherItems.findOne(where(CODE.eq("job-2")).noWait()))
          .orElseThrow().code());
    });

    // committed: the lock is gone
    assertEquals("job-1", other.transaction(t2 -> otherItems.findOne(where(CODE.eq("job-1")).noWait()))
        .orElseThrow().code());
  }

  @Test
  void aSecondLockerWaitsUntilTheFirstCommitsAndThenSeesItsWrite() throws Exception {
    CompletableFuture<Object> waiterPid = new CompletableFuture<>();
    Future<Item> waiter = db.transaction(tx -> {
      Object holderPid = tx.dsl().fetchValue("SELECT pg_backend_pid()");
      Item job = items.findOne(where(CODE.eq("job-1")).forUpdate()).orElseThrow();
      items.update(job, List.of(QUANTITY.set(1)));

      Future<Item> second = executor.submit(() -> other.transaction(t2 -> {
        waiterPid.complete(t2.dsl().fetchValue("SELECT pg_backend_pid()"));
        return otherItems.findOne(where(CODE.eq("job-1")).forUpdate()).orElseThrow();
      }));
      Object pid = waiterPid.get(30, TimeUnit.SECONDS);
      awaitBlockedBy(pid, holderPid);
      assertFalse(second.isDone(), "the second locker waits while the first holds the row");
      return second;
    });

    Item seen = waiter.get(30, TimeUnit.SECONDS);
    assertEquals(1, seen.quantity(), "after the first committed, the second reads its committed write");
  }

  /** Polls PostgreSQL until it reports {@code waiter} blocked by {@code holder}: a condition, not a delay. */
  private void awaitBlockedBy(Object waiter, Object holder) throws InterruptedException {
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
    String sql = "SELECT " + holder + " = ANY(pg_blocking_pids(" + waiter + "))";
    while (!Boolean.TRUE.equals(other.dsl().fetchValue(sql))) {
      if (System.nanoTime() > deadline) {
        throw new AssertionError("backend " + waiter + " never blocked on backend " + holder);
      }
      Thread.sleep(10);
    }
  }

  @Test
  void skipLockedGivesConcurrentWorkersDifferentJobs() {
    Query<Item> nextJob = where(QUANTITY.eq(0)).order(ID.asc()).limit(1).skipLocked();

    List<String> taken = db.transaction(first -> {
      Item mine = items.findOne(nextJob).orElseThrow();
      String theirs = other.transaction(second -> {
        Item job = otherItems.findOne(nextJob).orElseThrow();
        otherItems.update(job, List.of(QUANTITY.set(2)));
        return job.code();
      });
      items.update(mine, List.of(QUANTITY.set(1)));
      return List.of(mine.code(), theirs);
    });

    assertEquals(List.of("job-1", "job-2"), taken);
    assertEquals(List.of(1, 2, 0), items.findAll(Query.orderBy(ID.asc())).stream().map(Item::quantity).toList());
  }

  @Test
  void withoutSkipLockedTheSecondWorkerWouldWaitForTheSameJob() {
    db.useTransaction(first -> {
      assertEquals("job-1", items.findOne(where(QUANTITY.eq(0)).order(ID.asc()).limit(1).forUpdate())
          .orElseThrow().code());
      DatabaseException e = assertThrows(DatabaseException.class, () -> other.useTransaction(second ->
          otherItems.findOne(where(QUANTITY.eq(0)).order(ID.asc()).limit(1).noWait())));
      assertEquals("55P03", e.sqlState());
    });
  }
}
