package dev.sequor.seed;

import dev.sequor.Sequor;
import java.util.List;
import java.util.Objects;

/**
 * Runs and reverts the seeders of an application on one database (sequelize-cli's {@code db:seed} family), from
 * application code or from the Maven goals. Get one from the database's {@link Sequor}:
 *
 * <pre>{@code
 * try (Sequor db = Sequor.connect(config)) {
 *   db.seeders(App.class.getClassLoader(), config.environment()).seedAll();
 * }
 * }</pre>
 *
 * <h2>The seeder index</h2>
 * The seeders are those listed in the class path resource {@code META-INF/sequor/seeders} (every class path entry
 * holding one contributes), which the Sequor processor writes at compile time; there is no class path scanning.
 * It is UTF-8 text, one seeder a line; blank lines and lines starting with {@code #} are ignored:
 * <pre>
 * # name                          class (binary name)                        environments (optional)
 * 20261125120000-demo-products    dev.sequor.examples.products.DemoProducts  development
 * 20261125130000-countries        com.shop.seed.Countries
 * 20261126090000-test-users       com.shop.seed.TestUsers                    development,test
 * </pre>
 * Fields are separated by spaces or tabs. A name is {@code <yyyyMMddHHmmss>-<kebab-case>} (UTC time stamp, as
 * migrations are named) and is the seeder's identity; seeders run in name order, as Sequelize orders seeder
 * files. The class is a {@link Seeder} with a public no-arg constructor, named as {@link Class#forName} takes it
 * ({@code Outer$Inner} for a nested class). The environments, comma-separated, limit the seeder to those
 * environments; elsewhere it is skipped (reported, never run nor undone). Without them it runs everywhere.
 *
 * <h2>History and safety</h2>
 * <ul>
 *   <li>The table {@code "SequorData"} (name, run_at, duration_ms) in the connection's current schema records the
 *       seeders that ran (the role of Sequelize's {@code SequelizeData}, {@code seederStorage: "sequelize"}), so
 *       {@link #seedAll()} twice never inserts twice. It is created when missing.
 *   <li>Each seeder runs in a transaction of its own together with its history row; the repositories and the jOOQ
 *       context of its {@link SeedContext} join it. A failure rolls that seeder back, leaves its history
 *       unchanged and throws a {@link SeedException} naming it and the cause; seeders that ran before it in the
 *       same command stay.
 *   <li>Commands that write hold a PostgreSQL advisory lock (its own key, not the migrations') for the whole run,
 *       so runners started at once take turns.
 *   <li>{@link #untracked()} runs without the history (Sequelize's {@code seederStorage: "none"}).
 * </ul>
 * Each seeder run, undone or skipped is logged at INFO (logger {@code dev.sequor.seed}).
 */
public interface SeederRunner {

  /** {@link Sequor#seeders(ClassLoader, String) db.seeders(loader, environment)}. */
  static SeederRunner of(Sequor db, ClassLoader loader, String environment) {
    return Objects.requireNonNull(db, "db").seeders(loader, environment);
  }

  /**
   * This runner without the history table (Sequelize's {@code seederStorage: "none"}): the table is neither read
   * nor written, {@link #seedAll()} runs every seeder of the environment each time it is called, and the undo
   * commands run the {@code down} of the seeders in the index (newest first; {@link #undo()} the last one), since
   * nothing records which ran. Write {@code down} so that it removes nothing else.
   */
  SeederRunner untracked();

  /** Whether the runner records seeders in {@code "SequorData"} (the default). */
  boolean tracked();

  /** The environment seeders run in. */
  String environment();

  /** Every seeder of the index and of the history, in name order, with its state. Only reads. */
  List<SeederInfo> status();

  /** Runs every seeder that has not run (every seeder, when untracked), in name order; skips other environments'. */
  SeedReport seedAll();

  /**
   * Runs the seeder {@code name} (Sequelize's {@code db:seed --seed}). Nothing happens when it is recorded as run
   * already, and it is skipped when limited to other environments.
   *
   * @throws SeedException when the index has no seeder of that name, or the seeder fails
   */
  SeedReport seed(String name);

  /** Undoes the last seeder that ran (the greatest recorded name, as Sequelize): runs its {@code down}. */
  SeedReport undo();

  /** Undoes the seeder {@code name}; nothing happens when it is not recorded as run. */
  SeedReport undo(String name);

  /** Undoes every seeder that ran, newest first. */
  SeedReport undoAll();
}
