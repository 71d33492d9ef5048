package dev.sequor.migration;

import java.time.Duration;
import java.time.Instant;
import java.util.Objects;

/**
 * One migration as {@link Migrator#status()} sees it: its name (the file name, for example
 * {@code 20260101120000-create-products.sql}), its state, and when and how fast it was applied
 * ({@code null} while {@link State#PENDING}).
 */
public record MigrationInfo(String name, MigrationInfo.State state, Instant appliedAt, Duration duration) {

  public MigrationInfo {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(state, "state");
  }

  /** Where a migration stands, comparing the files with the history table {@code "SequorMeta"}. */
  public enum State {
    /** Applied, and the file is unchanged since. */
    APPLIED,
    /** A file that is not applied yet. */
    PENDING,
    /** Applied, but the file changed since (its checksum differs): {@link Migrator#migrate()} refuses to run. */
    CHANGED,
    /** Applied, but there is no file of that name any more. */
    MISSING
  }
}
