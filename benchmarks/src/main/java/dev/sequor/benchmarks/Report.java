package dev.sequor.benchmarks;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** The Markdown the benchmark prints and writes: a line about the machine, then one table row per result. */
final class Report {

  private Report() {}

  static String header(BenchDatabase database, List<Workload> workloads, double warmup, int rounds, double scale,
      boolean synchronousCommit) throws SQLException {
    return String.format(Locale.ROOT, "Machine: %s, %d cores; JDK %s (%s%s); PostgreSQL %s; %s. "
            + "Rounds: 1 warm-up (%.0f%% of the operations, at most 2 s) + %d measured (best%s), scale %s, "
            + "synchronous_commit %s, pools of %d. CPU: %s.",
        cpuModel(), Runtime.getRuntime().availableProcessors(), System.getProperty("java.version"),
        System.getProperty("java.vm.name"), jitOptions(), database.serverVersion(),
        ZonedDateTime.now().truncatedTo(ChronoUnit.SECONDS).format(DateTimeFormatter.ISO_OFFSET_DATE_TIME),
        warmup * 100, rounds, fewerRounds(workloads, rounds), scale, synchronousCommit ? "on" : "off",
        BenchDatabase.POOL_SIZE, ProcessCpu.source());
  }

  /** {@code "; W7 1"}: the workloads measured in fewer rounds than asked (see {@link Workload#maxRounds}). */
  private static String fewerRounds(List<Workload> workloads, int rounds) {
    StringBuilder out = new StringBuilder();
    for (Workload w : workloads) {
      if (w.maxRounds() < rounds) {
        out.append("; ").append(w.id).append(' ').append(w.maxRounds());
      }
    }
    return out.toString();
  }

  /** The JIT options the benchmark's JVM was started with, as ", -XX:..." (they change what a round measures). */
  private static String jitOptions() {
    StringBuilder out = new StringBuilder();
    for (String argument : java.lang.management.ManagementFactory.getRuntimeMXBean().getInputArguments()) {
      if (argument.startsWith("-XX:")) {
        out.append(", ").append(argument);
      }
    }
    return out.toString();
  }

  private static String cpuModel() {
    try {
      for (String line : Files.readAllLines(Path.of("/proc/cpuinfo"))) {
        if (line.startsWith("model name")) {
          return line.substring(line.indexOf(':') + 1).trim();
        }
      }
    } catch (IOException | RuntimeException e) {
      // not Linux: fall through
    }
    return System.getProperty("os.arch");
  }

  static String table(List<Workload> workloads, Map<String, Bench.Measurements> results, long seconds) {
    StringBuilder t = new StringBuilder();
    t.append("| Workload | Implementation | ops/s | × jdbc | CPU µs/op | × jdbc |\n");
    t.append("|---|---|---:|---:|---:|---:|\n");
    for (Workload w : workloads) {
      Bench.Measurements jdbc = results.get(w.id + "/jdbc");
      for (String impl : Bench.IMPLEMENTATIONS) {
        Bench.Measurements m = results.get(w.id + "/" + impl);
        if (m == null) {
          continue;
        }
        row(t, w.id + " " + w.title, impl, w.operations, m, jdbc);
        if (w.rowsPerOperation > 0) {
          row(t, w.id + " per " + w.rowName, impl, (long) w.operations * w.rowsPerOperation, m, jdbc);
        }
      }
    }
    t.append(String.format(Locale.ROOT, "%nTotal run time: %d min %02d s.%n", seconds / 60, seconds % 60));
    return t.toString();
  }

  private static void row(StringBuilder t, String workload, String impl, long operations, Bench.Measurements m,
      Bench.Measurements jdbc) {
    double opsPerSecond = operations / (m.bestWall() / 1e9);
    double cpuMicros = m.bestCpu() / 1e3 / operations;
    String opsRatio = "";
    String cpuRatio = "";
    if (jdbc != null) {
      opsRatio = String.format(Locale.ROOT, "%.2f", opsPerSecond / (operations / (jdbc.bestWall() / 1e9)));
      cpuRatio = String.format(Locale.ROOT, "%.2f", cpuMicros / (jdbc.bestCpu() / 1e3 / operations));
    }
    t.append(String.format(Locale.ROOT, "| %s | %s | %s | %s | %s | %s |%n", workload, impl,
        number(opsPerSecond), opsRatio, number(cpuMicros), cpuRatio));
  }

  /** Three significant digits at most, without exponent. */
  private static String number(double value) {
    if (value >= 100) {
      return String.format(Locale.ROOT, "%,.0f", value);
    }
    if (value >= 10) {
      return String.format(Locale.ROOT, "%.1f", value);
    }
    return String.format(Locale.ROOT, "%.2f", value);
  }
}
