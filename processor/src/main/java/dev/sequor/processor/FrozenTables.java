package dev.sequor.processor;

import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import javax.annotation.processing.Filer;
import javax.tools.StandardLocation;

/**
 * The table names the committed schema snapshot recorded for its models: an inferred table name, once in the
 * snapshot, never changes with the naming rules. Read once, on the first model, by both processors (each model's
 * companion names its table; the pending migration compares tables), so that they agree.
 */
final class FrozenTables {

  /** The snapshot's default location, relative to the class output. */
  static final String DEFAULT_SNAPSHOT_DIR = "db/snapshot";

  private final Filer filer;
  private final ErrorReporter reporter;
  private final ProcessorOptions options;

  private boolean loaded;
  private Path directory;
  private Schema snapshot;
  /** The snapshot's table of each model class it records. */
  private final Map<String, String> tables = new HashMap<>();

  /** @param reporter where an unreadable snapshot is reported; silent for the processor that does not own it */
  FrozenTables(Filer filer, ErrorReporter reporter, ProcessorOptions options) {
    this.filer = filer;
    this.reporter = reporter;
    this.options = options;
  }

  /**
   * The model on the table the snapshot recorded for it. Not for an explicit {@code tableName}, nor while a
   * {@code @RenamedFrom} names a table of the snapshot (the rename's target is the model's current name).
   */
  ModelDescriptor freeze(ModelDescriptor model) {
    Schema schema = snapshot();
    if (schema == null || model.explicitTableName()
        || (model.renamedFrom() != null && schema.tables().containsKey(model.renamedFrom()))) {
      return model;
    }
    String table = tables.get(model.qualifiedName());
    return table == null ? model : model.withTableName(table);
  }

  /**
   * The snapshot: from {@code -Asequor.snapshotDir}, else {@code db/snapshot} found on the class path (Maven puts
   * the class output, with the resources copied into it, first on javac's class path). Null when there is none to
   * read or it cannot be read.
   */
  Schema snapshot() {
    if (!loaded) {
      loaded = true;
      directory = options.snapshotDir() != null ? options.snapshotDir() : onClassPath(DEFAULT_SNAPSHOT_DIR);
      snapshot = directory == null ? null : read(directory, reporter);
      if (snapshot != null) {
        for (Schema.Table table : snapshot.tables().values()) {
          // a join table's entries name the associations that declare it: their models have tables of their own
          table.models().stream().filter(m -> !Schema.Table.isAssociation(m))
              .forEach(model -> tables.putIfAbsent(model, table.name()));
        }
      }
    }
    return snapshot;
  }

  /** Where {@link #snapshot} was read from; null when nowhere. */
  Path directory() {
    snapshot();
    return directory;
  }

  /** The snapshot in {@code directory} (an empty schema when it does not exist); null, reported, when invalid. */
  static Schema read(Path directory, ErrorReporter reporter) {
    try {
      return Snapshot.readDirectory(directory);
    } catch (IllegalArgumentException e) {
      reporter.error(Messages.snapshotInvalid(e.getMessage()));
      return null;
    }
  }

  /** A directory of the class path, looked up without creating anything; null when not there as a directory. */
  private Path onClassPath(String path) {
    try {
      URI uri = filer.getResource(StandardLocation.CLASS_PATH, "", path).toUri();
      if ("file".equals(uri.getScheme())) {
        Path found = Path.of(uri);
        return Files.isDirectory(found) ? found : null;
      }
    } catch (IOException | RuntimeException e) {
      // not on the class path
    }
    return null;
  }
}
