package dev.sequor.internal.migration;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.sequor.Sequor;
import dev.sequor.migration.MigrationInfo;
import dev.sequor.migration.MigrationReport;
import dev.sequor.migration.MigrationReport.Step;
import dev.sequor.migration.Migrator;
import dev.sequor.testsupport.PostgresSchemaExtension;
import dev.sequor.testsupport.TestSchema;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/** Runners started at once on one schema take turns through the advisory lock. */
@ExtendWith(PostgresSchemaExtension.class)
@Timeout(60) // a broken lock would hang rather than fail
class MigrationLockTest {

  private static final String CREATE = "20260101000001-create-runs.sql";
  private static final String INDEX = "20260101000002-index-runs.sql";

  private TestSchema schema;
  private Path folder;

  @BeforeEach
  void setUp(TestSchema schema, @TempDir Path folder) throws IOException {
    this.schema = schema;
    this.folder = folder;
    schema.reset();
    // not idempotent: applying it twice fails on CREATE TABLE, and the row counts the applications
    Files.writeString(folder.resolve(CREATE), """
        -- sequor:up
        CREATE TABLE "runs" (id INT);
        INSERT INTO "runs" VALUES (1);
        SELECT pg_sleep(0.2);
        -- sequor:down
        DROP TABLE "runs";
        """);
    Files.writeString(folder.resolve(INDEX), """
        -- sequor:no-transaction
        -- sequor:up
        CREATE INDEX CONCURRENTLY "runs_id" ON "runs" (id);
        -- sequor:down
        DROP INDEX CONCURRENTLY "runs_id";
        """);
  }

  @Test
  void twoRunnersStartedAtOnce_bothSucceed_andTheSchemaIsAppliedOnce() throws Exception {
    ExecutorService threads = Executors.newFixedThreadPool(2);
    CyclicBarrier start = new CyclicBarrier(2);
    try (Sequor first = Sequor.builder().url(schema.jdbcUrl()).poolSize(1).build();
        Sequor second = Sequor.builder().url(schema.jdbcUrl()).poolSize(1).build()) {
      List<Future<MigrationReport>> runs = new ArrayList<>();
      for (Sequor db : List.of(first, second)) {
        Migrator migrator = db.migrator(folder);
        runs.add(threads.submit(() -> {
          start.await();
          return migrator.migrate();
        }));
      }
      List<String> applied = new ArrayList<>();
      for (Future<MigrationReport> run : runs) {
        run.get().steps().stream().map(Step::name).forEach(applied::add); // throws if a run failed
      }

      assertEquals(List.of(CREATE, INDEX), applied.stream().sorted().toList());
      assertEquals(List.of("1"), schema.strings("SELECT count(*) FROM \"runs\""));
      assertEquals(List.of(CREATE, INDEX), schema.strings("SELECT name FROM \"SequorMeta\" ORDER BY name"));
    } finally {
      threads.shutdownNow();
    }
  }

  @Test
  void aRunnerThatWaits_thenFindsNothingPending_whileTheHolderCreatesAnIndexConcurrently() throws Exception {
    CountDownLatch holderHasLock = new CountDownLatch(1);
    CountDownLatch waiterIsWaiting = new CountDownLatch(1);
    List<String> waiterEvents = new ArrayList<>();
    ExecutorService threads = Executors.newFixedThreadPool(2);
    try (Sequor first = Sequor.builder().url(schema.jdbcUrl()).poolSize(1).build();
        Sequor second = Sequor.builder().url(schema.jdbcUrl()).poolSize(1).build()) {
      MigrationRunner holder = new MigrationRunner(first.dataSource(), MigrationSource.directory(folder),
          new MigrationRunner.Events() {
            @Override
            public void lockAcquired() {
              holderHasLock.countDown();
            }

            @Override
            public void beforeMigration(String name, boolean up) {
              try {
                // apply only once the other runner is certainly waiting: the index below is then created
                // concurrently while it polls for the lock (blocking in pg_advisory_lock would deadlock here)
                waiterIsWaiting.await();
              } catch (InterruptedException e) {
                throw new IllegalStateException(e);
              }
            }
          });
      MigrationRunner waiter = new MigrationRunner(second.dataSource(), MigrationSource.directory(folder),
          new MigrationRunner.Events() {
            @Override
            public void waitingForLock() {
              waiterEvents.add("waiting");
              waiterIsWaiting.countDown();
            }

            @Override
            public void lockAcquired() {
              waiterEvents.add("acquired");
            }

            @Override
            public void beforeMigration(String name, boolean up) {
              waiterEvents.add("apply " + name);
            }
          });

      Future<MigrationReport> holding = threads.submit(() -> holder.migrate());
      holderHasLock.await();
      Future<MigrationReport> waiting = threads.submit(() -> waiter.migrate());

      assertEquals(List.of(CREATE, INDEX), holding.get().steps().stream().map(Step::name).toList());
      assertEquals(List.of(), waiting.get().steps());
      assertEquals(List.of("waiting", "acquired"), waiterEvents);
      assertEquals(List.of("runs_id"), schema.strings("SELECT indexname FROM pg_indexes WHERE schemaname ="
          + " current_schema() AND tablename = 'runs'"));
    } finally {
      threads.shutdownNow();
    }
  }

  @Test
  void statusNeverWaitsForTheLock(Sequor db) throws Exception {
    long key = MigrationRunner.HISTORY.lockKey(schema.name());
    try (Connection other = DriverManager.getConnection(schema.jdbcUrl());
        Statement statement = other.createStatement()) {
      statement.execute("SELECT pg_advisory_lock(" + key + ")");

      List<MigrationInfo> status = db.migrator(folder).status();

      assertEquals(2, status.size());
      assertTrue(status.stream().allMatch(s -> s.state() == MigrationInfo.State.PENDING));
    }
  }

  @Test
  void undoWaitsForTheLockToo(Sequor db) throws Exception {
    Migrator migrator = db.migrator(folder);
    migrator.migrate();
    CountDownLatch waiting = new CountDownLatch(1);
    MigrationRunner runner = new MigrationRunner(db.dataSource(), MigrationSource.directory(folder),
        new MigrationRunner.Events() {
          @Override
          public void waitingForLock() {
            waiting.countDown();
          }
        });
    ExecutorService thread = Executors.newSingleThreadExecutor();
    try (Connection other = DriverManager.getConnection(schema.jdbcUrl());
        Statement statement = other.createStatement()) {
      statement.execute("SELECT pg_advisory_lock(" + MigrationRunner.HISTORY.lockKey(schema.name()) + ")");
      Future<MigrationReport> undo = thread.submit(() -> runner.undoAll());
      waiting.await();
      assertEquals(List.of(CREATE, INDEX), schema.strings("SELECT name FROM \"SequorMeta\" ORDER BY name"));

      statement.execute("SELECT pg_advisory_unlock(" + MigrationRunner.HISTORY.lockKey(schema.name()) + ")");

      assertEquals(List.of(INDEX, CREATE), undo.get().steps().stream().map(Step::name).toList());
    } finally {
      thread.shutdownNow();
    }
  }

  @Test
  void theLockKeyIsStableAndDependsOnTheSchema() {
    // runs of every Sequor version must exclude each other: the first 8 bytes of SHA-256 over
    // sequor-migrations:"public"."SequorMeta"
    assertEquals(-6678508989264325514L, MigrationRunner.HISTORY.lockKey("public"));
    assertNotEquals(MigrationRunner.HISTORY.lockKey("public"), MigrationRunner.HISTORY.lockKey("shop"));
  }
}
