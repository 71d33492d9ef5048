package dev.sequor.migration;

import java.time.Duration;
import java.util.List;
import java.util.Objects;

/** What one {@link Migrator} command did: the migrations it applied or reverted, in the order it ran them. */
public record MigrationReport(List<MigrationReport.Step> steps) {

  public MigrationReport {
    steps = List.copyOf(steps);
  }

  /** One migration applied ({@code up}) or reverted ({@code !up}), and how long its statements took. */
  public record Step(String name, boolean up, Duration duration) {

    public Step {
      Objects.requireNonNull(name, "name");
      Objects.requireNonNull(duration, "duration");
    }
  }
}
