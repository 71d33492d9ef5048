package dev.sequor.faults;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.sequor.DatabaseException;
import dev.sequor.Query;
import dev.sequor.Repository;
import dev.sequor.Sequor;
import dev.sequor.it.Item;
import dev.sequor.it.ItemModel;
import dev.sequor.testing.SequorTest;
import dev.sequor.testing.TestDatabase;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * Every idle connection of a pool whose sessions PostgreSQL ended ({@code pg_terminate_backend}, as a restart or a
 * failover does) right after they were all used: HikariCP hands out a connection used in the last 500 ms without
 * testing it. Of the next 100 calls, mixed reads and writes, no read fails (the first read that meets a dead
 * connection, a find, a count or a stream, evicts the pool's connections and runs again on a new one) and at most
 * one write fails (the one that met the first dead connection, when a write comes first: never run twice, since it
 * may have committed).
 */
@SequorTest(migrate = false)
class IdlePoolTerminatedTest {

  private static final int ROUNDS = 6;
  private static final int POOL_SIZE = 10;
  private static final int CALLS = 100;

  @BeforeAll
  static void createTables(Sequor db) {
    db.execute(Sequor.schemaSql(ItemModel.MODEL));
  }

  @Test
  @Timeout(value = 60, unit = TimeUnit.SECONDS)
  void idleBackendsTerminated_noReadFails_andAtMostOneWrite(TestDatabase database) throws Exception {
    int[] failed = {0, 0}; // reads, writes
    ExecutorService threads = Executors.newFixedThreadPool(POOL_SIZE);
    try (Backends backends = Backends.of(database, "idle-pool");
        Sequor app = backends.connect(POOL_SIZE)) {
      Repository<Item, Long> items = app.repository(ItemModel.MODEL);
      Scenario.repeat("idle pooled backends terminated", ROUNDS, round -> {
        useEveryConnection(app, items, threads);
        assertEquals(POOL_SIZE, backends.terminateIdle(), "idle sessions terminated");
        List<String> reads = new ArrayList<>();
        List<String> writes = new ArrayList<>();
        for (int i = 0; i < CALLS; i++) {
          boolean read = i % 2 == round % 2; // every other round starts with a write
          try {
            if (read) {
              read(items, "R" + round + "-", i / 2 + round / 2);
            } else {
              items.create(Item.of("R" + round + "-" + i, "after", i));
            }
          } catch (DatabaseException e) {
            assertEquals("57P01", e.sqlState(), e::getMessage);
            (read ? reads : writes).add(e.getMessage());
          }
        }
        failed[0] += reads.size();
        failed[1] += writes.size();
        assertEquals(List.of(), reads, "reads failed");
        assertTrue(writes.size() <= 1, () -> "writes failed: " + writes);
        assertTrue(writes.stream().allMatch(message -> message.contains("it was not retried")), writes::toString);
      }, () -> "all " + POOL_SIZE + " idle sessions terminated within 500 ms of their use, then " + CALLS
          + " calls, half reads; reads failed " + failed[0] + " of " + ROUNDS * CALLS / 2 + ", writes " + failed[1]
          + " of " + ROUNDS * CALLS / 2);
    } finally {
      threads.shutdownNow();
    }
  }

  /**
   * One read of the rows starting with {@code prefix}, of the kind {@code kind} picks: each kind is the first call of
   * some rounds, so each meets a dead connection in turn.
   */
  private static void read(Repository<Item, Long> items, String prefix, int kind) {
    switch (kind % 3) {
      case 0 -> items.findAll(ItemModel.CODE.startsWith(prefix));
      case 1 -> {
        try (Stream<Item> rows = items.stream(Query.where(ItemModel.CODE.startsWith(prefix)))) {
          rows.forEach(item -> {});
        }
      }
      default -> items.count(ItemModel.CODE.startsWith(prefix));
    }
  }

  /**
   * Holds every connection of the pool at once (a transaction in each of {@link #POOL_SIZE} threads), so that all of
   * them were used a moment ago and HikariCP will hand them out without testing them.
   */
  private static void useEveryConnection(Sequor app, Repository<Item, Long> items, ExecutorService threads)
      throws Exception {
    CyclicBarrier together = new CyclicBarrier(POOL_SIZE);
    List<Future<?>> done = new ArrayList<>();
    for (int i = 0; i < POOL_SIZE; i++) {
      done.add(threads.submit(() -> app.transaction(tx -> {
        items.count();
        together.await(10, TimeUnit.SECONDS);
        return null;
      })));
    }
    for (Future<?> future : done) {
      future.get(30, TimeUnit.SECONDS);
    }
  }
}
