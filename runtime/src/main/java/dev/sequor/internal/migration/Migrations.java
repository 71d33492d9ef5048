package dev.sequor.internal.migration;

import dev.sequor.migration.Migrator;
import java.nio.file.Path;
import java.util.Objects;
import javax.sql.DataSource;

/** The {@link Migrator}s that {@link dev.sequor.Sequor#migrator} hands out. */
public final class Migrations {

  private Migrations() {}

  /** The migrations in a folder on disk. */
  public static Migrator directory(DataSource dataSource, Path directory) {
    return new MigrationRunner(dataSource, MigrationSource.directory(Objects.requireNonNull(directory, "directory")),
        MigrationRunner.Events.NONE);
  }

  /** The migrations in a class path folder such as {@code db/migrations}, in folders or jars. */
  public static Migrator classpath(DataSource dataSource, String location, ClassLoader loader) {
    return new MigrationRunner(dataSource, MigrationSource.classpath(Objects.requireNonNull(location, "location"),
        Objects.requireNonNull(loader, "loader")), MigrationRunner.Events.NONE);
  }
}
