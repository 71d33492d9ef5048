package dev.sequor.benchmarks;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The benchmark of issue 6: every workload, for every implementation, on one PostgreSQL, one schema and one data
 * set, printing ops/s and the benchmark process's CPU time per operation, each against raw JDBC.
 *
 * <p>First, one unmeasured pass runs every workload at a tenth of its operations on every implementation, so that
 * the JIT has compiled each layer before anything is measured. Then, for each workload, there are {@code bench.rounds} measured rounds after one warm-up round (of a fraction,
 * {@code bench.warmup}, of the operations); in each round every
 * implementation runs once, in an order that rotates from round to round (and workload to workload), so that
 * none always runs first, on a colder cache, or last, after the others' garbage. Only the operations are measured:
 * resetting the table, drawing inputs and checking results are not. Results are the best of the measured rounds.
 *
 * <p>Options (system properties): {@code bench.rounds} (2), {@code bench.scale} (1.0, a fraction of the operation
 * counts), {@code bench.warmup} (0.3), {@code bench.only} (workloads, e.g. {@code W3,W4}), {@code bench.impl} (e.g. {@code jdbc,sequor}),
 * {@code bench.synchronousCommit} ({@code off}), {@code bench.threads} ({@code false}: each round's CPU time by
 * thread), {@code bench.out} (the Markdown file to write). The database is
 * {@code DATABASE_URL}, else {@code jdbc:postgresql://127.0.0.1:5432/test?user=postgres}.
 */
public final class Bench {

  static final List<String> IMPLEMENTATIONS =
      List.of("jdbc", "jdbc-join", "jooq-into", "jooq-mapper", "hibernate", "sequor");

  private Bench() {}

  /** The share of each workload's operations in the JVM warm-up pass that precedes all measurements. */
  private static final double WARM_UP_SCALE = 0.1;

  /** The longest a warm-up round runs, per workload and implementation. */
  private static final double WARM_UP_SECONDS = 2.0;

  public static void main(String[] args) throws Exception {
    quietLogging();
    int rounds = Integer.getInteger("bench.rounds", 2);
    double warmup = Double.parseDouble(System.getProperty("bench.warmup", "0.3"));
    double scale = Double.parseDouble(System.getProperty("bench.scale", "1.0"));
    Set<String> only = list(System.getProperty("bench.only"));
    Set<String> impls = list(System.getProperty("bench.impl"));
    boolean synchronousCommit = "on".equalsIgnoreCase(System.getProperty("bench.synchronousCommit", "off"));
    String url = System.getenv("DATABASE_URL");
    if (url == null || url.isBlank()) {
      url = "jdbc:postgresql://127.0.0.1:5432/test?user=postgres";
    }
    Path out = Path.of(System.getProperty("bench.out", "benchmarks/target/results.md"));

    long started = System.nanoTime();
    DataSet data = new DataSet(100_000);
    List<Workload> workloads = Workload.all(data, scale).stream()
        .filter(w -> only.isEmpty() || only.contains(w.id.toLowerCase()))
        .collect(Collectors.toList());
    Map<String, Measurements> results = new LinkedHashMap<>();
    String header;
    try (BenchDatabase database = new BenchDatabase(url, synchronousCommit)) {
      header = Report.header(database, workloads, warmup, rounds, scale, synchronousCommit);
      System.out.println(header);
      List<Impl> chosen = open(database, impls);
      try {
        // One unmeasured pass over every workload first, so that the first workload measured does not pay for the
        // JIT warming the whole JVM (pgjdbc, the pool, each layer) and every later one starts from the same state.
        System.out.println("JVM warm-up: every workload at " + WARM_UP_SCALE + " of its operations, not measured");
        List<Workload> warmUp = Workload.all(data, scale * WARM_UP_SCALE).stream()
            .filter(w -> only.isEmpty() || only.contains(w.id.toLowerCase())).collect(Collectors.toList());
        run(database, data, warmUp, chosen, 0, 1.0, WARM_UP_SECONDS / 2, new LinkedHashMap<>());
        run(database, data, workloads, chosen, rounds, warmup, WARM_UP_SECONDS, results);
      } finally {
        for (Impl impl : chosen) {
          impl.close();
        }
      }
    }
    long seconds = (System.nanoTime() - started) / 1_000_000_000;
    String table = Report.table(workloads, results, seconds);
    System.out.println();
    System.out.println(table);
    Files.createDirectories(out.toAbsolutePath().getParent());
    Files.writeString(out, header + "\n\n" + table);
    System.out.println("Written to " + out.toAbsolutePath());
  }

  private static List<Impl> open(BenchDatabase database, Set<String> names) {
    Map<String, Function<BenchDatabase, Impl>> factories = new LinkedHashMap<>();
    factories.put("jdbc", d -> new JdbcImpl(d, false));
    factories.put("jdbc-join", d -> new JdbcImpl(d, true));
    factories.put("jooq-into", d -> new JooqImpl(d, true));
    factories.put("jooq-mapper", d -> new JooqImpl(d, false));
    factories.put("hibernate", HibernateImpl::new);
    factories.put("sequor", SequorImpl::new);
    for (String name : names) {
      if (!factories.containsKey(name)) {
        throw new IllegalArgumentException("Unknown implementation " + name + ", expected one of "
            + factories.keySet());
      }
    }
    List<Impl> opened = new ArrayList<>();
    factories.forEach((name, factory) -> {
      if (names.isEmpty() || names.contains(name)) {
        opened.add(factory.apply(database));
      }
    });
    return opened;
  }

  private static void run(BenchDatabase database, DataSet data, List<Workload> workloads, List<Impl> all,
      int rounds, double warmup, double warmUpSeconds, Map<String, Measurements> results) throws Exception {
    boolean loaded = false; // whether the table holds the data set, unchanged
    boolean parentsLoaded = false; // whether W9's tables hold their rows (nothing changes them)
    for (int w = 0; w < workloads.size(); w++) {
      Workload workload = workloads.get(w);
      List<Impl> impls = all.stream().filter(impl -> impl.runs(workload)).collect(Collectors.toList());
      System.out.printf("%s %s%n", workload.id, workload.title);
      int measured = Math.min(rounds, workload.maxRounds());
      for (int round = 0; round <= measured; round++) {
        for (int k = 0; k < impls.size(); k++) {
          Impl impl = impls.get((k + round + w) % impls.size());
          switch (workload.table) {
            case EMPTY:
              database.empty();
              loaded = false;
              break;
            case FRESH:
              database.load(data.products);
              loaded = false;
              break;
            case LOADED:
              if (!loaded) {
                database.load(data.products);
                loaded = true;
              }
              break;
            case PARENTS:
              if (!parentsLoaded) {
                database.loadParents(data.parents, data.children);
                parentsLoaded = true;
              }
              break;
            default:
              throw new AssertionError(workload.table);
          }
          impl.beforeRun(workload);
          if (round == 0) {
            // a part of the operations, unchecked (the checks expect every operation)
            Measurement m = warmUp(workload, impl, Math.max(1, (int) Math.ceil(workload.operations * warmup)),
                warmUpSeconds);
            System.out.printf("  round 0 %-12s %10.1f ms wall, %d operations (warm-up)%n", impl.name(),
                m.wallNanos / 1e6, m.result);
            continue;
          }
          Measurement m = measure(workload, impl, workload.operations);
          try {
            workload.check(m.result, database);
          } catch (Workload.CheckFailed e) {
            throw new Workload.CheckFailed(workload.id + " " + impl.name() + ": wrong answer, " + e.getMessage());
          }
          System.out.printf("  round %d %-12s %10.1f ms wall %10.1f ms cpu%n", round, impl.name(),
              m.wallNanos / 1e6, m.cpuNanos / 1e6);
          results.computeIfAbsent(workload.id + "/" + impl.name(), key -> new Measurements()).add(m);
        }
      }
    }
  }

  /** Runs every operation, measured. */
  private static Measurement measure(Workload workload, Impl impl, int operations) {
    System.gc(); // the previous run's garbage is not this run's cost
    ProcessCpu.Snapshot cpu = ProcessCpu.now();
    long wall = System.nanoTime();
    long result = 0;
    for (int i = 0; i < operations; i++) {
      result += workload.run(impl, i);
    }
    long wallNanos = System.nanoTime() - wall;
    ProcessCpu.Snapshot end = ProcessCpu.now();
    if (Boolean.getBoolean("bench.threads")) {
      System.out.println("    threads (ms): " + end.busiest(cpu, 8));
    }
    return new Measurement(wallNanos, end.since(cpu), result);
  }

  /**
   * Runs up to {@code operations}, unchecked, and stops early after {@code seconds}: a warm-up only has to get the
   * code compiled, and a workload whose operations wait on the server (W7's group-bys take about 20 ms each in
   * PostgreSQL) would otherwise spend minutes warming a client that is warm after a second.
   */
  private static Measurement warmUp(Workload workload, Impl impl, int operations, double seconds) {
    long wall = System.nanoTime();
    long deadline = wall + (long) (seconds * 1e9);
    int done = 0;
    while (done < operations && (done == 0 || System.nanoTime() < deadline)) {
      workload.run(impl, done++);
    }
    return new Measurement(System.nanoTime() - wall, 0, done);
  }

  record Measurement(long wallNanos, long cpuNanos, long result) {}

  /** The measured rounds of one workload and implementation. */
  static final class Measurements {
    private final List<Measurement> rounds = new ArrayList<>();

    void add(Measurement m) {
      rounds.add(m);
    }

    /*
     * The best round, not the median: on a shared two-core machine a round now and then pays for the JIT
     * compiling the code it runs, a collection of an earlier round's garbage or a neighbour's burst, and with two
     * measured rounds a median is a mean that keeps those. The best round is the steady-state cost; the same rule
     * applies to every implementation.
     */
    long bestWall() {
      return rounds.stream().mapToLong(Measurement::wallNanos).min().orElseThrow();
    }

    long bestCpu() {
      return rounds.stream().mapToLong(Measurement::cpuNanos).min().orElseThrow();
    }
  }

  private static Set<String> list(String value) {
    if (value == null || value.isBlank()) {
      return Set.of();
    }
    return Arrays.stream(value.split(",")).map(String::trim).filter(s -> !s.isEmpty())
        .map(String::toLowerCase).collect(Collectors.toCollection(java.util.LinkedHashSet::new));
  }

  /** Hibernate, HikariCP and jOOQ talk at INFO; only warnings matter here. */
  private static void quietLogging() {
    System.setProperty("org.slf4j.simpleLogger.defaultLogLevel", "warn");
    System.setProperty("org.jboss.logging.provider", "slf4j");
    System.setProperty("org.jooq.no-logo", "true");
    System.setProperty("org.jooq.no-tips", "true");
  }
}
