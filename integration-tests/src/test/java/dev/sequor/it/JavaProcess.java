package dev.sequor.it;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/** Runs a main class of the test classpath in a JVM of its own (a small heap, its own logging settings). */
public final class JavaProcess {

  /** What the process printed (stdout and stderr together) and its exit code. */
  record Result(int exitCode, String output) {}

  private JavaProcess() {}

  static Result run(List<String> jvmOptions, Class<?> main, String... args) throws IOException, InterruptedException {
    List<String> command = command(jvmOptions, main, args);
    Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
    byte[] output = process.getInputStream().readAllBytes(); // until the process closes it, at exit
    if (!process.waitFor(5, TimeUnit.MINUTES)) {
      process.destroyForcibly();
      throw new AssertionError("the process did not end: " + command);
    }
    return new Result(process.exitValue(), new String(output, StandardCharsets.UTF_8));
  }

  /** The command that runs {@code main} of the test class path with this JVM's {@code java}, without jOOQ's banner. */
  public static List<String> command(List<String> jvmOptions, Class<?> main, String... args) {
    List<String> command = new ArrayList<>();
    command.add(ProcessHandle.current().info().command().orElse("java"));
    command.addAll(jvmOptions);
    command.add("-Dorg.jooq.no-logo=true");
    command.add("-Dorg.jooq.no-tips=true");
    command.add("-cp");
    command.add(System.getProperty("java.class.path"));
    command.add(main.getName());
    command.addAll(List.of(args));
    return command;
  }
}
