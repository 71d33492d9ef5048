package dev.sequor.maven;

import dev.sequor.internal.format.MigrationFormat;
import dev.sequor.internal.format.PendingDirectory;
import dev.sequor.internal.format.PendingProblem;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.TreeSet;
import java.util.stream.Stream;

/**
 * What {@code sequor:migration-generate} does once the processor ran ({@link ModelCompiler}): turns its pending
 * output (the {@link PendingDirectory} in its class output) into a migration file and the new committed snapshot, or
 * writes an empty skeleton for a hand-written migration when no model changed. The pending output is deleted once
 * used: it describes the change from the old snapshot.
 */
final class MigrationGenerator {

  static final String SKELETON = """
      -- A hand-written migration. Write the SQL that changes the schema or the data after the "up" marker,
      -- and the SQL that reverts it after the "down" marker; end each statement with a semicolon.
      -- For statements that cannot run in a transaction (CREATE INDEX CONCURRENTLY), add the line
      -- "%s" above the "up" marker.
      %s

      %s
      """.formatted(MigrationFormat.NO_TRANSACTION, MigrationFormat.UP, MigrationFormat.DOWN);

  private final Path pendingDir;
  private final Path pendingMigration;
  private final Path pendingSnapshot;
  private final Path pendingProblems;
  private final Path migrationsDir;
  private final Path snapshotDir;
  private final Clock clock;

  /**
   * @param classesDir the class output where the processor wrote the {@link PendingDirectory}
   */
  MigrationGenerator(Path classesDir, Path migrationsDir, Path snapshotDir, Clock clock) {
    this.pendingDir = classesDir.resolve(PendingDirectory.PATH);
    this.pendingMigration = classesDir.resolve(PendingDirectory.MIGRATION);
    this.pendingSnapshot = classesDir.resolve(PendingDirectory.SNAPSHOT);
    this.pendingProblems = classesDir.resolve(PendingDirectory.PROBLEMS);
    this.migrationsDir = migrationsDir;
    this.snapshotDir = snapshotDir;
    this.clock = clock;
  }

  /**
   * What was written.
   *
   * @param file the new migration
   * @param skeleton true when no model changed and the file is an empty skeleton
   * @param notes lines for the user: snapshot files written or removed, warnings
   */
  record Result(Path file, boolean skeleton, List<String> notes) {}

  /** Whether the processor left a pending change (models that differ from the snapshot). */
  boolean hasPendingChange() {
    return Files.isRegularFile(pendingMigration);
  }

  /**
   * Writes {@code <migrations>/<yyyyMMddHHmmss>-<name>.sql} from the pending change, and replaces the snapshot's
   * {@code *.json} with the pending snapshot; with no pending change writes a skeleton.
   *
   * @throws UsageException when the pending change has a problem {@code allowDrop} does not allow, or when the file
   *     exists
   */
  Result generate(String name, DropPolicy allowDrop) throws IOException {
    String fileName = MigrationFormat.fileName(clock.instant(), MigrationNames.migrationName(name));
    List<String> notes = new ArrayList<>();
    if (!hasPendingChange()) {
      Path file = write(fileName, SKELETON.getBytes(StandardCharsets.UTF_8), notes);
      return new Result(file, true, notes);
    }

    List<PendingProblem> problems = readProblems();
    List<PendingProblem> refused = allowDrop.refused(problems);
    if (!refused.isEmpty()) {
      throw new UsageException(DropPolicy.refusal(refused));
    }
    for (String unused : allowDrop.unused(problems)) {
      notes.add("WARNING: -DallowDrop=" + unused + " matches no table or column this migration drops.");
    }
    if (!Files.isDirectory(pendingSnapshot)) {
      throw new UsageException("The processor's pending output in " + pendingDir + " has a migration.sql but no"
          + " snapshot/ folder: it is incomplete. This is a bug in Sequor; please report it with the models.");
    }

    Path file = write(fileName, Files.readAllBytes(pendingMigration), notes);
    notes.addAll(replaceSnapshot());
    Folders.deleteRecursively(pendingDir);
    return new Result(file, false, notes);
  }

  private List<PendingProblem> readProblems() throws IOException {
    return Files.isRegularFile(pendingProblems)
        ? PendingProblem.parseAll(Files.readString(pendingProblems, StandardCharsets.UTF_8))
        : List.of();
  }

  private Path write(String fileName, byte[] content, List<String> notes) throws IOException {
    Files.createDirectories(migrationsDir);
    Path file = migrationsDir.resolve(fileName);
    try {
      Files.write(file, content, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE);
    } catch (FileAlreadyExistsException e) {
      throw new UsageException(file + " exists already (Sequor never overwrites a migration): wait a second, or"
          + " choose another -Dname.");
    }
    String later = laterMigration(fileName);
    if (later != null) {
      notes.add("WARNING: " + later + " sorts after " + fileName + ", so it runs after it: migrations run in file"
          + " name order. Is the clock of the machine that wrote " + later + " ahead?");
    }
    return file;
  }

  private String laterMigration(String fileName) throws IOException {
    try (Stream<Path> files = Files.list(migrationsDir)) {
      return files.map(f -> f.getFileName().toString())
          .filter(n -> n.endsWith(MigrationFormat.EXTENSION) && n.compareTo(fileName) > 0)
          .max(Comparator.naturalOrder())
          .orElse(null);
    }
  }

  /** Copies the pending snapshot over the committed one and deletes the tables no longer in it. */
  private List<String> replaceSnapshot() throws IOException {
    Files.createDirectories(snapshotDir);
    TreeSet<String> wanted = jsonNames(pendingSnapshot);
    List<String> notes = new ArrayList<>();
    for (String name : wanted) {
      Path source = pendingSnapshot.resolve(name);
      Path target = snapshotDir.resolve(name);
      if (!Files.exists(target)) {
        Files.copy(source, target);
        notes.add("Snapshot: added " + name);
      } else if (!Arrays.equals(Files.readAllBytes(source), Files.readAllBytes(target))) {
        Files.copy(source, target, StandardCopyOption.REPLACE_EXISTING);
        notes.add("Snapshot: updated " + name);
      }
    }
    for (String name : jsonNames(snapshotDir)) {
      if (!wanted.contains(name)) {
        Files.delete(snapshotDir.resolve(name));
        notes.add("Snapshot: removed " + name);
      }
    }
    return notes;
  }

  private static TreeSet<String> jsonNames(Path dir) throws IOException {
    try (Stream<Path> files = Files.list(dir)) {
      return files.filter(MigrationGenerator::isJson)
          .map(f -> f.getFileName().toString())
          .collect(TreeSet::new, TreeSet::add, TreeSet::addAll);
    }
  }

  private static boolean isJson(Path file) {
    return Files.isRegularFile(file) && file.getFileName().toString().endsWith(PendingDirectory.SNAPSHOT_EXTENSION);
  }
}
