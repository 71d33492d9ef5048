package dev.sequor.maven;

import org.apache.maven.plugins.annotations.Mojo;

/**
 * Lists every migration, {@code up <file>} when applied and {@code down <file>} when pending, with the applied ones
 * whose file CHANGED or is MISSING (sequelize-cli's {@code db:migrate:status}).
 */
@Mojo(name = "migrate-status", threadSafe = true)
public class MigrateStatusMojo extends SequorMojo {

  @Override
  void run() {
    withMigrator((migrator, config) -> Reports.status(migrator.status(), config.migrationsDir()));
  }
}
