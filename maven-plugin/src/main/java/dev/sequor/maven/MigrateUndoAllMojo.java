package dev.sequor.maven;

import java.util.List;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;

/**
 * Reverts the applied migrations, newest first: all of them, or down to and including {@code -Dto}
 * (sequelize-cli's {@code db:migrate:undo:all}).
 */
@Mojo(name = "migrate-undo-all", threadSafe = true)
public class MigrateUndoAllMojo extends SequorMojo {

  /** The oldest migration to revert (its file name, with or without .sql); default: revert all. */
  @Parameter(property = "to")
  String to;

  @Override
  void run() {
    withMigrator((migrator, config) ->
        List.of(Reports.summary(to == null || to.isBlank() ? migrator.undoAll() : migrator.undoAll(to), true)));
  }
}
