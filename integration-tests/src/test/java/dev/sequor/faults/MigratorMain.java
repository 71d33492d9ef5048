package dev.sequor.faults;

import dev.sequor.Sequor;
import dev.sequor.migration.MigrationReport;
import dev.sequor.migration.Migrator;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.stream.Collectors;

/**
 * A migrator as an application runs it, through the public API only, in a JVM of its own for the fault-injection
 * suite. Arguments: the JDBC URL and the migrations folder. Connects, prints {@value #READY}, waits for a line on
 * its standard input (so that the test decides when the run starts, after the JVM's start-up; the end of
 * the input, when the test's JVM is gone, exits with 2), migrates, prints
 * {@value #APPLIED} and the names it applied, comma-separated, then {@value #DONE}. A failure prints its stack
 * trace and exits with 1.
 */
public final class MigratorMain {

  static final String READY = "ready";
  static final String APPLIED = "applied: ";
  static final String DONE = "done";

  private MigratorMain() {}

  public static void main(String[] args) throws IOException {
    String url = args[0];
    Path migrations = Path.of(args[1]);
    try (Sequor db = Sequor.builder().url(url).poolSize(1).build()) {
      Migrator migrator = db.migrator(migrations);
      System.out.println(READY);
      if (new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8)).readLine() == null) {
        System.exit(2); // the test's JVM is gone (its end closed our input): nobody wants this run any more
      }
      MigrationReport report = migrator.migrate();
      System.out.println(APPLIED + report.steps().stream().map(MigrationReport.Step::name)
          .collect(Collectors.joining(",")));
    } catch (RuntimeException e) {
      e.printStackTrace(System.out);
      System.out.flush();
      System.exit(1);
    }
    System.out.println(DONE);
  }
}
