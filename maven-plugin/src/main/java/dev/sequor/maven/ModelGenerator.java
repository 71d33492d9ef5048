package dev.sequor.maven;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;

/**
 * What {@code sequor:model-generate} does: writes the model's source, runs the processor again so that it sees it,
 * and writes the create migration from the pending change, as {@code migration-generate} would
 * (sequelize-cli's {@code model:generate} writes the model and its create migration in one command too). The SQL
 * comes from the processor, so it is exactly what a later change of the model is compared with.
 */
final class ModelGenerator {

  /** Runs the processor over the project's sources: it then writes the pending change. */
  @FunctionalInterface
  interface Compiler {
    void compile() throws Exception;
  }

  /**
   * What was written.
   *
   * @param model the new source file
   * @param migration the new create migration
   * @param notes warnings and snapshot changes, one line each
   */
  record Result(Path model, Path migration, List<String> notes) {}

  private ModelGenerator() {}

  /**
   * @param mvn the Maven command in the suggestions of the messages: {@code mvn} or {@code ./mvnw}
   * @throws UsageException when a model change is pending already (it would end up in this model's create
   *     migration), when the source file exists, or when the processor reports no pending change
   * @throws CompileFailedException when the models do not compile after the source was written
   */
  static Result generate(ModelSource model, Path sourceDir, MigrationGenerator migrations, String mvn,
      Compiler compiler) throws IOException, CompileFailedException {
    String migrationName = "create-" + MigrationNames.kebab(model.className());
    if (migrations.hasPendingChange()) {
      throw new UsageException("The models already differ from the committed snapshot (" + mvn + " compile"
          + " shows how); that change would end up in the migration of " + model.className()
          + ". Generate its migration first, " + mvn + " sequor:migration-generate -Dname=<name>, then run this"
          + " again.");
    }
    Path file = sourceDir.resolve(model.relativePath());
    Files.createDirectories(file.getParent());
    try {
      Files.writeString(file, model.render(), StandardCharsets.UTF_8, StandardOpenOption.CREATE_NEW,
          StandardOpenOption.WRITE);
    } catch (FileAlreadyExistsException e) {
      throw new UsageException(file + " exists already; Sequor never overwrites a model. Choose another -Dname, or"
          + " change the model by hand and run sequor:migration-generate.");
    }
    List<String> notes = new ArrayList<>();
    model.notes().forEach(note -> notes.add("WARNING: " + note));
    try {
      compiler.compile();
    } catch (Exception e) {
      throw new CompileFailedException(file, mvn + " sequor:migration-generate -Dname=" + migrationName, e);
    }
    if (!migrations.hasPendingChange()) {
      throw new UsageException("Wrote " + file + ", but the annotation processors saw no model change: is"
          + " sequor-processor in the maven-compiler-plugin's annotationProcessorPaths? Once it is, run " + mvn
          + " sequor:migration-generate -Dname=" + migrationName);
    }
    MigrationGenerator.Result migration = migrations.generate(migrationName, DropPolicy.none());
    notes.addAll(migration.notes());
    return new Result(file, migration.file(), notes);
  }

  /** The model was written, but the project did not compile with it. */
  static final class CompileFailedException extends Exception {

    private static final long serialVersionUID = 1L;

    CompileFailedException(Path model, String generateMigration, Exception cause) {
      super("Wrote " + model + ", but the models do not compile with it: " + cause.getMessage()
          + "\nFix the error, then write its migration with " + generateMigration, cause);
    }
  }
}
