package dev.sequor.internal.seed;

import dev.sequor.Sequor;
import dev.sequor.internal.Database;
import dev.sequor.internal.format.SeederIndexFile;
import dev.sequor.internal.history.History;
import dev.sequor.internal.seed.SeederIndex.Entry;
import dev.sequor.seed.SeedException;
import dev.sequor.seed.SeedReport;
import dev.sequor.seed.SeedReport.Action;
import dev.sequor.seed.SeedReport.Step;
import dev.sequor.seed.Seeder;
import dev.sequor.seed.SeederInfo;
import dev.sequor.seed.SeederInfo.State;
import dev.sequor.seed.SeederRunner;
import java.lang.reflect.InvocationTargetException;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Runs seeder commands, as the migration runner runs migrations: read the index, take the advisory lock on one
 * connection, read the history, then run each seeder in a transaction of its own on that connection together
 * with its history row. The connection is the thread's transaction of the {@link Sequor}'s database while a
 * seeder runs, so the repositories the seeder gets join it; a pool of one connection is enough.
 *
 * <p>The {@link SeederRunner} of {@link Seeders}.
 */
final class SeederEngine implements SeederRunner {

  private static final Logger LOG = LoggerFactory.getLogger("dev.sequor.seed");

  /**
   * {@code "SequorData"} (the role of Sequelize's {@code SequelizeData}): one row per seeder that ran, with when and
   * how long.
   */
  static final History.Kind HISTORY = new History.Kind("SequorData", "run_at", false, "seeder", "sequor-seeders", LOG,
      (message, cause) -> new SeedException(message, null, null, 0, null, cause));

  private final Sequor sequor;
  private final Database database;
  private final ClassLoader loader;
  private final String environment;
  private final boolean tracked;

  SeederEngine(Sequor sequor, Database database, ClassLoader loader, String environment, boolean tracked) {
    this.sequor = sequor;
    this.database = database;
    this.loader = loader;
    this.environment = environment;
    this.tracked = tracked;
  }

  @Override
  public SeederRunner untracked() {
    return tracked ? new SeederEngine(sequor, database, loader, environment, false) : this;
  }

  @Override
  public boolean tracked() {
    return tracked;
  }

  @Override
  public String environment() {
    return environment;
  }

  // ---------------------------------------------------------------------------------------------- status

  @Override
  public List<SeederInfo> status() {
    List<Entry> entries = SeederIndex.load(loader);
    return withConnection("read the seeder status",
        (connection, history) -> states(entries, tracked ? history.read() : List.of()));
  }

  private List<SeederInfo> states(List<Entry> entries, List<History.Row> ran) {
    Map<String, Entry> byName = entries.stream().collect(Collectors.toMap(Entry::name, Function.identity()));
    Map<String, History.Row> rows = ran.stream().collect(Collectors.toMap(History.Row::name,
        Function.identity()));
    Set<String> names = new TreeSet<>(byName.keySet());
    names.addAll(rows.keySet());
    List<SeederInfo> states = new ArrayList<>();
    for (String name : names) {
      Entry entry = byName.get(name);
      History.Row row = rows.get(name);
      if (row != null) {
        states.add(new SeederInfo(name, entry == null ? null : entry.className(),
            entry == null ? List.of() : entry.environments(), entry == null ? State.MISSING : State.SEEDED,
            row.at().toInstant(), row.duration()));
      } else {
        states.add(new SeederInfo(name, entry.className(), entry.environments(),
            entry.runsIn(environment) ? State.PENDING : State.SKIPPED, null, null));
      }
    }
    return states;
  }

  // ------------------------------------------------------------------------------------------------- up

  @Override
  public SeedReport seedAll() {
    List<Entry> entries = SeederIndex.load(loader);
    return withConnection("seed", (connection, history) -> locked(history, () -> {
      Set<String> ran = ran(history);
      List<Entry> todo = entries.stream().filter(e -> !ran.contains(e.name())).toList();
      if (todo.isEmpty()) {
        LOG.info("Schema \"{}\": {}", history.schema(), entries.isEmpty() ? "no seeders in " + indexName()
            : "every seeder has run");
        return new SeedReport(List.of());
      }
      return runAll(connection, history, todo, true);
    }));
  }

  @Override
  public SeedReport seed(String name) {
    Objects.requireNonNull(name, "name");
    List<Entry> entries = SeederIndex.load(loader);
    String target = name.strip();
    Entry entry = entries.stream().filter(e -> e.name().equals(target)).findFirst()
        .orElseThrow(() -> new SeedException("No seeder " + target + " in " + indexName() + "; "
            + listing(entries.stream().map(Entry::name).toList()), target));
    return withConnection("seed " + target, (connection, history) -> locked(history, () -> {
      if (ran(history).contains(target)) {
        LOG.info("Seeder {} has already run: nothing to do (undo it first to run it again)", target);
        return new SeedReport(List.of());
      }
      return runAll(connection, history, List.of(entry), true);
    }));
  }

  // ----------------------------------------------------------------------------------------------- down

  @Override
  public SeedReport undo() {
    return undoOne(null);
  }

  @Override
  public SeedReport undo(String name) {
    return undoOne(Objects.requireNonNull(name, "name"));
  }

  /** Undoes {@code name}, or the last seeder that ran when it is null. */
  private SeedReport undoOne(String name) {
    List<Entry> entries = SeederIndex.load(loader);
    Map<String, Entry> byName = entries.stream().collect(Collectors.toMap(Entry::name, Function.identity()));
    return withConnection("undo seeders", (connection, history) -> locked(history, () -> {
      List<String> ran = tracked ? history.read().stream().map(History.Row::name).toList()
          : entries.stream().map(Entry::name).toList();
      String chosen;
      if (name == null) {
        if (ran.isEmpty()) {
          LOG.info("Schema \"{}\": no seeder has run, nothing to undo", history.schema());
          return new SeedReport(List.of());
        }
        chosen = ran.get(ran.size() - 1);
      } else {
        chosen = name.strip();
        if (!ran.contains(chosen)) {
          if (!byName.containsKey(chosen)) {
            throw new SeedException("No seeder " + chosen + " in " + indexName() + "; "
                + listing(entries.stream().map(Entry::name).toList()), chosen);
          }
          LOG.info("Seeder {} has not run: nothing to undo", chosen);
          return new SeedReport(List.of());
        }
      }
      return runAll(connection, history, List.of(undoable(chosen, byName)), false);
    }));
  }

  @Override
  public SeedReport undoAll() {
    List<Entry> entries = SeederIndex.load(loader);
    Map<String, Entry> byName = entries.stream().collect(Collectors.toMap(Entry::name, Function.identity()));
    return withConnection("undo seeders", (connection, history) -> locked(history, () -> {
      List<String> ran = new ArrayList<>(tracked ? history.read().stream().map(History.Row::name).toList()
          : entries.stream().map(Entry::name).toList());
      Collections.reverse(ran);
      List<Entry> todo = new ArrayList<>();
      for (String name : ran) {
        todo.add(undoable(name, byName)); // all checked before the first one runs
      }
      if (todo.isEmpty()) {
        LOG.info("Schema \"{}\": no seeder has run, nothing to undo", history.schema());
      }
      return runAll(connection, history, todo, false);
    }));
  }

  private Entry undoable(String name, Map<String, Entry> byName) {
    Entry entry = byName.get(name);
    if (entry == null) {
      throw new SeedException("Cannot undo " + name + ": it is recorded in \"" + HISTORY.table() + "\" but no"
          + " seeder of that name is in " + indexName() + " (deleted or renamed?), so its down is unknown. Restore"
          + " the seeder, or delete its history row if its data is gone; nothing was undone.", name);
    }
    return entry;
  }

  // ------------------------------------------------------------------------------------------ execution

  private SeedReport runAll(Connection connection, History history, List<Entry> todo, boolean up)
      throws SQLException {
    List<Step> steps = new ArrayList<>();
    for (Entry entry : todo) {
      if (!entry.runsIn(environment)) {
        LOG.info("Skipped {}: only for {} (environment: {})", entry.name(), String.join(", ",
            entry.environments()), environment);
        steps.add(new Step(entry.name(), Action.SKIPPED, Duration.ZERO));
        continue;
      }
      try {
        steps.add(run(connection, history, entry, up));
      } catch (SeedException e) {
        throw afterEarlierSteps(e, steps, up);
      }
    }
    return new SeedReport(steps);
  }

  /** Thrown through the transaction to carry the seeder's own exception out of it. */
  private static final class SeederFailure extends RuntimeException {
    private static final long serialVersionUID = 1L;

    SeederFailure(Exception cause) {
      super(cause);
    }
  }

  private Step run(Connection connection, History history, Entry entry, boolean up) {
    Seeder seeder = instantiate(entry);
    String direction = up ? "up" : "down";
    long start = System.nanoTime();
    Duration duration;
    try {
      duration = database.transaction(connection, dsl -> {
        DefaultSeedContext context = new DefaultSeedContext(sequor, dsl, loader, environment, entry.name());
        try {
          if (up) {
            seeder.up(context);
          } else {
            seeder.down(context);
          }
        } catch (Exception e) {
          throw new SeederFailure(e);
        }
        Duration elapsed = Duration.ofNanos(System.nanoTime() - start);
        if (tracked) {
          if (up) {
            history.insert(entry.name(), null, elapsed);
          } else {
            history.delete(entry.name());
          }
        }
        return elapsed;
      });
    } catch (SeederFailure e) {
      SeedException failure = failed(entry, direction, (Exception) e.getCause());
      for (Throwable cleanup : e.getSuppressed()) { // the rollback and the like, failed after the seeder's exception
        failure.addSuppressed(cleanup);
      }
      throw failure;
    } catch (SQLException | RuntimeException e) {
      throw failed(entry, direction, e);
    }
    LOG.info("{} {} ({} ms)", up ? "Seeded" : "Undid", entry.name(), duration.toMillis());
    return new Step(entry.name(), up ? Action.SEEDED : Action.UNDONE, duration);
  }

  /**
   * One instance of the seeder's class through its public no-arg constructor: reflection once per seeder run,
   * since the index names classes the runtime cannot know at compile time (the processor checks the constructor).
   */
  private Seeder instantiate(Entry entry) {
    Class<?> type;
    try {
      type = Class.forName(entry.className(), true, loader);
    } catch (ClassNotFoundException | LinkageError e) {
      throw new SeedException("Seeder " + entry.name() + ": class " + entry.className() + " (" + entry.location()
          + ") cannot be loaded: " + e, entry.name(), null, 0, null, e);
    }
    if (!Seeder.class.isAssignableFrom(type)) {
      throw new SeedException("Seeder " + entry.name() + ": " + entry.className() + " does not implement "
          + Seeder.class.getName(), entry.name());
    }
    try {
      return (Seeder) type.getConstructor().newInstance();
    } catch (NoSuchMethodException | IllegalAccessException | InstantiationException e) {
      throw new SeedException("Seeder " + entry.name() + ": " + entry.className() + " needs a public no-arg"
          + " constructor (and must be a public, non-abstract class): " + e, entry.name(), null, 0, null, e);
    } catch (InvocationTargetException e) {
      throw new SeedException("Seeder " + entry.name() + ": the constructor of " + entry.className() + " threw "
          + e.getCause(), entry.name(), null, 0, null, e.getCause());
    }
  }

  private static SeedException failed(Entry entry, String direction, Exception cause) {
    StringBuilder message = new StringBuilder("Seeder ").append(entry.name()).append(" (")
        .append(entry.className()).append(") failed in ").append(direction)
        .append(" and was rolled back; the history is unchanged.\n  Cause: ")
        .append(String.valueOf(cause).replace("\n", "\n  "));
    if (cause instanceof SeedException seed) {
      return new SeedException(message.toString(), entry.name(), seed.file(), seed.line(), seed.attribute(), cause);
    }
    return new SeedException(message.toString(), entry.name(), null, 0, null, cause);
  }

  private static SeedException afterEarlierSteps(SeedException e, List<Step> steps, boolean up) {
    List<String> done = steps.stream().filter(s -> s.action() != Action.SKIPPED).map(Step::name).toList();
    if (done.isEmpty()) {
      return e;
    }
    SeedException wrapped = new SeedException(e.getMessage() + "\nEarlier in this run, and still "
        + (up ? "seeded" : "undone") + ": " + String.join(", ", done) + ".", e.seeder(), e.file(), e.line(),
        e.attribute(), e.getCause());
    wrapped.setStackTrace(e.getStackTrace());
    for (Throwable suppressed : e.getSuppressed()) {
      wrapped.addSuppressed(suppressed);
    }
    return wrapped;
  }

  // ------------------------------------------------------------------------------- connection and lock

  private Set<String> ran(History history) throws SQLException {
    return tracked ? history.read().stream().map(History.Row::name).collect(Collectors.toSet()) : Set.of();
  }

  private <T> T withConnection(String purpose, History.Session<T> work) {
    return History.withConnection(sequor.dataSource(), HISTORY, purpose, work);
  }

  /** Holds the seeder lock (not the migrations'), creating the history table first when tracked. */
  private <T> T locked(History history, History.Locked<T> work) throws SQLException, InterruptedException {
    return history.locked(() -> {}, () -> {
      if (tracked) {
        history.createIfMissing();
      }
      return work.run();
    });
  }

  private static String indexName() {
    return SeederIndexFile.RESOURCE;
  }

  private static String listing(List<String> names) {
    return names.isEmpty() ? "the index lists no seeder" : "seeders: " + String.join(", ", names);
  }
}
