package dev.sequor.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.sequor.Repository;
import dev.sequor.Sequor;
import dev.sequor.UniqueConstraintException;
import dev.sequor.testing.SequorTest;
import dev.sequor.testing.TestDatabase;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.IntStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** One Sequor (a pool of 4) shared by more threads than connections. */
@SequorTest(migrate = false)
class ConcurrencyTest {

  private static final int THREADS = 8;

  private final Repository<Item, Long> items;
  private ExecutorService executor;

  ConcurrencyTest(Sequor db) {
    this.items = db.repository(ItemModel.MODEL);
  }

  @BeforeAll
  static void createTables(TestDatabase database) {
    TestTables.create(database, ItemModel.MODEL);
  }

  @BeforeEach
  void setUp() {
    executor = Executors.newFixedThreadPool(THREADS);
  }

  @AfterEach
  void tearDown() {
    executor.shutdownNow();
  }

  /** Runs the tasks together: each waits until all have started. */
  private <T> List<Future<T>> together(List<Callable<T>> tasks) {
    CountDownLatch start = new CountDownLatch(tasks.size());
    List<Future<T>> futures = new ArrayList<>();
    for (Callable<T> task : tasks) {
      futures.add(executor.submit(() -> {
        start.countDown();
        start.await();
        return task.call();
      }));
    }
    return futures;
  }

  @Test
  void threadsCreatingAtOnceAllSucceedWithDistinctIds() throws Exception {
    List<Callable<List<Long>>> tasks = IntStream.range(0, THREADS).<Callable<List<Long>>>mapToObj(t -> () -> {
      List<Long> ids = new ArrayList<>();
      for (int i = 0; i < 25; i++) {
        ids.add(items.create(Item.of("t" + t + "-" + i, "thread " + t, i)).id());
      }
      return ids;
    }).toList();

    Set<Long> ids = new HashSet<>();
    for (Future<List<Long>> future : together(tasks)) {
      ids.addAll(future.get());
    }

    assertEquals(THREADS * 25, ids.size());
    assertEquals(THREADS * 25, items.count());
  }

  @Test
  void aBulkCreateFailingOnOneThreadRollsBackOnlyItsOwnRows() throws Exception {
    List<Callable<Integer>> tasks = IntStream.range(0, THREADS).<Callable<Integer>>mapToObj(t -> () -> {
      List<Item> rows = new ArrayList<>(IntStream.range(0, 300).mapToObj(i -> Item.of("t" + t + "-" + i, "x", i)).toList());
      if (t == 3) {
        rows.set(250, rows.get(10)); // a duplicate code in this thread's third batch
      }
      return items.bulkCreate(rows, 100).size();
    }).toList();

    List<Future<Integer>> futures = together(tasks);
    int stored = 0;
    for (int t = 0; t < THREADS; t++) {
      if (t == 3) {
        ExecutionException e = assertThrows(ExecutionException.class, futures.get(3)::get);
        assertInstanceOf(UniqueConstraintException.class, e.getCause());
      } else {
        stored += futures.get(t).get();
      }
    }

    assertEquals((THREADS - 1) * 300, stored);
    assertEquals((THREADS - 1) * 300, items.count());
    assertEquals(0, items.count(ItemModel.CODE.startsWith("t3-")));
  }
}
