package dev.sequor.migration;

import dev.sequor.Sequor;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;

/**
 * Applies and reverts the migrations of one folder on one database (sequelize-cli's {@code db:migrate} family),
 * from application code at start-up or from the Maven goals. Get one from the database's {@link Sequor}:
 *
 * <pre>{@code
 * try (Sequor db = Sequor.connect(SequorConfig.load(Path.of(".")))) {
 *   db.migrator("db/migrations", App.class.getClassLoader()).migrate();
 * }
 * }</pre>
 *
 * <h2>Files</h2>
 * Each migration is a file {@code <yyyyMMddHHmmss>-<name>.sql} (UTC time stamp) with an up and a down section:
 * <pre>
 * -- any comment lines
 * -- sequor:no-transaction      (optional, only before "-- sequor:up")
 * -- sequor:up
 * CREATE TABLE "products" (...);
 * -- sequor:down
 * DROP TABLE "products";
 * </pre>
 * Its name, file name included, is its identity; its checksum is the SHA-256 of its text (CRLF read as LF).
 * Statements are split on {@code ;} outside quotes, dollar quotes, comments and {@code BEGIN ATOMIC} bodies, and
 * run one by one, so a failure names the statement.
 *
 * <h2>History and safety</h2>
 * <ul>
 *   <li>The table {@code "SequorMeta"} (name, checksum, applied_at, duration_ms) in the connection's current schema
 *       records the applied migrations; {@link #migrate()} creates it when missing.
 *   <li>Each migration runs in a transaction of its own together with its history row: a failure rolls back that
 *       migration only, and throws a {@link MigrationException} naming the file, the statement and PostgreSQL's
 *       message. Migrations applied before it in the same run stay applied. A file marked
 *       {@code -- sequor:no-transaction} runs statement by statement in autocommit (for
 *       {@code CREATE INDEX CONCURRENTLY}); its history row is written once all of them succeeded.
 *   <li>Commands that write hold a PostgreSQL session-level advisory lock for the whole run, so runners started at
 *       once (two instances of an application) take turns: the second finds nothing pending.
 *   <li>{@link #migrate()} refuses to run while an applied migration's file has changed; {@link
 *       #acceptChecksum(String)} records the change when it is deliberate.
 * </ul>
 * Each applied or reverted migration is logged at INFO with its duration (logger {@code dev.sequor.migration}).
 */
public interface Migrator {

  /** {@link Sequor#migrator(Path) db.migrator(migrationsDir)}. */
  static Migrator of(Sequor db, Path migrationsDir) {
    return Objects.requireNonNull(db, "db").migrator(migrationsDir);
  }

  /** {@link Sequor#migrator(String, ClassLoader) db.migrator(classpathLocation, loader)}. */
  static Migrator of(Sequor db, String classpathLocation, ClassLoader loader) {
    return Objects.requireNonNull(db, "db").migrator(classpathLocation, loader);
  }

  /**
   * Every known migration in name order: {@link MigrationInfo.State#APPLIED APPLIED}, {@link
   * MigrationInfo.State#PENDING PENDING}, {@link MigrationInfo.State#CHANGED CHANGED} (applied, file differs) and
   * {@link MigrationInfo.State#MISSING MISSING} (applied, no file). Only reads.
   */
  List<MigrationInfo> status();

  /** Applies every pending migration in name order. */
  MigrationReport migrate();

  /**
   * Applies the pending migrations up to and including {@code to} (a name, with or without {@code .sql}), which
   * must be pending.
   */
  MigrationReport migrate(String to);

  /** Reverts the last applied migration (the greatest name): runs its down section and removes its history row. */
  MigrationReport undo();

  /** Reverts every applied migration, newest first. */
  MigrationReport undoAll();

  /**
   * Reverts the applied migrations newest first, down to and including {@code to} (Sequelize's
   * {@code db:migrate:undo:all --to}); with four applied and {@code to} the third, two remain.
   */
  MigrationReport undoAll(String to);

  /**
   * Records the current checksum of an applied migration whose file changed, so that {@link #migrate()} runs again.
   * Deliberate: the database must already match the new file, since nothing is re-run.
   */
  void acceptChecksum(String name);
}
