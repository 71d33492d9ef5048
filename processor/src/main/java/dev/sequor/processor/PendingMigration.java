package dev.sequor.processor;

import dev.sequor.internal.format.PendingDirectory;
import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Function;
import javax.lang.model.element.Element;
import javax.lang.model.element.TypeElement;
import javax.lang.model.util.Elements;

/**
 * Compares the models with the committed schema snapshot ({@link Snapshot}) and writes what a migration needs
 * into the {@link PendingDirectory}:
 * <ul>
 *   <li>the migration from the snapshot's schema to the models' ({@link MigrationSqlGenerator});
 *   <li>the complete new snapshot, every table;
 *   <li>the changes generation refuses, one {@code PendingProblem} per line (maybe none);
 * </ul>
 * all three only when something is pending, plus one {@code [SchemaPending]} warning (or error) per change.
 * Stale pending files of an earlier compilation are deleted first, when the class output is a directory.
 *
 * <p>The comparison reads the snapshot from {@code -Asequor.snapshotDir}, else from {@code <class output>/db/snapshot}
 * (a missing directory is an empty schema); when the class output is not a directory (an in-memory compilation) and
 * no directory is given, nothing is compared. The models' table names were frozen first ({@link FrozenTables}).
 *
 * <p>A snapshot table whose models are all absent from this compilation but still exist as {@code @Model} classes
 * (on the class path: an incremental compilation of some sources only) is kept as it is, not dropped.
 */
final class PendingMigration {

  private final Elements elements;
  private final ErrorReporter reporter;
  private final ProcessorOptions options;
  private final GeneratedFiles files;
  private final FrozenTables frozen;

  PendingMigration(Elements elements, ErrorReporter reporter, ProcessorOptions options, GeneratedFiles files,
      FrozenTables frozen) {
    this.elements = elements;
    this.reporter = reporter;
    this.options = options;
    this.files = files;
    this.frozen = frozen;
  }

  /** Compares every model of the compilation with the snapshot, and writes and reports what is pending. */
  void finish(List<ModelDescriptor> models) {
    if (options.pendingChanges() == ProcessorOptions.PendingChanges.OFF || reporter.errorCount() > 0) {
      return; // with errors, a model that failed would look like a dropped table
    }
    Schema old = comparedSnapshot();
    if (old == null) {
      return;
    }
    Map<String, ModelDescriptor> byClass = new HashMap<>();
    Map<String, ModelDescriptor> byTable = new TreeMap<>();
    for (ModelDescriptor model : models) {
      byClass.put(model.qualifiedName(), model);
      byTable.put(model.tableName(), model);
    }
    SchemaDiff.Result result;
    try {
      List<Schema.Table> tables = new ArrayList<>();
      Function<ModelDescriptor, String> tableOf =
          target -> byClass.getOrDefault(target.qualifiedName(), frozen.freeze(target)).tableName();
      AssociationKeys associationKeys = AssociationKeys.of(models, tableOf, ErrorReporter.silent()); // checked before
      for (ModelDescriptor model : models) {
        tables.add(SchemaBuilder.table(model, tableOf, associationKeys));
      }
      tables.addAll(associationKeys.joinTables());
      tables.addAll(notCompiled(old, byClass, byTable));
      result = SchemaDiff.diff(old, Schema.of(tables), renames(models));
    } catch (RuntimeException e) {
      reporter.error(Messages.schemaInternalError(e));
      return;
    }
    deleteStalePendingFiles();
    if (result.changes().isEmpty()) {
      return;
    }
    List<Element> originating = models.stream().<Element>map(ModelDescriptor::element).toList();
    files.writeResource(PendingDirectory.MIGRATION, MigrationSqlGenerator.migration(result.changes()), originating);
    files.writeResource(PendingDirectory.PROBLEMS, MigrationSqlGenerator.problems(result.changes()), originating);
    for (Schema.Table table : result.snapshot().tables().values()) {
      files.writeResource(PendingDirectory.SNAPSHOT + table.name() + Snapshot.EXTENSION, Snapshot.write(table),
          originating);
    }
    if (options.pendingChanges() == ProcessorOptions.PendingChanges.QUIET) {
      return;
    }
    boolean asError = options.pendingChanges() == ProcessorOptions.PendingChanges.ERROR;
    for (SchemaDiff.Change change : result.changes()) {
      reporter.warning(element(change, byTable), Messages.schemaPending(change), asError);
    }
  }

  /** Snapshot tables whose models this compilation does not have but the class path does: unchanged. */
  private List<Schema.Table> notCompiled(Schema old, Map<String, ModelDescriptor> byClass,
      Map<String, ModelDescriptor> byTable) {
    List<Schema.Table> kept = new ArrayList<>();
    Set<String> renamedFrom = new HashSet<>();
    byTable.values().forEach(m -> renamedFrom.add(m.renamedFrom()));
    for (Schema.Table table : old.tables().values()) {
      if (byTable.containsKey(table.name()) || renamedFrom.contains(table.name()) || table.models().isEmpty()) {
        continue;
      }
      boolean elsewhere = table.models().stream().map(Schema.Table::modelClass).allMatch(name -> {
        if (byClass.containsKey(name)) {
          return false;
        }
        TypeElement type = elements.getTypeElement(name);
        return type != null && type.getAnnotationMirrors().stream().anyMatch(a ->
            ((TypeElement) a.getAnnotationType().asElement()).getQualifiedName().contentEquals(RuntimeNames.MODEL_ANNOTATION));
      });
      if (elsewhere) {
        kept.add(table);
      }
    }
    return kept;
  }

  private static SchemaDiff.Renames renames(List<ModelDescriptor> models) {
    Map<String, String> tables = new TreeMap<>();
    Map<String, Map<String, String>> columns = new TreeMap<>();
    for (ModelDescriptor model : models) {
      if (model.renamedFrom() != null) {
        tables.put(model.tableName(), model.renamedFrom());
      }
      for (AttributeDescriptor a : model.attributes()) {
        if (a.renamedFrom() != null) {
          columns.computeIfAbsent(model.tableName(), t -> new TreeMap<>()).put(a.column(), a.renamedFrom());
        }
      }
    }
    return new SchemaDiff.Renames(tables, columns);
  }

  /** Where a change's warning goes: the attribute it is about, else its model, else nowhere (a dropped table). */
  private static Element element(SchemaDiff.Change change, Map<String, ModelDescriptor> byTable) {
    ModelDescriptor model = byTable.get(change.table());
    if (model == null) {
      return null;
    }
    if (change.column() != null) {
      for (AttributeDescriptor a : model.attributes()) {
        if (a.column().equals(change.column())) {
          return a.element();
        }
      }
    }
    return model.element();
  }

  // ---- locations ---------------------------------------------------------------------------------

  /**
   * The snapshot to compare with: the option's, else {@code <class output>/db/snapshot} (an empty schema when it
   * does not exist); null when the class output is not a directory on disk, or the snapshot cannot be read.
   */
  private Schema comparedSnapshot() {
    Schema read = frozen.snapshot();
    if (options.snapshotDir() != null) {
      return read;
    }
    Path classOutput = files.classOutput();
    if (classOutput == null) {
      return null;
    }
    Path directory = classOutput.resolve(FrozenTables.DEFAULT_SNAPSHOT_DIR);
    return directory.equals(frozen.directory()) ? read : FrozenTables.read(directory, reporter);
  }

  /** Deletes the pending files an earlier compilation left, so that they never describe another state. */
  private void deleteStalePendingFiles() {
    Path classOutput = files.classOutput();
    if (classOutput == null) {
      return;
    }
    try {
      Files.deleteIfExists(classOutput.resolve(PendingDirectory.MIGRATION));
      Files.deleteIfExists(classOutput.resolve(PendingDirectory.PROBLEMS));
      Path snapshotFiles = classOutput.resolve(PendingDirectory.SNAPSHOT);
      if (Files.isDirectory(snapshotFiles)) {
        try (DirectoryStream<Path> stale = Files.newDirectoryStream(snapshotFiles, "*" + Snapshot.EXTENSION)) {
          for (Path file : stale) {
            Files.deleteIfExists(file);
          }
        }
      }
    } catch (IOException e) {
      reporter.error("[SchemaWriteFailed] Unable to delete the stale pending files in " + classOutput.resolve(PendingDirectory.PATH)
          + ": " + e);
    }
  }
}
