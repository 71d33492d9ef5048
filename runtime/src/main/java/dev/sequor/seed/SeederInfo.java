package dev.sequor.seed;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * One seeder as {@link SeederRunner#status()} sees it: its name, class and environments from the index (the class
 * is null and the environments empty for a {@link State#MISSING MISSING} one), its state, and when and how fast it
 * ran ({@code null} unless {@link State#SEEDED SEEDED}). No environments means every environment.
 */
public record SeederInfo(String name, String className, List<String> environments, State state, Instant runAt,
    Duration duration) {

  public SeederInfo {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(state, "state");
    environments = List.copyOf(environments);
  }

  /** Where a seeder stands, comparing the index with the history table {@code "SequorData"}. */
  public enum State {
    /** Recorded as run. */
    SEEDED,
    /** Not run yet (always, for an untracked runner). */
    PENDING,
    /** Not run, and limited to other environments: the runner skips it. */
    SKIPPED,
    /** Recorded as run, but no seeder of that name is in the index any more. */
    MISSING
  }
}
