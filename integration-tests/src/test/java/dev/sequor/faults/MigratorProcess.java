package dev.sequor.faults;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.sequor.testing.TestDatabase;
import java.io.IOException;
import java.nio.file.Path;
import java.sql.Connection;
import java.time.Duration;
import java.util.List;

/**
 * A {@link MigratorMain} in a JVM of its own, on a test class's schema, and the {@code application_name} of its
 * connection, by which the test finds its backend. It logs the migration runner's INFO lines (taking the lock, waiting
 * for it, each migration applied).
 */
record MigratorProcess(ChildJvm jvm, String applicationName) {

  /** The runner's line once it holds the lock and has read the history. */
  static final String MIGRATING = "Migrating schema";
  /** The runner's line when another run holds the lock. */
  static final String WAITING = "Waiting for another migration run";

  private static final Duration START_UP = Duration.ofSeconds(40);

  static MigratorProcess start(TestDatabase database, Path migrations, String what) throws Exception {
    String name = Backends.newName(what);
    return new MigratorProcess(ChildJvm.start(List.of("-Dorg.slf4j.simpleLogger.log.dev.sequor.migration=info"),
        MigratorMain.class, Backends.named(database.jdbcUrl(), name), migrations.toString()), name);
  }

  /** Closes them all (each kills its JVM if it still runs), even when closing one fails. */
  static void closeAll(List<MigratorProcess> processes) throws IOException {
    IOException failure = null;
    for (MigratorProcess process : processes) {
      try {
        process.jvm.close();
      } catch (IOException e) {
        if (failure == null) {
          failure = e;
        } else {
          failure.addSuppressed(e);
        }
      }
    }
    if (failure != null) {
      throw failure;
    }
  }

  /** The names it printed as applied; empty when it applied none (or did not get that far). */
  static List<String> applied(String output) {
    return output.lines().filter(line -> line.startsWith(MigratorMain.APPLIED)).findFirst()
        .map(line -> line.substring(MigratorMain.APPLIED.length())).filter(names -> !names.isEmpty())
        .map(names -> List.of(names.split(","))).orElse(List.of());
  }

  /**
   * Waits until it is connected and waiting for "go", and checks that its connection carries its name: a check that
   * its backend is gone would prove nothing otherwise.
   */
  void awaitReady(Connection check) throws Exception {
    jvm.awaitLine(MigratorMain.READY, START_UP);
    assertEquals(1, Backends.count(check, applicationName), "the child's pool is one connection, named "
        + applicationName);
  }
}
