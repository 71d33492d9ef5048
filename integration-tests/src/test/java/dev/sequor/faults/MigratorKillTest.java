package dev.sequor.faults;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.sequor.Sequor;
import dev.sequor.migration.MigrationReport;
import dev.sequor.migration.Migrator;
import dev.sequor.testing.SequorTest;
import dev.sequor.testing.TestDatabase;
import java.nio.file.Path;
import java.sql.Connection;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * A migrator in a JVM of its own, killed with SIGKILL at a random moment of its run, {@value #KILLS} times. After
 * each kill the schema holds exactly what a prefix of the migrations made, with the history naming that prefix; no
 * advisory lock is left; and the next run completes the schema. Each kill starts from an empty schema: the next run
 * completes it, then {@code undoAll} empties it again.
 *
 * <p>The delays come from a {@link Random} whose seed is printed; {@code -Dsequor.faults.seed=<seed>} replays them.
 */
@SequorTest(migrate = false, truncate = false)
class MigratorKillTest {

  private static final int KILLS = 20;
  /** Kills after "go" land uniformly in this window, which covers a whole run on this machine and a little after. */
  private static final int WINDOW_MILLIS = 650;
  /** One kill in eight lands here instead: the run's start, where it reads the history and takes the lock. */
  private static final int START_MILLIS = 60;
  private static final Duration BACKEND_GONE = Duration.ofSeconds(10);
  private static final Duration NEXT_RUN = Duration.ofSeconds(15);
  private static final String AFTER_THE_LAST = "after the last commit";

  private static final MigrationSpec ACCOUNTS = MigrationSpec.of("20260101000001-create-accounts.sql", List.of(
      "CREATE TYPE account_kind AS ENUM ('person', 'company')",
      "CREATE TABLE accounts (id BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY, name TEXT NOT NULL,"
          + " kind account_kind NOT NULL)",
      "SELECT pg_sleep(0.1)",
      "INSERT INTO accounts (name, kind) VALUES ('first', 'person'), ('second', 'company')",
      "CREATE UNIQUE INDEX accounts_name ON accounts (name)"), List.of(
      "DROP TABLE accounts",
      "DROP TYPE account_kind"));
  private static final MigrationSpec ORDERS = MigrationSpec.of("20260101000002-create-orders.sql", List.of(
      "CREATE TABLE orders (id BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,"
          + " account_id BIGINT NOT NULL REFERENCES accounts (id), total NUMERIC(12, 2) NOT NULL)",
      "INSERT INTO orders (account_id, total) SELECT id, 10 * id FROM accounts ORDER BY id",
      "SELECT pg_sleep(0.1)",
      "ALTER TABLE accounts ADD COLUMN order_count INT NOT NULL DEFAULT 0",
      "UPDATE accounts SET order_count = order_count + 1",
      "CREATE INDEX orders_account ON orders (account_id)"), List.of(
      "DROP TABLE orders",
      "ALTER TABLE accounts DROP COLUMN order_count"));
  /**
   * Runs statement by statement in autocommit, its history row written after the last: a kill may leave its first
   * statements in effect and no row (with PostgreSQL's default settings a killed client's backend finishes the
   * statement it is running, so a kill during the slow last statement leaves them all, still without the row). Its statements are idempotent, so the
   * next run, which runs it again from the first statement, completes it: the rule for such files.
   */
  private static final MigrationSpec ORDERS_INDEX = MigrationSpec.noTransaction("20260101000003-index-orders.sql",
      List.of(
          "CREATE INDEX CONCURRENTLY IF NOT EXISTS orders_total ON orders (total)",
          "SELECT pg_sleep(0.05)",
          "DO $$ BEGIN PERFORM pg_sleep(0.1); ALTER TABLE orders ADD COLUMN IF NOT EXISTS note TEXT; END $$"), List.of(
          "ALTER TABLE orders DROP COLUMN IF EXISTS note",
          "DROP INDEX CONCURRENTLY IF EXISTS orders_total"));
  private static final MigrationSpec AUDIT = MigrationSpec.of("20260101000004-create-audit.sql", List.of(
      "CREATE TABLE audit (id SERIAL PRIMARY KEY, entry TEXT NOT NULL)",
      "INSERT INTO audit (entry) SELECT 'order ' || id FROM orders ORDER BY id",
      "SELECT pg_sleep(0.1)",
      "ALTER TABLE orders ADD CONSTRAINT orders_total_positive CHECK (total > 0)",
      "INSERT INTO audit (entry) VALUES ('checked')"), List.of(
      "ALTER TABLE orders DROP CONSTRAINT orders_total_positive",
      "DROP TABLE audit"));
  private static final List<MigrationSpec> MIGRATIONS = List.of(ACCOUNTS, ORDERS, ORDERS_INDEX, AUDIT);
  private static final List<String> NAMES = MigrationSpec.names(MIGRATIONS);

  /**
   * A schema content a run may leave, and for each history that may go with it, where the run was: a kill that
   * leaves any other pair broke atomicity.
   */
  private record Allowed(List<String> content, Map<List<String>, String> histories) {}

  private Connection check;
  private String schema;
  private List<Allowed> allowed;
  private SchemaState empty;
  private SchemaState full;
  private final Map<String, Integer> landed = new TreeMap<>();
  private Duration slowestBackend = Duration.ZERO;
  private Duration slowestNextRun = Duration.ZERO;

  @Test
  @Timeout(value = 120, unit = TimeUnit.SECONDS) // 25 to 35 s on 2 cores shared with other builds; a hang fails
  void aMigratorKilledAtRandomMomentsLeavesAPrefixOfTheMigrations_noLock_andTheNextRunCompletesIt(
      TestDatabase database, @TempDir Path folder) throws Exception {
    long seed = Long.getLong("sequor.faults.seed", System.nanoTime());
    System.out.println("MigratorKillTest: seed " + seed + " (replay with -Dsequor.faults.seed=" + seed + ")");
    Random random = new Random(seed);
    MigrationSpec.write(folder, MIGRATIONS);
    schema = database.schema();
    int runs = 0;
    int kills = 0;
    boolean passed = false;
    long start = System.nanoTime();
    MigratorProcess spare = null;
    try (Connection connection = database.sequor().dataSource().getConnection();
        Sequor next = Sequor.builder().url(Backends.named(database.jdbcUrl(), Backends.newName("next")))
            .poolSize(1).build()) {
      check = connection;
      allowed = allowedStates();
      empty = new SchemaState(allowed.get(0).content(), List.of());
      full = new SchemaState(allowed.get(allowed.size() - 1).content(), NAMES);
      Migrator nextRun = next.migrator(folder);
      while (kills < KILLS) {
        runs++;
        assertTrue(runs <= KILLS + 10, "too many runs finished before their kill; seed " + seed);
        MigratorProcess victim = spare != null ? spare : MigratorProcess.start(database, folder, "kill");
        spare = null;
        try (ChildJvm jvm = victim.jvm()) {
          victim.awaitReady(check);
          int delay = random.nextInt(8) == 0 ? random.nextInt(START_MILLIS) : random.nextInt(WINDOW_MILLIS);
          jvm.send("go");
          Thread.sleep(delay);
          int exit = jvm.kill();
          // the next child starts up while this one's end is checked (not while it runs: the machine has 2 cores)
          spare = kills + 1 < KILLS ? MigratorProcess.start(database, folder, "kill") : null;
          String context = "run " + runs + ", seed " + seed + ", killed " + delay + " ms after go";
          if (exit == 0) {
            landed.merge("finished before its kill (not counted)", 1, Integer::sum);
            assertEquals(full, SchemaState.read(check, schema), context);
          } else {
            assertEquals(ChildJvm.KILLED_BY_SIGKILL, exit, context + ": not SIGKILL's exit code\n" + jvm.output());
            kills++;
            checkWhatTheKillLeft(victim, jvm.output(), context);
          }
          completeThenEmpty(nextRun, context);
        }
      }
      passed = true;
    } finally {
      if (spare != null) {
        spare.jvm().close();
      }
      FaultFigures.record("migrator killed (SIGKILL) at a random moment", kills, passed ? 0 : 1,
          "seed " + seed + "; " + runs + " runs in " + Duration.ofNanos(System.nanoTime() - start).toMillis()
              + " ms; landed: " + landed + "; killed backend gone within " + slowestBackend.toMillis()
              + " ms; next run within " + slowestNextRun.toMillis() + " ms");
    }
  }

  /**
   * Once the killed run's backend is gone: no advisory lock is held, and the schema and its history are a pair some
   * prefix of the migrations leaves.
   */
  private void checkWhatTheKillLeft(MigratorProcess victim, String output, String context) throws Exception {
    Duration gone = Backends.awaitGone(check, victim.applicationName(), BACKEND_GONE);
    slowestBackend = gone.compareTo(slowestBackend) > 0 ? gone : slowestBackend;
    assertEquals(List.of(), Backends.advisoryLocks(check), context + ": an advisory lock is held after the kill");

    SchemaState state = SchemaState.read(check, schema);
    Allowed found = allowed.stream().filter(a -> a.content().equals(state.content())).findFirst()
        .orElseThrow(() -> new AssertionError(context + ": the schema is not what any prefix of the migrations"
            + " makes:\n  " + String.join("\n  ", state.content()) + "\nchild output:\n" + output));
    String where = found.histories().get(state.history());
    assertTrue(where != null, context + ": the history " + state.history() + " does not go with the schema, which"
        + " only these histories go with: " + found.histories().keySet() + "\nchild output:\n" + output);
    landed.merge(refine(where, output), 1, Integer::sum);
  }

  /** The next run applies exactly what the history lacks, promptly, and reaches the full schema; undoAll empties it. */
  private void completeThenEmpty(Migrator nextRun, String context) throws Exception {
    SchemaState before = SchemaState.read(check, schema);
    long start = System.nanoTime();
    MigrationReport report = nextRun.migrate();
    Duration took = Duration.ofNanos(System.nanoTime() - start);
    slowestNextRun = took.compareTo(slowestNextRun) > 0 ? took : slowestNextRun;
    assertTrue(took.compareTo(NEXT_RUN) < 0, context + ": the next run took " + took);
    assertEquals(NAMES.subList(before.history().size(), NAMES.size()),
        report.steps().stream().map(MigrationReport.Step::name).toList(), context + ": the next run applied");
    assertEquals(full, SchemaState.read(check, schema), context + ": the next run did not complete the schema");

    nextRun.undoAll();
    assertEquals(empty, SchemaState.read(check, schema), context + ": undoAll did not empty the schema");
  }

  /**
   * Where a kill landed, from the state it left and what the child printed: before its "Migrating schema" line it
   * had not taken the lock (or had only just), after its last line it had returned.
   */
  private static String refine(String where, String output) {
    if (where.equals(AFTER_THE_LAST) && output.lines().anyMatch(MigratorMain.DONE::equals)) {
      return "after the run returned";
    }
    if (where.equals(inside(MIGRATIONS.get(0))) && output.lines().noneMatch(l -> l.contains(MigratorProcess.MIGRATING))) {
      return "before migrating (reading the history, taking the lock)";
    }
    return where;
  }

  private static String inside(MigrationSpec migration) {
    return "inside " + migration.name().substring(0, 14);
  }

  /**
   * The states a killed run may leave, in order: the statements of each migration run one by one on the test's own
   * connection (no migrator involved), the content read at each point a kill may stop at (a transactional
   * migration's end; every statement of a no-transaction one, whose history row comes after its last), then
   * reverted by the down sections.
   */
  private List<Allowed> allowedStates() throws Exception {
    Map<List<String>, Allowed> states = new LinkedHashMap<>();
    add(states, SchemaState.read(check, schema).content(), List.of(), inside(MIGRATIONS.get(0)));
    for (int i = 0; i < MIGRATIONS.size(); i++) {
      MigrationSpec migration = MIGRATIONS.get(i);
      List<String> before = NAMES.subList(0, i);
      for (int s = 0; s < migration.up().size(); s++) {
        SchemaState.execute(check, migration.up().get(s));
        if (!migration.transactional()) {
          add(states, SchemaState.read(check, schema).content(), before, inside(migration)
              + (s + 1 < migration.up().size() ? " (no-transaction), part applied" : ", before its history row"));
        }
      }
      add(states, SchemaState.read(check, schema).content(), NAMES.subList(0, i + 1),
          i + 1 < MIGRATIONS.size() ? inside(MIGRATIONS.get(i + 1)) : AFTER_THE_LAST);
    }
    for (int i = MIGRATIONS.size() - 1; i >= 0; i--) {
      for (String statement : MIGRATIONS.get(i).down()) {
        SchemaState.execute(check, statement);
      }
    }
    List<Allowed> allowed = List.copyOf(states.values());
    assertEquals(allowed.get(0).content(), SchemaState.read(check, schema).content(), "the down sections revert");
    assertTrue(allowed.size() >= MIGRATIONS.size() + 1, "each migration changes the schema: " + allowed);
    return allowed;
  }

  /** Adds a state, or another history to an identical state (after a statement that changed nothing). */
  private static void add(Map<List<String>, Allowed> states, List<String> content, List<String> history,
      String where) {
    Allowed known = states.computeIfAbsent(content, c -> new Allowed(c, new LinkedHashMap<>()));
    known.histories().putIfAbsent(List.copyOf(history), where);
  }
}
