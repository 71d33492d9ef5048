package dev.sequor.seed;

import java.time.Duration;
import java.util.List;
import java.util.Objects;

/** What one {@link SeederRunner} command did, in the order it did it. */
public record SeedReport(List<SeedReport.Step> steps) {

  public SeedReport {
    steps = List.copyOf(steps);
  }

  /** What happened to one seeder. */
  public enum Action {
    /** Its {@code up} ran and committed. */
    SEEDED,
    /** Its {@code down} ran and committed. */
    UNDONE,
    /** Limited to other environments: not run. */
    SKIPPED
  }

  /** One seeder, and how long it took ({@link Duration#ZERO} when skipped). */
  public record Step(String name, Action action, Duration duration) {

    public Step {
      Objects.requireNonNull(name, "name");
      Objects.requireNonNull(action, "action");
      Objects.requireNonNull(duration, "duration");
    }
  }

  /** The names of the seeders that had {@code action}, in order. */
  public List<String> names(Action action) {
    return steps.stream().filter(s -> s.action() == action).map(Step::name).toList();
  }
}
