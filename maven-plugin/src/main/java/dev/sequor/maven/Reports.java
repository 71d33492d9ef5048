package dev.sequor.maven;

import dev.sequor.migration.MigrationException;
import dev.sequor.migration.MigrationInfo;
import dev.sequor.migration.MigrationReport;
import dev.sequor.migration.Migrator;
import dev.sequor.seed.SeedReport;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

/** The lines the migration goals print, in sequelize-cli's words where it has some. */
final class Reports {

  static final String NOTHING_MIGRATED = "No migrations were executed, database schema was already up to date.";
  static final String NOTHING_REVERTED = "No executed migrations found.";
  static final String NOTHING_SEEDED = "No seeders were executed.";

  private static final DateTimeFormatter APPLIED_AT =
      DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss 'UTC'", Locale.ROOT).withZone(ZoneOffset.UTC);

  private Reports() {}

  /**
   * The total of a run, {@code Migrated 2 migrations in 0.015s.} or {@code Reverted ...}, or sequelize-cli's sentence
   * when nothing ran. Each migration's own line ({@code Applied <file> (12 ms)}, {@code Reverted ...}) is the
   * runtime's log, which Maven shows as it happens, so this does not repeat it.
   */
  static String summary(MigrationReport report, boolean undo) {
    List<MigrationReport.Step> steps = report.steps();
    if (steps.isEmpty()) {
      return undo ? NOTHING_REVERTED : NOTHING_MIGRATED;
    }
    Duration total = Duration.ZERO;
    int up = 0;
    for (MigrationReport.Step step : steps) {
      total = total.plus(step.duration());
      up += step.up() ? 1 : 0;
    }
    int down = steps.size() - up;
    List<String> parts = new ArrayList<>();
    if (up > 0) {
      parts.add("Migrated " + count(up, "migration"));
    }
    if (down > 0) {
      parts.add((up > 0 ? "reverted " : "Reverted ") + count(down, "migration"));
    }
    return String.join(", ", parts) + " in " + seconds(total) + ".";
  }

  /**
   * What a seed goal did: the total, {@code Seeded 2 seeders in 0.015s.} or {@code Reverted ...}, or
   * {@value #NOTHING_SEEDED} when no seeder ran; then how many were skipped because they are limited to other
   * environments, if any. Each seeder's own line (run, undone, skipped) is the runtime's log, as for migrations.
   */
  static List<String> seedSummary(SeedReport report, String environment) {
    Duration total = Duration.ZERO;
    int seeded = 0;
    int undone = 0;
    for (SeedReport.Step step : report.steps()) {
      total = total.plus(step.duration());
      seeded += step.action() == SeedReport.Action.SEEDED ? 1 : 0;
      undone += step.action() == SeedReport.Action.UNDONE ? 1 : 0;
    }
    List<String> lines = new ArrayList<>();
    if (seeded + undone == 0) {
      lines.add(NOTHING_SEEDED);
    } else {
      List<String> parts = new ArrayList<>();
      if (seeded > 0) {
        parts.add("Seeded " + count(seeded, "seeder"));
      }
      if (undone > 0) {
        parts.add((seeded > 0 ? "reverted " : "Reverted ") + count(undone, "seeder"));
      }
      lines.add(String.join(", ", parts) + " in " + seconds(total) + ".");
    }
    int skipped = report.names(SeedReport.Action.SKIPPED).size();
    if (skipped > 0) {
      lines.add("Skipped " + count(skipped, "seeder") + " limited to other environments than "
          + environment + ".");
    }
    return lines;
  }

  /**
   * sequelize-cli's {@code up <file>} / {@code down <file>}, in name order (the order they run in), with what is
   * wrong with an applied migration whose file changed or is gone, then a count.
   */
  static List<String> status(List<MigrationInfo> migrations, Path migrationsDir) {
    if (migrations.isEmpty()) {
      return List.of("No migrations in " + migrationsDir + " and none applied.");
    }
    List<String> lines = new ArrayList<>();
    Map<MigrationInfo.State, Integer> counts = new EnumMap<>(MigrationInfo.State.class);
    for (MigrationInfo migration : migrations) {
      counts.merge(migration.state(), 1, Integer::sum);
      lines.add(switch (migration.state()) {
        case APPLIED -> "up " + migration.name();
        case PENDING -> "down " + migration.name();
        case CHANGED -> "up " + migration.name() + "  CHANGED: the file differs from the one applied"
            + appliedAt(migration.appliedAt()) + "; sequor:migrate refuses to run until it is restored, or, if"
            + " the change is deliberate, run sequor:migrate -DacceptChecksum=" + migration.name();
        case MISSING -> "up " + migration.name() + "  MISSING: applied" + appliedAt(migration.appliedAt())
            + ", but there is no such file in " + migrationsDir;
      });
    }
    int applied = counts.getOrDefault(MigrationInfo.State.APPLIED, 0)
        + counts.getOrDefault(MigrationInfo.State.CHANGED, 0) + counts.getOrDefault(MigrationInfo.State.MISSING, 0);
    StringBuilder summary = new StringBuilder()
        .append(applied).append(" up, ")
        .append(counts.getOrDefault(MigrationInfo.State.PENDING, 0)).append(" down");
    if (counts.containsKey(MigrationInfo.State.CHANGED)) {
      summary.append(", ").append(counts.get(MigrationInfo.State.CHANGED)).append(" CHANGED");
    }
    if (counts.containsKey(MigrationInfo.State.MISSING)) {
      summary.append(", ").append(counts.get(MigrationInfo.State.MISSING)).append(" MISSING");
    }
    lines.add(summary.append('.').toString());
    return lines;
  }

  /**
   * A refusal of migrate because applied files changed, with the Maven way to accept them: the runtime's message
   * names its Java method. Any other failure is returned as it is.
   *
   * @param mvn the Maven command: {@code mvn} or {@code ./mvnw}
   */
  static RuntimeException withAcceptChecksumHint(MigrationException failure, Migrator migrator, String mvn) {
    List<String> changed;
    try {
      changed = migrator.status().stream().filter(m -> m.state() == MigrationInfo.State.CHANGED)
          .map(MigrationInfo::name).toList();
    } catch (RuntimeException e) {
      failure.addSuppressed(e);
      return failure;
    }
    if (changed.isEmpty()) {
      return failure;
    }
    return new UsageException(failure.getMessage() + "\nWith Maven, once the database matches the changed file: "
        + changed.stream().map(name -> mvn + " sequor:migrate -DacceptChecksum=" + name)
            .collect(Collectors.joining(", then ")), failure);
  }

  /** {@code 0.012s}, umzug's format. */
  static String seconds(Duration duration) {
    return String.format(Locale.ROOT, "%.3fs", duration.toNanos() / 1e9);
  }

  private static String appliedAt(Instant appliedAt) {
    return appliedAt == null ? "" : " on " + APPLIED_AT.format(appliedAt);
  }

  private static String count(int n, String noun) {
    return n + " " + noun + (n == 1 ? "" : "s");
  }
}
