package dev.sequor.maven;

import dev.sequor.migration.MigrationException;
import dev.sequor.migration.MigrationReport;
import dev.sequor.migration.Migrator;
import java.util.List;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;

/**
 * Applies the pending migrations in name order, each in its own transaction with its history row (sequelize-cli's
 * {@code db:migrate}).
 */
@Mojo(name = "migrate", threadSafe = true)
public class MigrateMojo extends SequorMojo {

  /** Stop after this migration (its file name, with or without .sql); default: apply all pending. */
  @Parameter(property = "to")
  String to;

  /**
   * An applied migration whose file was changed on purpose: record the file's new checksum first (nothing of it
   * runs again), so that migrate no longer refuses.
   */
  @Parameter(property = "acceptChecksum")
  String acceptChecksum;

  @Override
  void run() {
    withMigrator((migrator, config) -> {
      if (acceptChecksum != null && !acceptChecksum.isBlank()) {
        migrator.acceptChecksum(acceptChecksum.strip());
      }
      return List.of(Reports.summary(migrate(migrator), false));
    });
  }

  private MigrationReport migrate(Migrator migrator) {
    try {
      return to == null || to.isBlank() ? migrator.migrate() : migrator.migrate(to.strip());
    } catch (MigrationException e) {
      throw Reports.withAcceptChecksumHint(e, migrator, mvn());
    }
  }
}
