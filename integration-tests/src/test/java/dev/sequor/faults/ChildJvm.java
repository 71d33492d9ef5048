package dev.sequor.faults;

import dev.sequor.it.JavaProcess;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * A main class of the test class path running in a JVM of its own, which the test can tell to go on (a line on its
 * standard input), wait for, or kill with SIGKILL. Its output (stdout and stderr together) goes to a file, so that
 * what it printed before it was killed can be read, and a child that prints a lot never blocks on a full pipe.
 * {@link #close()} always ends the process: use it in try-with-resources, so no JVM outlives its test.
 */
final class ChildJvm implements AutoCloseable {

  /** The exit code Java reports for a process ended by signal 9 (128 + 9): a SIGTERM would give 143. */
  static final int KILLED_BY_SIGKILL = 137;

  private static final long POLL_MILLIS = 5;

  private final Process process;
  private final Path output;

  private ChildJvm(Process process, Path output) {
    this.process = process;
    this.output = output;
  }

  static ChildJvm start(List<String> jvmOptions, Class<?> main, String... args) throws IOException {
    List<String> options = new ArrayList<>();
    // a quarter less CPU to start, which counts when 8 start at once on 2 cores: C1 only, one compiler thread, one
    // GC thread, no perf data file, and no verification of the class path's classes (javac's and Maven Central's)
    options.addAll(List.of("-XX:TieredStopAtLevel=1", "-XX:CICompilerCount=1", "-XX:+UseSerialGC",
        "-XX:-UsePerfData", "-XX:+UnlockDiagnosticVMOptions", "-XX:-BytecodeVerificationRemote"));
    options.addAll(jvmOptions);
    List<String> command = JavaProcess.command(options, main, args);
    Path output = Files.createTempFile("sequor-faults-child-", ".log");
    try {
      Process process = new ProcessBuilder(command).redirectErrorStream(true)
          .redirectOutput(output.toFile()).start();
      return new ChildJvm(process, output);
    } catch (IOException | RuntimeException e) {
      Files.deleteIfExists(output);
      throw e;
    }
  }

  /** Waits until the child has printed {@code line} (a whole line); fails if it exits or the time runs out first. */
  void awaitLine(String line, Duration timeout) throws IOException, InterruptedException {
    long deadline = System.nanoTime() + timeout.toNanos();
    while (!output().lines().anyMatch(line::equals)) {
      if (!process.isAlive()) {
        throw new AssertionError("the child exited with " + process.exitValue() + " before printing '" + line
            + "':\n" + output());
      }
      if (System.nanoTime() > deadline) {
        throw new AssertionError("the child did not print '" + line + "' within " + timeout + ":\n" + output());
      }
      Thread.sleep(POLL_MILLIS);
    }
  }

  /** Writes a line to the child's standard input. */
  void send(String line) throws IOException {
    OutputStream in = process.getOutputStream();
    in.write((line + "\n").getBytes(StandardCharsets.UTF_8));
    in.flush();
  }

  /**
   * Kills the child with SIGKILL ({@link Process#destroyForcibly()} on Linux: no shutdown hook, no finally block,
   * no socket closed politely) and waits for it to be gone; returns its exit code, {@link #KILLED_BY_SIGKILL} unless
   * it had already exited.
   */
  int kill() throws InterruptedException {
    process.destroyForcibly();
    if (!process.waitFor(10, TimeUnit.SECONDS)) {
      throw new AssertionError("the child " + process.pid() + " survived SIGKILL for 10 s");
    }
    return process.exitValue();
  }

  /** Waits for the child to exit by itself; returns its exit code, or fails (and kills it) after {@code timeout}. */
  int awaitExit(Duration timeout) throws IOException, InterruptedException {
    if (!process.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS)) {
      kill();
      throw new AssertionError("the child did not exit within " + timeout + ":\n" + output());
    }
    return process.exitValue();
  }

  /** What the child printed so far. */
  String output() throws IOException {
    // a child killed in the middle of a character leaves half of it: decoded leniently
    return new String(Files.readAllBytes(output), StandardCharsets.UTF_8);
  }

  /** Kills the child if it still runs, and deletes its output; an interrupted test still gets its child killed. */
  @Override
  public void close() throws IOException {
    try {
      process.destroyForcibly();
      process.waitFor(10, TimeUnit.SECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt(); // SIGKILL is sent: the child ends without being waited for
    } finally {
      Files.deleteIfExists(output);
    }
  }
}
