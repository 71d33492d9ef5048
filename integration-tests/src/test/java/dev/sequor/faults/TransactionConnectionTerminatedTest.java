package dev.sequor.faults;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.sequor.DatabaseException;
import dev.sequor.Repository;
import dev.sequor.Sequor;
import dev.sequor.it.Item;
import dev.sequor.it.ItemModel;
import dev.sequor.testing.SequorTest;
import dev.sequor.testing.TestDatabase;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * A {@code transaction(...)} that writes rows through a repository, its PostgreSQL session terminated part way: a
 * {@link DatabaseException} names the model, the operation and the SQLState and says the transaction was rolled
 * back, nothing of the transaction is stored, and the next 100 calls on the same {@link Sequor} succeed.
 */
@SequorTest(migrate = false)
class TransactionConnectionTerminatedTest {

  private static final int RUNS = 5;
  private static final int CALLS_AFTER = 100;
  private static final String SLOW_QUERY = "SELECT \"items\".* FROM \"items\", pg_sleep(0.4)";

  @BeforeAll
  static void createTables(Sequor db) {
    db.execute(Sequor.schemaSql(ItemModel.MODEL));
  }

  @Test
  @Timeout(value = 60, unit = TimeUnit.SECONDS)
  void connectionTerminatedInsideTransaction_storesNothing_andTheNextCallsSucceed(TestDatabase database, Sequor db)
      throws Exception {
    int[] callsFailed = {0};
    try (Backends backends = Backends.of(database, "transaction");
        Sequor app = backends.connect(4)) {
      Repository<Item, Long> items = app.repository(ItemModel.MODEL);
      Scenario.repeat("connection terminated inside transaction", RUNS, run -> {
        String prefix = "T" + run + "-";
        terminateInsideTransaction(app, items, backends, prefix, run * 70L);
        assertEquals(List.of(), codes(db, prefix), "rows of the terminated transaction");
        int failed = callsAfter(items, prefix);
        callsFailed[0] += failed;
        assertEquals(0, failed, "calls failed of the " + CALLS_AFTER + " after the terminated transaction");
      }, () -> "terminated 0-" + (RUNS - 1) * 70 + " ms into a read after 3 rows were written; " + callsFailed[0]
          + " of " + RUNS * CALLS_AFTER + " calls after failed");
    }
  }

  private static void terminateInsideTransaction(Sequor app, Repository<Item, Long> items, Backends backends,
      String prefix, long delayMillis) throws Exception {
    DatabaseException failure = backends.terminateDuring(() -> app.transaction(tx -> {
      items.create(Item.of(prefix + "1", "one", 1));
      items.bulkCreate(List.of(Item.of(prefix + "2", "two", 2), Item.of(prefix + "3", "three", 3)));
      items.query(SLOW_QUERY);
      items.create(Item.of(prefix + "4", "four", 4));
      return null;
    }), "pg_sleep", delayMillis, DatabaseException.class);
    assertEquals("Item", failure.model(), failure::toString);
    assertEquals("57P01", failure.sqlState(), failure::toString);
    assertTrue(failure.getMessage().startsWith("Unable to query Item: FATAL: terminating connection due to"
        + " administrator command [SQLState 57P01]. The connection was lost inside a transaction: PostgreSQL rolled"
        + " the transaction back, and nothing of it was stored"), failure::getMessage);
    Suppressed.assertFrom(failure, "rollback");
  }

  /** Mixed reads and writes on the same {@link Sequor}; returns how many failed. */
  private static int callsAfter(Repository<Item, Long> items, String prefix) {
    int failed = 0;
    for (int i = 0; i < CALLS_AFTER; i++) {
      String code = prefix + "after-" + i;
      try {
        switch (i % 4) {
          case 0 -> items.create(Item.of(code, "after", i));
          case 1 -> items.findAll(ItemModel.CODE.startsWith(prefix));
          case 2 -> items.update(ItemModel.CODE.eq(prefix + "after-" + (i - 2)), List.of(ItemModel.QUANTITY.set(-i)));
          default -> items.count();
        }
      } catch (DatabaseException e) {
        failed++;
      }
    }
    return failed;
  }

  private static List<String> codes(Sequor db, String prefix) {
    return Snapshots.strings(db, "SELECT code FROM \"items\" WHERE code LIKE '" + prefix + "%' ORDER BY code");
  }
}
