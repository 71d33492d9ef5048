package dev.sequor.processor;

import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The processor's {@code -A} options, parsed and checked in one place.
 *
 * <ul>
 *   <li>{@code -Asequor.snapshotDir=<dir>}: the committed schema snapshot; default {@code <class output>/db/snapshot}
 *       (where Maven's process-resources copies {@code src/main/resources/db/snapshot}). Give an absolute path:
 *       a relative one is resolved against javac's working directory.
 *   <li>{@code -Asequor.pendingChanges=warning|error|off|quiet}: how a difference between the models and the snapshot is
 *       reported: a warning (default), an error (for CI), or not at all (no comparison, no pending files; for
 *       test sources whose models are not migrated), or {@code quiet}: the pending files written, nothing reported
 *       (for test sources whose tables the tests create from the pending migration).
 * </ul>
 */
record ProcessorOptions(Path snapshotDir, PendingChanges pendingChanges) {

  static final String SNAPSHOT_DIR = "sequor.snapshotDir";
  static final String PENDING_CHANGES = "sequor.pendingChanges";
  static final Set<String> NAMES = Set.of(SNAPSHOT_DIR, PENDING_CHANGES);

  enum PendingChanges { WARNING, ERROR, OFF, QUIET }

  /** Reads the options, reporting a bad value once and falling back to the default. */
  static ProcessorOptions parse(Map<String, String> options, ErrorReporter reporter) {
    Path snapshotDir = null;
    String dir = options.get(SNAPSHOT_DIR);
    if (dir != null && !dir.isBlank()) {
      try {
        snapshotDir = Path.of(dir.trim()).toAbsolutePath();
      } catch (InvalidPathException e) {
        reporter.error(Messages.badOption(SNAPSHOT_DIR, "a directory path", dir));
      }
    }
    PendingChanges pending = PendingChanges.WARNING;
    String mode = options.get(PENDING_CHANGES);
    if (mode != null) {
      try {
        pending = PendingChanges.valueOf(mode.trim().toUpperCase(Locale.ROOT));
      } catch (IllegalArgumentException e) {
        reporter.error(Messages.badOption(PENDING_CHANGES, "the values warning, error, off or quiet", mode));
      }
    }
    return new ProcessorOptions(snapshotDir, pending);
  }
}
