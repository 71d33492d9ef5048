package dev.sequor.maven;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.sequor.migration.MigrationInfo;
import dev.sequor.migration.MigrationInfo.State;
import dev.sequor.migration.MigrationReport;
import dev.sequor.migration.MigrationReport.Step;
import dev.sequor.seed.SeedReport;
import dev.sequor.seed.SeedReport.Action;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class ReportsTest {

  private static final Instant APPLIED = Instant.parse("2026-01-02T03:04:05Z");

  @Test
  void migrate_totalsTheRun() {
    MigrationReport report = new MigrationReport(List.of(
        new Step("20260101000000-create-products.sql", true, Duration.ofMillis(12)),
        new Step("20260102000000-add-stock.sql", true, Duration.ofMillis(1500))));
    assertEquals("Migrated 2 migrations in 1.512s.", Reports.summary(report, false));
  }

  @Test
  void undo_saysReverted() {
    MigrationReport report = new MigrationReport(List.of(
        new Step("20260102000000-add-stock.sql", false, Duration.ofNanos(3_400_000))));
    assertEquals("Reverted 1 migration in 0.003s.", Reports.summary(report, true));
  }

  @Test
  void nothingRan_inSequelizeCliWords() {
    assertEquals("No migrations were executed, database schema was already up to date.",
        Reports.summary(new MigrationReport(List.of()), false));
    assertEquals("No executed migrations found.", Reports.summary(new MigrationReport(List.of()), true));
  }

  @Test
  void status_isUpAndDown_withChangedAndMissingExplained() {
    List<MigrationInfo> migrations = List.of(
        new MigrationInfo("20260101000000-create-products.sql", State.APPLIED, APPLIED, Duration.ofMillis(5)),
        new MigrationInfo("20260102000000-add-stock.sql", State.CHANGED, APPLIED, Duration.ofMillis(5)),
        new MigrationInfo("20260103000000-gone.sql", State.MISSING, APPLIED, Duration.ofMillis(5)),
        new MigrationInfo("20260104000000-add-sku.sql", State.PENDING, null, null));
    assertEquals(List.of(
        "up 20260101000000-create-products.sql",
        "up 20260102000000-add-stock.sql  CHANGED: the file differs from the one applied on 2026-01-02 03:04:05 UTC;"
            + " sequor:migrate refuses to run until it is restored, or, if the change is deliberate, run"
            + " sequor:migrate -DacceptChecksum=20260102000000-add-stock.sql",
        "up 20260103000000-gone.sql  MISSING: applied on 2026-01-02 03:04:05 UTC, but there is no such file in"
            + " db" + java.io.File.separator + "migrations",
        "down 20260104000000-add-sku.sql",
        "3 up, 1 down, 1 CHANGED, 1 MISSING."), Reports.status(migrations, Path.of("db", "migrations")));
  }

  @Test
  void status_ofNothing() {
    assertEquals(List.of("No migrations in db and none applied."), Reports.status(List.of(), Path.of("db")));
  }

  @Test
  void seedAll_totalsTheSeeders_andCountsTheSkipped() {
    SeedReport report = new SeedReport(List.of(
        new SeedReport.Step("20261125120000-countries", Action.SEEDED, Duration.ofMillis(12)),
        new SeedReport.Step("20261125130000-demo-products", Action.SKIPPED, Duration.ZERO),
        new SeedReport.Step("20261125140000-prices", Action.SEEDED, Duration.ofMillis(3))));
    assertEquals(List.of("Seeded 2 seeders in 0.015s.",
        "Skipped 1 seeder limited to other environments than production."),
        Reports.seedSummary(report, "production"));
  }

  @Test
  void seedUndo_saysReverted() {
    SeedReport report = new SeedReport(List.of(
        new SeedReport.Step("20261125120000-countries", Action.UNDONE, Duration.ofMillis(4))));
    assertEquals(List.of("Reverted 1 seeder in 0.004s."), Reports.seedSummary(report, "development"));
  }

  @Test
  void seedNothingRan_inSequelizeCliWords() {
    assertEquals(List.of("No seeders were executed."),
        Reports.seedSummary(new SeedReport(List.of()), "development"));
    SeedReport onlySkipped = new SeedReport(List.of(
        new SeedReport.Step("20261125130000-demo-products", Action.SKIPPED, Duration.ZERO)));
    assertEquals(List.of("No seeders were executed.",
        "Skipped 1 seeder limited to other environments than test."),
        Reports.seedSummary(onlySkipped, "test"));
  }
}
