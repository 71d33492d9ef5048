package dev.sequor.faults;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.sequor.Sequor;
import dev.sequor.migration.MigrationException;
import dev.sequor.migration.MigrationReport;
import dev.sequor.migration.Migrator;
import dev.sequor.testing.SequorTest;
import dev.sequor.testing.TestDatabase;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * A migrator whose PostgreSQL session is terminated ({@code pg_terminate_backend}) in the middle of a migration of
 * several statements, at a different point each run: it reports the migration, the statement that was running and
 * PostgreSQL's SQLState ({@code 57P01}, which pgjdbc reports as PostgreSQL sent it), with the cleanup that failed on
 * the dead connection attached as suppressed; the history and the schema are as before, and the next run applies
 * the migration.
 */
@SequorTest(migrate = false)
class MigratorBackendTerminatedTest {

  private static final int RUNS = 12;
  private static final long DELAY_STEP_MILLIS = 45;
  private static final String BASE = "20260101000001-base.sql";
  private static final String SLOW = "20260101000002-slow.sql";
  private static final List<String> STATEMENTS = List.of(
      "CREATE TABLE \"fault_a\" (id BIGINT)",
      "SELECT pg_sleep(0.15)",
      "INSERT INTO \"fault_a\" SELECT generate_series(1, 200000)",
      "CREATE TABLE \"fault_b\" (id BIGINT)",
      "SELECT pg_sleep(0.15)",
      "CREATE INDEX \"fault_a_id\" ON \"fault_a\" (id)",
      "SELECT pg_sleep(0.5)");

  @Test
  @Timeout(value = 120, unit = TimeUnit.SECONDS)
  void backendTerminatedMidMigration_reportsTheStatementAndItsSqlState_andChangesNothing(TestDatabase database,
      Sequor db, @TempDir Path folder) throws Exception {
    Files.writeString(folder.resolve(BASE), "-- sequor:up\nCREATE TABLE \"fault_base\" (id BIGINT);\n"
        + "-- sequor:down\nDROP TABLE \"fault_base\";\n", StandardCharsets.UTF_8);
    Files.writeString(folder.resolve(SLOW), "-- sequor:up\n" + String.join(";\n", STATEMENTS) + ";\n"
        + "-- sequor:down\nDROP TABLE \"fault_b\";\nDROP TABLE \"fault_a\";\n", StandardCharsets.UTF_8);
    Map<String, Integer> hit = new TreeMap<>();
    try (Backends backends = Backends.of(database, "migrator");
        Sequor migratorDb = backends.connect(1)) {
      Migrator migrator = migratorDb.migrator(folder);
      migrator.migrate(BASE);
      List<String> schema = Snapshots.relations(db);
      List<String> history = Snapshots.migrations(db);
      Scenario.repeat("backend terminated mid-migration", RUNS, run -> {
        String statement = terminateMidMigration(migrator, backends, run * DELAY_STEP_MILLIS);
        hit.merge(String.join(" ", List.of(statement.split(" ")).subList(0, 2)), 1, Integer::sum);
        assertEquals(schema, Snapshots.relations(db), "the schema after the terminated run");
        assertEquals(history, Snapshots.migrations(db), "the history after the terminated run");
        MigrationReport next = migrator.migrate();
        assertEquals(List.of(SLOW), next.steps().stream().map(MigrationReport.Step::name).toList());
        migrator.undo();
        assertEquals(schema, Snapshots.relations(db), "the schema after the next run and its undo");
      }, () -> "terminated 0-" + (RUNS - 1) * DELAY_STEP_MILLIS + " ms into the migration, during " + hit);
    }
  }

  /**
   * Runs the slow migration, terminates its session {@code delayMillis} after its first {@code pg_sleep} started,
   * checks the exception, and returns the statement it names.
   */
  private static String terminateMidMigration(Migrator migrator, Backends backends, long delayMillis)
      throws Exception {
    MigrationException failure = backends.terminateDuring(migrator::migrate, "pg_sleep", delayMillis,
        MigrationException.class);
    assertEquals(SLOW, failure.migration(), failure::toString);
    assertTrue(STATEMENTS.contains(failure.statement()), () -> "the statement running: " + failure);
    assertEquals("57P01", failure.sqlState(), failure::toString);
    assertTrue(failure.getMessage().contains("terminating connection due to administrator command")
        && failure.getMessage().contains("was rolled back; the history is unchanged"), failure::getMessage);
    Suppressed.assertFrom(failure, "rollback");
    Suppressed.assertFrom(failure, "setAutoCommit");
    Suppressed.assertFrom(failure, "release"); // the advisory lock's
    return failure.statement();
  }
}
