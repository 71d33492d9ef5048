package dev.sequor.faults;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.sequor.DatabaseException;
import dev.sequor.Repository;
import dev.sequor.Sequor;
import dev.sequor.it.Item;
import dev.sequor.it.ItemModel;
import dev.sequor.seed.SeedContext;
import dev.sequor.seed.SeedException;
import dev.sequor.seed.SeedReport;
import dev.sequor.seed.Seeder;
import dev.sequor.seed.SeederRunner;
import dev.sequor.testing.SequorTest;
import dev.sequor.testing.TestDatabase;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * A seeder whose PostgreSQL session is terminated while it runs, after it wrote rows: the failure names the seeder,
 * and its cause the model, the operation and PostgreSQL's SQLState ({@code 57P01}), with the cleanup that failed on
 * the dead connection attached as suppressed; nothing it wrote is stored, its history is unchanged, and the next run
 * completes.
 */
@SequorTest(migrate = false)
class SeederBackendTerminatedTest {

  private static final int RUNS = 3;
  private static final String NAME = "20260101000001-slow-items";
  private static final String SLOW_QUERY = "SELECT \"items\".* FROM \"items\", pg_sleep(0.5)";

  /** Writes rows, then reads slowly: its session is terminated during the read. */
  public static final class SlowItems implements Seeder {
    @Override
    public void up(SeedContext context) {
      Repository<Item, Long> items = context.repository(ItemModel.MODEL);
      items.bulkCreate(List.of(Item.of("S1", "one", 1), Item.of("S2", "two", 2)));
      items.create(Item.of("S3", "three", 3));
      items.query(SLOW_QUERY);
      items.create(Item.of("S4", "four", 4));
    }

    @Override
    public void down(SeedContext context) {
      context.repository(ItemModel.MODEL).destroy(ItemModel.CODE.like("S%"));
    }
  }

  @BeforeAll
  static void createTables(Sequor db) {
    db.execute(Sequor.schemaSql(ItemModel.MODEL));
  }

  @Test
  @Timeout(value = 60, unit = TimeUnit.SECONDS)
  void backendTerminatedMidSeeder_namesTheSeederAndTheStatementsFailure_andStoresNothing(TestDatabase database,
      Sequor db, @TempDir Path folder) throws Exception {
    Path index = folder.resolve("META-INF/sequor/seeders");
    Files.createDirectories(index.getParent());
    Files.writeString(index, NAME + " " + SlowItems.class.getName() + "\n", StandardCharsets.UTF_8);
    try (Backends backends = Backends.of(database, "seeder");
        Sequor seederDb = backends.connect(1);
        URLClassLoader loader = new URLClassLoader(new URL[] {folder.toUri().toURL()}, getClass().getClassLoader())) {
      SeederRunner seeders = seederDb.seeders(loader, "test");
      Scenario.repeat("backend terminated mid-seeder", RUNS, run -> {
        terminateMidSeeder(seeders, backends, run * 100L);
        assertEquals(List.of(), codes(db), "rows of the terminated seeder");
        assertEquals(List.of(), Snapshots.strings(db, "SELECT name FROM \"SequorData\""), "the seeder history");
        SeedReport next = seeders.seed(NAME);
        assertEquals(List.of(NAME), next.steps().stream().map(SeedReport.Step::name).toList());
        assertEquals(List.of("S1", "S2", "S3", "S4"), codes(db), "rows of the next run");
        seeders.undo(NAME);
      }, () -> "terminated 0-" + (RUNS - 1) * 100 + " ms into a read after 3 rows were written");
    }
  }

  private static void terminateMidSeeder(SeederRunner seeders, Backends backends, long delayMillis)
      throws Exception {
    SeedException failure = backends.terminateDuring(() -> seeders.seed(NAME), "pg_sleep", delayMillis,
        SeedException.class);
    assertEquals(NAME, failure.seeder(), failure::toString);
    assertTrue(failure.getMessage().contains("was rolled back; the history is unchanged"), failure::getMessage);
    DatabaseException cause = assertInstanceOf(DatabaseException.class, failure.getCause(), failure::toString);
    assertEquals("Item", cause.model());
    assertEquals("57P01", cause.sqlState(), cause::toString);
    assertTrue(cause.getMessage().startsWith("Unable to query Item: FATAL: terminating connection due to"
        + " administrator command [SQLState 57P01]. The connection was lost inside a transaction: PostgreSQL rolled"
        + " the transaction back, and nothing of it was stored"), cause::getMessage);
    Suppressed.assertFrom(failure, "rollback");
    Suppressed.assertFrom(failure, "setAutoCommit");
  }

  private static List<String> codes(Sequor db) {
    return Snapshots.strings(db, "SELECT code FROM \"items\" ORDER BY code");
  }
}
