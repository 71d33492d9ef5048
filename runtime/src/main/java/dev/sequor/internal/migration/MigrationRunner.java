package dev.sequor.internal.migration;

import dev.sequor.internal.Cleanup;
import dev.sequor.internal.ConnectionLoss;
import dev.sequor.internal.format.MigrationFormat;
import dev.sequor.internal.history.History;
import dev.sequor.internal.migration.SqlSplitter.Statement;
import dev.sequor.migration.MigrationException;
import dev.sequor.migration.MigrationInfo;
import dev.sequor.migration.MigrationInfo.State;
import dev.sequor.migration.MigrationReport;
import dev.sequor.migration.Migrator;
import dev.sequor.migration.MigrationReport.Step;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.stream.Collectors;
import javax.sql.DataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Runs migration commands, in Flyway's order: resolve the files, load the history, compute each migration's
 * state, take the advisory lock, load the history again (another runner may have just migrated), then apply or
 * revert each migration in a transaction of its own together with its history row.
 *
 * <p>One connection serves a whole command: it holds the session-level advisory lock and runs the migrations,
 * so the lock can never outlive the work, and a pool of one connection is enough. Logs each applied or reverted
 * migration at INFO on logger {@code dev.sequor.migration}, its statements at DEBUG.
 *
 * <p>The {@link Migrator} of {@link Migrations}.
 */
final class MigrationRunner implements Migrator {

  private static final Logger LOG = LoggerFactory.getLogger("dev.sequor.migration");

  /**
   * {@code "SequorMeta"} (the role of Sequelize's {@code SequelizeMeta}): one row per applied migration with its
   * file's checksum, when it was applied and how long it took.
   */
  static final History.Kind HISTORY = new History.Kind("SequorMeta", "applied_at", true, "migration",
      "sequor-migrations", LOG, (message, cause) -> new MigrationException(message, null, null,
          cause instanceof SQLException e ? e.getSQLState() : null, cause));
  private static final int STATEMENT_SHOWN = 2000;
  private static final String ROLLED_BACK = "was rolled back; the history is unchanged";
  /** The commit of a migration whose connection was lost: it committed with its history row, or neither did. */
  private static final String COMMIT_UNKNOWN = "may or may not have been committed: the connection was lost during"
      + " the commit, which applies the migration together with its history row or neither (status() tells which)";

  /** Points of a run, for tests (and for callbacks, should they become an API). */
  interface Events {
    Events NONE = new Events() {};

    /** Another run holds the lock; called once, before the first pause. */
    default void waitingForLock() {}

    /** The lock is held; the history is read next. */
    default void lockAcquired() {}

    /** About to apply ({@code up}) or revert a migration. */
    default void beforeMigration(String name, boolean up) {}
  }

  private final DataSource dataSource;
  private final MigrationSource source;
  private final Events events;

  MigrationRunner(DataSource dataSource, MigrationSource source, Events events) {
    this.dataSource = Objects.requireNonNull(dataSource, "dataSource");
    this.source = source;
    this.events = events;
  }

  /** Every known migration in name order; reads only (never creates the history table, never locks). */
  @Override
  public List<MigrationInfo> status() {
    List<MigrationFile> files = source.load();
    return withConnection("read the migration status", (connection, history) -> states(files, history.read()));
  }

  @Override
  public MigrationReport migrate() {
    return migrateTo(null);
  }

  @Override
  public MigrationReport migrate(String to) {
    return migrateTo(Objects.requireNonNull(to, "to"));
  }

  /** Applies the pending migrations in name order, up to and including {@code to} when it is not null. */
  private MigrationReport migrateTo(String to) {
    List<MigrationFile> files = source.load();
    String target = to == null ? null : migrationName(to);
    Map<String, MigrationScript> scripts = new HashMap<>();
    return withConnection("migrate", (connection, history) -> {
      List<MigrationFile> pending = pending(files, history.read(), target, false);
      pending.forEach(file -> scripts.computeIfAbsent(file.name(), name -> file.parse()));
      if (pending.isEmpty() && history.exists()) {
        LOG.info("Schema \"{}\" is up to date: no pending migrations", history.schema());
        return new MigrationReport(List.of());
      }
      return locked(history, () -> {
        history.createIfMissing();
        List<MigrationFile> todo = pending(files, history.read(), target, true);
        todo.forEach(file -> scripts.computeIfAbsent(file.name(), name -> file.parse()));
        if (todo.isEmpty()) {
          LOG.info("Schema \"{}\" is up to date: {}", history.schema(), pending.isEmpty() ? "no pending migrations"
              : "another run applied the pending migrations");
          return new MigrationReport(List.of());
        }
        LOG.info("Migrating schema \"{}\": {} pending migration{}", history.schema(), todo.size(),
            todo.size() == 1 ? "" : "s");
        List<Step> steps = new ArrayList<>();
        for (MigrationFile file : todo) {
          events.beforeMigration(file.name(), true);
          try {
            steps.add(apply(connection, history, file, scripts.get(file.name())));
          } catch (MigrationException e) {
            throw afterEarlierSteps(e, steps, "applied");
          }
        }
        return new MigrationReport(steps);
      });
    });
  }

  /** Reverts the last applied migration (the greatest name), if any. */
  @Override
  public MigrationReport undo() {
    return revert(null, false);
  }

  /** Reverts every applied migration, newest first. */
  @Override
  public MigrationReport undoAll() {
    return revert(null, true);
  }

  /** Reverts every applied migration, newest first, down to and including {@code to}. */
  @Override
  public MigrationReport undoAll(String to) {
    return revert(migrationName(Objects.requireNonNull(to, "to")), true);
  }

  private MigrationReport revert(String target, boolean all) {
    List<MigrationFile> files = source.load();
    Map<String, MigrationFile> byName = files.stream()
        .collect(Collectors.toMap(MigrationFile::name, Function.identity()));
    return withConnection("undo migrations", (connection, history) -> {
      if (!history.exists() && target == null) {
        LOG.info("Schema \"{}\" has no applied migrations: nothing to undo", history.schema());
        return new MigrationReport(List.of());
      }
      return locked(history, () -> {
        List<History.Row> applied = history.read();
        List<History.Row> chosen = chooseToRevert(applied, target, all, byName);
        if (chosen.isEmpty()) {
          LOG.info("Schema \"{}\" has no applied migrations: nothing to undo", history.schema());
          return new MigrationReport(List.of());
        }
        List<MigrationScript> scripts = new ArrayList<>();
        for (History.Row row : chosen) {
          scripts.add(revertible(row, byName.get(row.name())).parse());
        }
        List<Step> steps = new ArrayList<>();
        for (int i = 0; i < chosen.size(); i++) {
          MigrationFile file = byName.get(chosen.get(i).name());
          events.beforeMigration(file.name(), false);
          try {
            steps.add(unapply(connection, history, file, scripts.get(i)));
          } catch (MigrationException e) {
            throw afterEarlierSteps(e, steps, "reverted");
          }
        }
        return new MigrationReport(steps);
      });
    });
  }

  /** Records the current checksum of an applied migration's changed file. */
  @Override
  public void acceptChecksum(String name) {
    String target = migrationName(Objects.requireNonNull(name, "name"));
    MigrationFile file = source.load().stream().filter(f -> f.name().equals(target)).findFirst()
        .orElseThrow(() -> new MigrationException("No migration file " + target + " in " + source.describe()
            + "; there is no new checksum to accept", target));
    withConnection("accept the checksum of " + target, (connection, history) -> locked(history, () -> {
      History.Row row = history.read().stream().filter(r -> r.name().equals(target)).findFirst()
          .orElseThrow(() -> new MigrationException(target + " is not applied to schema \"" + history.schema()
              + "\", so it has no checksum to accept (migrate applies it)", target));
      if (row.checksum().equals(file.checksum())) {
        LOG.info("{} is unchanged since it was applied: nothing to accept", target);
      } else {
        history.updateChecksum(target, file.checksum());
        LOG.info("Accepted the changed file {}: checksum {} replaces {}", target, file.checksum(), row.checksum());
      }
      return null;
    }));
  }

  // ---------------------------------------------------------------------------------------------- states

  static List<MigrationInfo> states(List<MigrationFile> files, List<History.Row> applied) {
    Map<String, MigrationFile> byName = files.stream()
        .collect(Collectors.toMap(MigrationFile::name, Function.identity()));
    Map<String, History.Row> rows = applied.stream()
        .collect(Collectors.toMap(History.Row::name, Function.identity()));
    TreeSet<String> names = new TreeSet<>(byName.keySet());
    names.addAll(rows.keySet());
    List<MigrationInfo> states = new ArrayList<>();
    for (String name : names) {
      MigrationFile file = byName.get(name);
      History.Row row = rows.get(name);
      if (row == null) {
        states.add(new MigrationInfo(name, State.PENDING, null, null));
      } else {
        State state = file == null ? State.MISSING
            : file.checksum().equals(row.checksum()) ? State.APPLIED : State.CHANGED;
        states.add(new MigrationInfo(name, state, row.at().toInstant(), row.duration()));
      }
    }
    return states;
  }

  /**
   * The migrations to apply, refusing when an applied file changed. Before the lock, a {@code target} that is
   * already applied is an error; under the lock it only means that another run got there first.
   */
  private List<MigrationFile> pending(List<MigrationFile> files, List<History.Row> applied, String target,
      boolean underLock) {
    List<MigrationInfo> states = states(files, applied);
    List<MigrationInfo> changed = states.stream().filter(s -> s.state() == State.CHANGED).toList();
    if (!changed.isEmpty()) {
      throw changedRefusal(files, changed);
    }
    if (!underLock) {
      List<String> missing = states.stream().filter(s -> s.state() == State.MISSING).map(MigrationInfo::name).toList();
      if (!missing.isEmpty()) {
        LOG.warn("Applied migration{} without a file in {}: {}", missing.size() == 1 ? "" : "s", source.describe(),
            String.join(", ", missing));
      }
    }
    List<String> pendingNames = states.stream().filter(s -> s.state() == State.PENDING).map(MigrationInfo::name)
        .toList();
    Set<String> isPending = Set.copyOf(pendingNames);
    List<MigrationFile> pending = files.stream().filter(f -> isPending.contains(f.name())).toList();
    if (target == null) {
      return pending;
    }
    MigrationInfo targetState = states.stream().filter(s -> s.name().equals(target)).findFirst().orElse(null);
    if (targetState == null || targetState.state() == State.MISSING) {
      throw new MigrationException("No migration " + target + " in " + source.describe() + " to migrate to; "
          + listing("pending", pendingNames), target);
    }
    if (targetState.state() != State.PENDING && !underLock) {
      throw new MigrationException(target + " is already applied (at " + targetState.appliedAt() + "); "
          + listing("pending", pendingNames), target);
    }
    return pending.stream().filter(f -> f.name().compareTo(target) <= 0).toList();
  }

  private MigrationException changedRefusal(List<MigrationFile> files, List<MigrationInfo> changed) {
    StringBuilder message = new StringBuilder("Refusing to migrate: ")
        .append(changed.size() == 1 ? "an applied migration was" : changed.size() + " applied migrations were")
        .append(" changed after being applied (the file's checksum differs from the one recorded in \"")
        .append(HISTORY.table()).append("\"):");
    for (MigrationInfo info : changed) {
      String location = files.stream().filter(f -> f.name().equals(info.name())).findFirst()
          .map(MigrationFile::location).orElse(info.name());
      message.append("\n  ").append(location);
    }
    String first = changed.get(0).name();
    message.append("\nDatabases that already ran a migration never see a change to it: restore the file and write a"
        + " new migration for the change. If the change is deliberate and the database already matches the new file,"
        + " accept its checksum: acceptChecksum(\"").append(first).append("\").");
    return new MigrationException(message.toString(), first);
  }

  private List<History.Row> chooseToRevert(List<History.Row> applied, String target, boolean all,
      Map<String, MigrationFile> files) {
    if (applied.isEmpty() && target == null) {
      return List.of();
    }
    List<String> names = applied.stream().map(History.Row::name).toList();
    int from;
    if (!all) {
      from = applied.size() - 1;
    } else if (target == null) {
      from = 0;
    } else {
      from = names.indexOf(target);
      if (from < 0) {
        throw new MigrationException((files.containsKey(target) ? target + " is not applied" : "No applied migration "
            + target) + ", so there is nothing to undo down to; " + listing("applied", names), target);
      }
    }
    List<History.Row> chosen = new ArrayList<>(applied.subList(from, applied.size()));
    Collections.reverse(chosen);
    return chosen;
  }

  /** The file to run the down section of; refuses when it is missing or changed. */
  private MigrationFile revertible(History.Row row, MigrationFile file) {
    if (file == null) {
      throw new MigrationException("Cannot undo " + row.name() + ": its file is not in " + source.describe()
          + " (deleted or renamed?), so its down section is unknown. Restore the file and undo again; nothing was"
          + " undone.", row.name());
    }
    if (!file.checksum().equals(row.checksum())) {
      throw new MigrationException("Cannot undo " + row.name() + ": " + file.location() + " changed after it was"
          + " applied, so its down section may not revert what was applied. Restore the file, or, if the new down"
          + " section is right, accept the change with acceptChecksum(\"" + row.name() + "\") and undo again;"
          + " nothing was undone.", row.name());
    }
    return file;
  }

  // ------------------------------------------------------------------------------------------- execution

  private Step apply(Connection connection, History history, MigrationFile file, MigrationScript script)
      throws SQLException {
    long start = System.nanoTime();
    Duration duration = run(connection, file, "up", script, () -> {
      Duration elapsed = Duration.ofNanos(System.nanoTime() - start);
      record(file, "record", () -> history.insert(file.name(), file.checksum(), elapsed));
      return elapsed;
    });
    LOG.info("Applied {} ({} ms)", file.name(), duration.toMillis());
    return new Step(file.name(), true, duration);
  }

  private Step unapply(Connection connection, History history, MigrationFile file, MigrationScript script)
      throws SQLException {
    long start = System.nanoTime();
    Duration duration = run(connection, file, "down", script, () -> {
      Duration elapsed = Duration.ofNanos(System.nanoTime() - start);
      record(file, "remove", () -> history.delete(file.name()));
      return elapsed;
    });
    LOG.info("Reverted {} ({} ms)", file.name(), duration.toMillis());
    return new Step(file.name(), false, duration);
  }

  @FunctionalInterface
  private interface SqlAction<T> {
    T run() throws SQLException;
  }

  @FunctionalInterface
  private interface HistoryWrite {
    void run() throws SQLException;
  }

  /** Runs a section, then {@code finish} (the history write): in one transaction unless the file says otherwise. */
  private Duration run(Connection connection, MigrationFile file, String section, MigrationScript script,
      SqlAction<Duration> finish) throws SQLException {
    List<Statement> statements = section.equals("up") ? script.up() : script.down();
    if (!script.transactional()) {
      execute(connection, file, section, statements, false);
      return finish.run();
    }
    connection.setAutoCommit(false);
    Throwable failure = null;
    try {
      execute(connection, file, section, statements, true);
      Duration duration = finish.run();
      try {
        connection.commit();
      } catch (SQLException e) {
        // deferred constraints are checked at commit; a connection lost then leaves the outcome unknown
        throw failed(file, section, "COMMIT", "at the end of its " + section + " section", e, true,
            ConnectionLoss.is(e.getSQLState()) ? COMMIT_UNKNOWN : ROLLED_BACK);
      }
      return duration;
    } catch (Throwable e) {
      failure = e;
      Cleanup.afterFailure(e, connection::rollback);
      throw e;
    } finally {
      // on a lost connection this fails too, and must not replace the failure that says which statement met it
      Cleanup.after(failure, () -> connection.setAutoCommit(true));
    }
  }

  private void execute(Connection connection, MigrationFile file, String section, List<Statement> statements,
      boolean transactional) {
    for (int i = 0; i < statements.size(); i++) {
      Statement statement = statements.get(i);
      LOG.debug("{}:{}: {}", file.name(), statement.line(), statement.sql());
      try (java.sql.Statement jdbc = connection.createStatement()) {
        jdbc.setEscapeProcessing(false); // the SQL goes to PostgreSQL as written: no JDBC {fn ..} escapes
        jdbc.execute(statement.sql());
      } catch (SQLException e) {
        throw failed(file, section, statement.sql(), "at statement " + (i + 1) + " of " + statements.size()
            + " of its " + section + " section (" + file.location() + ":" + statement.line() + ")", e, transactional,
            transactional ? ROLLED_BACK : notRolledBack(section, i, ConnectionLoss.is(e.getSQLState())));
      }
    }
  }

  private static void record(MigrationFile file, String verb, HistoryWrite write) {
    try {
      write.run();
    } catch (SQLException e) {
      throw new MigrationException("Unable to " + verb + " " + file.name() + " in the history table \""
          + HISTORY.table() + "\": " + e.getMessage() + " [SQLState " + e.getSQLState() + "]", file.name(), null,
          e.getSQLState(), e);
    }
  }

  /**
   * What became of a migration outside a transaction whose statement {@code statementsDone + 1} failed; when the
   * connection was {@code lost}, that statement itself may have taken effect.
   */
  private static String notRolledBack(String section, int statementsDone, boolean lost) {
    String done = statementsDone == 0 ? (lost ? "" : "none of its statements ran")
        : "its first " + (statementsDone == 1 ? "statement stays" : statementsDone + " statements stay") + " in effect";
    String unknown = lost ? (statementsDone == 0 ? "whether the first statement" : " and whether the next one")
        + " took effect is unknown (the connection was lost while it ran)" : "";
    return "is not recorded as " + (section.equals("up") ? "applied" : "reverted") + ". It runs outside a"
        + " transaction (" + MigrationFormat.NO_TRANSACTION + "), so " + done + unknown
        + (statementsDone == 0 && !lost ? ""
            : ": undo them by hand or make the statements idempotent (IF NOT EXISTS) before running again");
  }

  private static MigrationException failed(MigrationFile file, String section, String sql, String where,
      SQLException e, boolean transactional, String outcome) {
    StringBuilder message = new StringBuilder("Migration ").append(file.name()).append(" failed ").append(where)
        .append(" and ").append(outcome).append(".\n  Statement:\n    ")
        .append(shorten(sql).replace("\n", "\n    "))
        .append("\n  PostgreSQL: ").append(String.valueOf(e.getMessage()).strip().replace("\n", "\n  "))
        .append(" [SQLState ").append(e.getSQLState()).append(']');
    if ("25001".equals(e.getSQLState()) && transactional) {
      message.append("\n  This statement cannot run inside a transaction: put ")
          .append(MigrationFormat.NO_TRANSACTION).append(" on a line before ").append(MigrationFormat.UP)
          .append(" to run the migration statement by statement, outside a transaction.");
    }
    return new MigrationException(message.toString(), file.name(), sql, e.getSQLState(), e);
  }

  private static String shorten(String sql) {
    return sql.length() <= STATEMENT_SHOWN ? sql : sql.substring(0, STATEMENT_SHOWN) + " …";
  }

  private static MigrationException afterEarlierSteps(MigrationException e, List<Step> steps, String verb) {
    if (steps.isEmpty()) {
      return e;
    }
    String earlier = steps.stream().map(Step::name).collect(Collectors.joining(", "));
    MigrationException wrapped = new MigrationException(e.getMessage() + "\nEarlier in this run, and still " + verb
        + ": " + earlier + ".", e.migration(), e.statement(), e.sqlState(), e.getCause());
    wrapped.setStackTrace(e.getStackTrace());
    for (Throwable suppressed : e.getSuppressed()) {
      wrapped.addSuppressed(suppressed);
    }
    return wrapped;
  }

  // --------------------------------------------------------------------------------- connection and lock

  private <T> T withConnection(String purpose, History.Session<T> work) {
    return History.withConnection(dataSource, HISTORY, purpose, work);
  }

  private <T> T locked(History history, History.Locked<T> work) throws SQLException, InterruptedException {
    return history.locked(events::waitingForLock, () -> {
      events.lockAcquired();
      return work.run();
    });
  }

  /** {@code name} or {@code name.sql}. */
  static String migrationName(String name) {
    String trimmed = name.strip();
    return trimmed.endsWith(MigrationFormat.EXTENSION) ? trimmed : trimmed + MigrationFormat.EXTENSION;
  }

  private static String listing(String what, List<String> names) {
    return names.isEmpty() ? "no migration is " + what : what + ": " + String.join(", ", names);
  }
}
