package dev.sequor.faults;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.sequor.testing.SequorTest;
import dev.sequor.testing.TestDatabase;
import java.nio.file.Path;
import java.sql.Connection;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@value #MIGRATORS} migrators, each in a JVM of its own as {@value #MIGRATORS} instances of an application would
 * be, started at once on one fresh schema, {@value #ROUNDS} rounds: every one exits cleanly, and each migration is
 * applied exactly once. The migrations cannot be applied twice (a table created without {@code IF NOT EXISTS}, a
 * row with a primary key, an index built concurrently), and each inserts a row that counts its applications.
 *
 * <p>JVMs rather than threads: a clean exit is then an exit code, and the runs share nothing (pool, classes,
 * statics). Eight of them start in about 4 s of this 2-core machine's time, so the 5 rounds take some 35 s.
 */
@SequorTest(migrate = false, truncate = false)
class ConcurrentMigratorsTest {

  private static final int MIGRATORS = 8;
  private static final int ROUNDS = 5;
  private static final Duration RUN = Duration.ofSeconds(30);

  private static final List<MigrationSpec> MIGRATIONS = List.of(
      MigrationSpec.of("20260201000001-create-widgets.sql", List.of(
          "CREATE TABLE applications (migration TEXT NOT NULL)",
          "INSERT INTO applications VALUES ('create-widgets')",
          "CREATE TABLE widgets (id INT PRIMARY KEY)",
          // holds the lock while the other runs reach it
          "SELECT pg_sleep(0.5)"), List.of(
          "DROP TABLE widgets",
          "DROP TABLE applications")),
      MigrationSpec.of("20260201000002-name-widgets.sql", List.of(
          "INSERT INTO applications VALUES ('name-widgets')",
          "ALTER TABLE widgets ADD COLUMN name TEXT",
          "INSERT INTO widgets VALUES (1, 'one')"), List.of(
          "DELETE FROM widgets",
          "ALTER TABLE widgets DROP COLUMN name")),
      // while it is built, the runs waiting for the lock must hold no snapshot, or PostgreSQL fails one of them
      MigrationSpec.noTransaction("20260201000003-index-widgets.sql", List.of(
          "CREATE INDEX CONCURRENTLY widgets_name ON widgets (name)",
          "INSERT INTO applications VALUES ('index-widgets')"), List.of(
          "DROP INDEX CONCURRENTLY widgets_name")));
  private static final List<String> NAMES = MigrationSpec.names(MIGRATIONS);

  @Test
  @Timeout(value = 120, unit = TimeUnit.SECONDS) // 25 to 35 s on 2 cores shared with other builds; a hang fails
  void migratorsStartedAtOnceAllExitCleanly_andApplyEachMigrationOnce(TestDatabase database, @TempDir Path folder)
      throws Exception {
    MigrationSpec.write(folder, MIGRATIONS);
    String schema = database.schema();
    int rounds = 0;
    int passed = 0;
    List<Integer> waiters = new ArrayList<>();
    long start = System.nanoTime();
    try (Connection check = database.sequor().dataSource().getConnection()) {
      for (int round = 1; round <= ROUNDS; round++) {
        rounds++;
        String context = "round " + round;
        // a fresh schema: no history table either, so the runs also race to create it
        SchemaState.execute(check, "DROP SCHEMA " + SchemaState.quote(schema) + " CASCADE");
        SchemaState.execute(check, "CREATE SCHEMA " + SchemaState.quote(schema));
        List<MigratorProcess> racers = new ArrayList<>();
        try {
          for (int i = 0; i < MIGRATORS; i++) {
            racers.add(MigratorProcess.start(database, folder, "race"));
          }
          for (MigratorProcess racer : racers) {
            racer.awaitReady(check);
          }
          for (MigratorProcess racer : racers) {
            racer.jvm().send("go");
          }

          List<String> applied = new ArrayList<>();
          int waited = 0;
          for (MigratorProcess racer : racers) {
            int exit = racer.jvm().awaitExit(RUN);
            String output = racer.jvm().output();
            assertEquals(0, exit, context + ": a migrator failed:\n" + output);
            assertTrue(output.lines().anyMatch(MigratorMain.DONE::equals), context + ":\n" + output);
            assertTrue(output.lines().noneMatch(line -> line.contains("WARN") || line.contains("Exception")),
                context + ": a migrator warned or failed:\n" + output);
            applied.addAll(MigratorProcess.applied(output));
            waited += output.contains(MigratorProcess.WAITING) ? 1 : 0;
            Backends.awaitGone(check, racer.applicationName(), Duration.ofSeconds(10));
          }
          waiters.add(waited);

          assertEquals(NAMES, applied.stream().sorted().toList(), context + ": the runs together applied");
          assertEquals(List.of("create-widgets 1", "index-widgets 1", "name-widgets 1"), strings(check,
              "SELECT migration || ' ' || count(*) FROM " + SchemaState.quote(schema) + ".applications"
                  + " GROUP BY migration ORDER BY migration"), context + ": applications of each migration");
          assertEquals(NAMES, SchemaState.read(check, schema).history(), context);
          assertEquals(List.of(), Backends.advisoryLocks(check), context);
          assertTrue(waited > 0, context + ": no run waited for the lock, so these runs did not race");
        } finally {
          MigratorProcess.closeAll(racers);
        }
        passed++;
      }
    } finally {
      FaultFigures.record(MIGRATORS + " migrators (JVMs) started at once on a fresh schema", rounds, rounds - passed,
          passed + " rounds with clean exits and each migration applied once; runs that waited for the lock, per"
              + " round: " + waiters + "; " + Duration.ofNanos(System.nanoTime() - start).toMillis() + " ms");
    }
  }

  private static List<String> strings(Connection connection, String query) throws Exception {
    List<String> result = new ArrayList<>();
    try (var statement = connection.createStatement(); var rs = statement.executeQuery(query)) {
      while (rs.next()) {
        result.add(rs.getString(1));
      }
    }
    return result;
  }
}
