package dev.sequor.internal.format;

/**
 * The pending migration: what the processor writes into the class output when the models differ from the committed
 * schema snapshot, and {@code sequor:migration-generate} turns into a migration file and the new snapshot. Paths
 * are relative to the class output ({@code target/classes}):
 *
 * <pre>
 * META-INF/sequor/pending/
 *   migration.sql         the migration, in {@link MigrationFormat}
 *   snapshot/&lt;table&gt;.json   the complete new snapshot, one file per table
 *   problems.txt          the changes generation refuses, one {@link PendingProblem} per line (maybe none)
 * </pre>
 *
 * All three exist only while something is pending; the processor deletes those of an earlier compilation first.
 */
public final class PendingDirectory {

  public static final String PATH = "META-INF/sequor/pending/";

  public static final String MIGRATION = PATH + "migration.sql";

  /** The folder of the new snapshot's files. */
  public static final String SNAPSHOT = PATH + "snapshot/";

  public static final String PROBLEMS = PATH + "problems.txt";

  /** The extension of a snapshot file, here and in the committed snapshot: {@code <table>.json}. */
  public static final String SNAPSHOT_EXTENSION = ".json";

  private PendingDirectory() {}
}
