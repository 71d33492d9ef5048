package dev.sequor.maven;

import java.util.List;
import org.apache.maven.plugins.annotations.Mojo;

/** Reverts the last applied migration with its down section (sequelize-cli's {@code db:migrate:undo}). */
@Mojo(name = "migrate-undo", threadSafe = true)
public class MigrateUndoMojo extends SequorMojo {

  @Override
  void run() {
    withMigrator((migrator, config) -> List.of(Reports.summary(migrator.undo(), true)));
  }
}
