package dev.sequor.internal.format;

import java.time.Instant;
import java.util.regex.Pattern;

/**
 * A migration file, as the processor writes it ({@code META-INF/sequor/pending/migration.sql}), the Maven plugin
 * names and copies it, and the runtime's migrator reads it. Its name is {@code <yyyyMMddHHmmss>-<name>.sql}
 * ({@link TimestampedName}) and its text:
 *
 * <pre>
 * -- any comment lines
 * -- sequor:no-transaction      (optional, only before "-- sequor:up")
 * -- sequor:up
 * CREATE TABLE ...;
 * -- sequor:down
 * DROP TABLE ...;
 * </pre>
 *
 * Marker lines are matched after trimming and are case-sensitive; both {@link #UP} and {@link #DOWN} are required,
 * both sections may be empty. {@link #DROP} lines, which the processor writes before a destructive statement, are
 * comments for the migrator. Any other line that {@linkplain #looksLikeMarker looks like a marker} is an error, so
 * that a typo such as {@code -- sequor:donw} cannot make the down section part of the up section.
 */
public final class MigrationFormat {

  /** Starts the statements that apply the migration. */
  public static final String UP = "-- sequor:up";

  /** Starts the statements that revert it. */
  public static final String DOWN = "-- sequor:down";

  /** Before {@link #UP}: run the migration statement by statement outside a transaction. */
  public static final String NO_TRANSACTION = "-- sequor:no-transaction";

  /** {@code -- sequor:drop <table>} or {@code -- sequor:drop <table>.<column>}, before a destructive statement. */
  public static final String DROP = "-- sequor:drop ";

  public static final String EXTENSION = ".sql";

  /** {@code <yyyyMMddHHmmss>-<name>.sql}, the name of a file the migrator runs. */
  public static final Pattern FILE_NAME =
      Pattern.compile("\\d{" + TimestampedName.TIMESTAMP_LENGTH + "}-[^/\\\\]+\\.sql");

  /** The longest name part (between the time stamp's dash and {@code .sql}) of a file name the history holds. */
  public static final int MAX_NAME_LENGTH = TimestampedName.maxDescriptionLength(EXTENSION);

  private static final Pattern LOOKS_LIKE_MARKER = Pattern.compile("--\\s*sequor\\s*:.*", Pattern.CASE_INSENSITIVE);

  private MigrationFormat() {}

  /** {@code <yyyyMMddHHmmss UTC>-<name>.sql}. */
  public static String fileName(Instant now, String name) {
    return TimestampedName.of(now, name) + EXTENSION;
  }

  /** The marker line before a statement that drops {@code target} ({@code <table>} or {@code <table>.<column>}). */
  public static String dropMarker(String target) {
    return DROP + target;
  }

  /** Whether a trimmed line is a {@link #DROP} marker with its target. */
  public static boolean isDropMarker(String line) {
    return line.startsWith(DROP) && line.length() > DROP.length();
  }

  /** Whether a trimmed line looks like a Sequor marker, in any case and spacing; the known ones included. */
  public static boolean looksLikeMarker(String line) {
    return LOOKS_LIKE_MARKER.matcher(line).matches();
  }
}
