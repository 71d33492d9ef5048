package dev.sequor.benchmarks;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;

/**
 * The CPU time of this process in nanoseconds: every thread (the benchmark's, the pools', the garbage collector's)
 * but the JIT compilers.
 *
 * <p>Why not the JDK's {@code OperatingSystemMXBean.getProcessCpuTime()}: on Linux it counts clock ticks (10 ms),
 * and one tick is 5% of the 200 ms that a bulk load of 100,000 rows costs, enough to turn a tie into a miss. Every
 * thread's own scheduler account ({@code /proc/self/task/<tid>/schedstat}, its first field) is exact to the
 * nanosecond, so a {@link Snapshot} records it per thread and {@link Snapshot#since} adds up the differences.
 *
 * <p>Why not the JIT compilers: with five data layers in one JVM, C2 was still compiling minutes into a run, and a
 * round's compiler time (0 to 300 ms) outweighed the whole difference between the layers it measured, in either
 * direction. A long-running application pays for compilation once; the figure here is the steady-state cost of an
 * operation. The garbage collector's threads stay in: garbage is a cost of every operation.
 *
 * <p>A thread that ends inside a measurement takes its time with it; the threads that do the work here live for
 * the whole run. Where {@code /proc} is missing, the JDK's process CPU time (all threads, in ticks) is used.
 */
final class ProcessCpu {

  private static final Path TASKS = Path.of("/proc/self/task");
  private static final boolean EXACT = Files.isReadable(TASKS.resolve(String.valueOf(ProcessHandle.current().pid()))
      .resolve("schedstat"));

  private ProcessCpu() {}

  /** Per thread id, whether it is a JIT compiler thread; a thread keeps its name. */
  private static final Map<String, Boolean> COMPILERS = new java.util.concurrent.ConcurrentHashMap<>();

  /** How the CPU time is read, for the report. */
  static String source() {
    return EXACT ? "every thread but the JIT compilers', from the scheduler (/proc/self/task/*/schedstat)"
        : "the JDK's process CPU time";
  }

  static Snapshot now() {
    if (!EXACT) {
      return new Snapshot(Map.of(), jdkProcessCpu());
    }
    Map<String, Long> threads = new HashMap<>();
    try (DirectoryStream<Path> tasks = Files.newDirectoryStream(TASKS)) {
      for (Path task : tasks) {
        String tid = task.getFileName().toString();
        if (COMPILERS.computeIfAbsent(tid, id -> threadName(id).matches("C[12] CompilerThre.*"))) {
          continue;
        }
        try {
          String line = Files.readString(task.resolve("schedstat"));
          threads.put(tid, Long.parseLong(line.substring(0, line.indexOf(' '))));
        } catch (IOException e) {
          // the thread ended while being listed: it is not in this snapshot
        }
      }
    } catch (IOException e) {
      throw new IllegalStateException("Cannot read " + TASKS, e);
    }
    return new Snapshot(threads, 0);
  }

  private static String threadName(String tid) {
    try {
      return Files.readString(TASKS.resolve(tid).resolve("comm")).trim();
    } catch (IOException e) {
      return "ended";
    }
  }

  private static long jdkProcessCpu() {
    return ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean())
        .getProcessCpuTime();
  }

  /** Every thread's CPU time at one moment. */
  static final class Snapshot {
    private final Map<String, Long> threads;
    private final long total; // when not exact

    private Snapshot(Map<String, Long> threads, long total) {
      this.threads = threads;
      this.total = total;
    }

    /**
     * Where the CPU time since {@code earlier} went, the busiest threads first (at most {@code limit}), as
     * {@code name=ms}: to see whether an implementation's cost is its own thread's or the GC's and the JIT's.
     */
    String busiest(Snapshot earlier, int limit) {
      Map<String, Long> byName = new HashMap<>();
      for (Map.Entry<String, Long> thread : threads.entrySet()) {
        long spent = thread.getValue() - earlier.threads.getOrDefault(thread.getKey(), 0L);
        if (spent > 0) {
          // numbered pool threads ("GC Thread#1") are counted together
          byName.merge(threadName(thread.getKey()).replaceAll("#?\\d+$", "#"), spent, Long::sum);
        }
      }
      StringBuilder out = new StringBuilder();
      byName.entrySet().stream().sorted(Map.Entry.<String, Long>comparingByValue().reversed()).limit(limit)
          .forEach(e -> out.append(out.length() == 0 ? "" : ", ").append(e.getKey()).append('=')
              .append(String.format(java.util.Locale.ROOT, "%.1f", e.getValue() / 1e6)));
      return out.toString();
    }


    /** The CPU time spent since {@code earlier}: each thread's increase, a thread started since counted whole. */
    long since(Snapshot earlier) {
      if (!EXACT) {
        return total - earlier.total;
      }
      long sum = 0;
      for (Map.Entry<String, Long> thread : threads.entrySet()) {
        sum += thread.getValue() - earlier.threads.getOrDefault(thread.getKey(), 0L);
      }
      return sum;
    }
  }
}
