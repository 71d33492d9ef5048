package dev.sequor.benchmarks;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * What the Sequor processor adds to {@code javac}: for each model count, the same generated models
 * ({@link ModelSources}) compiled by the JDK's own {@code javac} in separate processes, with the processor (A) and
 * with {@code -proc:none} (B), interleaved A, B, A, B, … after one warm-up pair that is not counted. It prints the
 * median wall and CPU (user + sys of the {@code javac} process) of each, and the median of the per-pair A/B ratios,
 * which is the figure to read: on a shared machine absolute times swing with the load, the ratio in one run much
 * less.
 *
 * <p>Both compile with {@code --release 17} on the same class path (the runtime and its dependencies); A names the
 * processor path with {@code -processorpath} (the processor and its dependencies), never relying on discovery on the
 * class path. By default A compiles against a committed snapshot that matches the models, as an edit-and-recompile
 * does ({@code compile.snapshot=committed}); {@code compile.snapshot=pending} compiles without one, so every table is
 * a pending change (a first compile: the pending migration, the new snapshot and a warning per table).
 *
 * <p>Options (system properties): {@code compile.sizes} (20,200,1000), {@code compile.pairs} (measured pairs per
 * size, one value or one per size: 9,9,5), {@code compile.shape} ({@code record} or {@code class}),
 * {@code compile.snapshot} ({@code committed} or {@code pending}), {@code compile.procOnly} ({@code true}: A runs
 * {@code -proc:only}, the processor without compiling anything), {@code compile.javaHome} (the JDK whose
 * {@code javac} runs; this JVM's by default), {@code compile.flags} (extra {@code javac} arguments for A, such as
 * {@code -J-XX:StartFlightRecording=filename=a.jfr}), {@code compile.partial} ({@code true}: B is the full compile
 * with the processor, and A recompiles one model's source alone into B's output, which is on its class path, as an
 * IDE or an incremental build does after an edit; {@code gradle}: the same, as Gradle's incremental compilation
 * does, which first deletes that model's companion and the aggregating processor's files and passes every other
 * companion class to javac by name), {@code compile.processorPath} and {@code compile.classPath}
 * (to measure another build of the processor or the runtime), {@code compile.dir} (the work directory),
 * {@code compile.out} (the Markdown file to write).
 */
public final class CompileTime {

  /** The model whose source a partial compile recompiles: one that no other model refers to. */
  private static final int CHANGED = 2;

  private static final Pattern TIMES = Pattern.compile("(\\d+)m([\\d.]+)s\\s+(\\d+)m([\\d.]+)s");

  private CompileTime() {}

  public static void main(String[] args) throws Exception {
    int[] sizes = ints(System.getProperty("compile.sizes", "20,200,1000"));
    int[] pairs = ints(System.getProperty("compile.pairs", "9,9,5"));
    ModelSources.Shape shape = ModelSources.Shape.valueOf(System.getProperty("compile.shape", "record").toUpperCase(Locale.ROOT));
    boolean pending = "pending".equals(System.getProperty("compile.snapshot", "committed"));
    boolean procOnly = Boolean.getBoolean("compile.procOnly");
    String partialMode = System.getProperty("compile.partial", "false");
    boolean gradle = partialMode.equals("gradle");
    boolean partial = gradle || Boolean.parseBoolean(partialMode);
    Path javac = Path.of(System.getProperty("compile.javaHome", System.getProperty("java.home")), "bin", "javac");
    List<String> flags = split(System.getProperty("compile.flags", ""));
    String processorPath = System.getProperty("compile.processorPath", "");
    if (processorPath.isBlank()) {
      processorPath = path("dev.sequor.processor.SequorProcessor", "dev.sequor.internal.format.MigrationFormat",
          "com.palantir.javapoet.JavaFile");
    }
    String classPath = System.getProperty("compile.classPath", "");
    if (classPath.isBlank()) {
      // the runtime and what its API exposes or needs: jOOQ (with its reactive-streams and R2DBC interfaces),
      // pgjdbc, HikariCP, SLF4J: what a user's application has on its class path
      classPath = path("dev.sequor.Sequor", "org.jooq.DSLContext", "org.reactivestreams.Publisher",
          "io.r2dbc.spi.ConnectionFactory", "org.postgresql.Driver", "com.zaxxer.hikari.HikariDataSource",
          "org.slf4j.Logger");
    }
    Path work = Path.of(System.getProperty("compile.dir", "benchmarks/target/compile-time")).toAbsolutePath();
    Path out = Path.of(System.getProperty("compile.out", work.resolve("results.md").toString()));

    String version = run(List.of(javac.toString(), "-version"), null).output.strip();
    StringBuilder report = new StringBuilder()
        .append("Compile time: ").append(version).append(", ").append(Runtime.getRuntime().availableProcessors())
        .append(" CPUs, ").append(Instant.now().toString().replaceAll("\\.\\d+Z$", "Z")).append(". Models: ")
        .append(shape.name().toLowerCase(Locale.ROOT)).append("s; A: ")
        .append(gradle ? "one model recompiled into B's output as Gradle does"
            : partial ? "one model recompiled into B's output" : procOnly ? "-proc:only" : "the processor")
        .append(pending ? ", every table pending" : ", committed snapshot").append(flags.isEmpty() ? "" : ", flags " + flags)
        .append(partial ? "; B: the full compile with the processor. B, A" : "; B: -proc:none. A, B")
        .append(", … interleaved after 1 warm-up pair.\n\n")
        .append("| models | pairs | A wall s | B wall s | added wall | **ratio wall** | A CPU s | B CPU s | added CPU per model | ratio CPU | generated |\n")
        .append("|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---|\n");
    System.out.print(report);

    for (int s = 0; s < sizes.length; s++) {
      int n = sizes[s];
      int measured = pairs[Math.min(s, pairs.length - 1)];
      Path sources = work.resolve("src-" + shape.name().toLowerCase(Locale.ROOT) + "-" + n);
      delete(sources);
      List<String> files = ModelSources.write(sources, n, shape);
      Files.write(sources.resolve("sources.txt"), files);

      List<String> common = List.of(javac.toString(), "-encoding", "UTF-8", "--release", "17", "-cp", classPath);
      Path output = work.resolve("out-" + n);
      List<String> a = new ArrayList<>(common);
      a.addAll(List.of("-processorpath", processorPath, "-s", output.resolve("gen").toString()));
      if (procOnly) {
        a.add("-proc:only");
      }
      if (!pending) {
        Path snapshot = work.resolve("snapshot-" + n);
        commitSnapshot(a, sources, output, snapshot);
        a.add("-Asequor.snapshotDir=" + snapshot);
      }
      a.addAll(flags);
      a.addAll(List.of("-d", output.resolve("classes").toString(), "@sources.txt"));
      List<String> b = new ArrayList<>(common);
      b.addAll(List.of("-proc:none", "-d", output.resolve("classes").toString(), "@sources.txt"));
      if (partial) {
        b = a;
        a = new ArrayList<>(a.subList(0, a.size() - 1)); // without @sources.txt
        int cp = a.indexOf("-cp") + 1;
        a.set(cp, a.get(cp) + File.pathSeparator + output.resolve("classes"));
        a.add(files.get(CHANGED));
        if (gradle) {
          List<String> companions = new ArrayList<>();
          for (int i = 0; i < n; i++) {
            if (i != CHANGED) {
              companions.add(ModelSources.PACKAGE + "." + ModelSources.name(i) + "Model");
            }
          }
          Files.write(sources.resolve("companions.txt"), companions);
          a.add("@companions.txt");
        }
      }

      List<Run> runsA = new ArrayList<>();
      List<Run> runsB = new ArrayList<>();
      String generated = "";
      for (int i = 0; i <= measured; i++) {
        Run runA;
        Run runB;
        if (partial) { // the full compile first: the one-file compile goes into its output
          runB = compile(b, sources, output, pending ? -1 : n, true, false);
          if (gradle) {
            deleteWhatGradleDeletes(output, ModelSources.name(CHANGED));
          }
          runA = compile(a, sources, output, pending ? -1 : n, true, true);
        } else {
          runA = compile(a, sources, output, pending ? -1 : n, true, false);
          runB = null;
        }
        if (i == 0) {
          generated = generated(output, n);
        }
        if (!partial) {
          runB = compile(b, sources, output, n, false, false);
        }
        if (i > 0) { // the first pair warms the disk cache and the machine up
          runsA.add(runA);
          runsB.add(runB);
        }
      }
      String row = row(n, runsA, runsB, generated);
      System.out.print(row);
      report.append(row);
    }
    report.append("\nPer cell: median wall (s) and median CPU, user + sys (s), of the pairs; ratio = median of the ")
        .append("per-pair A/B ratios.\n");
    Files.createDirectories(out.toAbsolutePath().getParent());
    Files.writeString(out, report);
    System.out.println("\nWritten to " + out);
  }

  /**
   * What Gradle deletes before it recompiles the source of {@code model}: its classes, the files the isolating
   * processor wrote from it (its companion, source and classes; its table script is rewritten in place), and every
   * file of the aggregating processor.
   */
  private static void deleteWhatGradleDeletes(Path output, String model) throws IOException {
    Path classes = output.resolve("classes").resolve(ModelSources.PACKAGE.replace('.', '/'));
    try (Stream<Path> files = Files.list(classes)) {
      for (Path file : (Iterable<Path>) files::iterator) {
        String name = file.getFileName().toString();
        if (name.startsWith(model + ".") || name.startsWith(model + "$") || name.startsWith(model + "Model")) {
          Files.delete(file);
        }
      }
    }
    Files.deleteIfExists(output.resolve("gen").resolve(ModelSources.PACKAGE.replace('.', '/')).resolve(model + "Model.java"));
    Files.deleteIfExists(output.resolve("classes/META-INF/sequor/models"));
    delete(output.resolve("classes/META-INF/sequor/pending"));
  }

  /** One compile of the processor run, whose new snapshot becomes the committed one. */
  private static void commitSnapshot(List<String> a, Path sources, Path output, Path snapshot) throws IOException {
    delete(snapshot);
    List<String> first = new ArrayList<>(a);
    first.addAll(List.of("-d", output.resolve("classes").toString(), "@sources.txt"));
    compile(first, sources, output, -1, true, false); // every table pending: a warning each
    Path written = output.resolve("classes/META-INF/sequor/pending/snapshot");
    Files.createDirectories(snapshot);
    try (Stream<Path> tables = Files.list(written)) {
      for (Path table : (Iterable<Path>) tables::iterator) {
        Files.copy(table, snapshot.resolve(table.getFileName()));
      }
    }
  }

  /**
   * One compile, into a fresh output unless {@code intoEarlierOutput}; with {@code quietModels} > 0, a warning (a
   * pending change) fails the run.
   */
  private static Run compile(List<String> command, Path sources, Path output, int quietModels, boolean withProcessor,
      boolean intoEarlierOutput) throws IOException {
    if (!intoEarlierOutput) {
      delete(output);
    }
    Files.createDirectories(output.resolve("classes"));
    Files.createDirectories(output.resolve("gen"));
    Run run = run(command, sources);
    if (run.exit != 0 || run.output.contains("error:")) {
      throw new IllegalStateException("javac failed (" + run.exit + "): " + String.join(" ", command) + "\n" + run.output);
    }
    if (withProcessor && quietModels > 0 && run.output.contains("warning:")) {
      throw new IllegalStateException("javac warned: the committed snapshot should leave nothing pending\n" + run.output);
    }
    return run;
  }

  /**
   * Runs the command in a shell that prints its children's user and sys time afterwards ({@code times}, the
   * {@code getrusage} of the reaped process), so that CPU is the whole {@code javac} process's, threads included.
   */
  private static Run run(List<String> command, Path directory) throws IOException {
    Path log = Files.createTempFile("javac", ".log");
    List<String> shell = new ArrayList<>(List.of("bash", "-c", "\"$@\" > \"$LOG\" 2>&1; rc=$?; times; exit $rc", "bash"));
    shell.addAll(command);
    ProcessBuilder builder = new ProcessBuilder(shell).redirectErrorStream(true);
    builder.environment().put("LOG", log.toString());
    builder.environment().remove("JAVA_TOOL_OPTIONS");
    builder.environment().remove("JDK_JAVA_OPTIONS");
    if (directory != null) {
      builder.directory(directory.toFile());
    }
    long started = System.nanoTime();
    Process process = builder.start();
    String times = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    int exit;
    try {
      exit = process.waitFor();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
    double wall = (System.nanoTime() - started) / 1e9;
    String output = Files.readString(log);
    Files.delete(log);
    Matcher children = TIMES.matcher(times.lines().skip(1).findFirst().orElse(""));
    double cpu = children.find()
        ? 60 * Double.parseDouble(children.group(1)) + Double.parseDouble(children.group(2))
            + 60 * Double.parseDouble(children.group(3)) + Double.parseDouble(children.group(4))
        : Double.NaN;
    return new Run(exit, output, wall, cpu);
  }

  private record Run(int exit, String output, double wall, double cpu) {}

  private static String row(int n, List<Run> a, List<Run> b, String generated) {
    double[] wallRatios = new double[a.size()];
    double[] cpuRatios = new double[a.size()];
    for (int i = 0; i < a.size(); i++) {
      wallRatios[i] = a.get(i).wall / b.get(i).wall;
      cpuRatios[i] = a.get(i).cpu / b.get(i).cpu;
    }
    double aWall = median(a.stream().mapToDouble(Run::wall).toArray());
    double bWall = median(b.stream().mapToDouble(Run::wall).toArray());
    double aCpu = median(a.stream().mapToDouble(Run::cpu).toArray());
    double bCpu = median(b.stream().mapToDouble(Run::cpu).toArray());
    return String.format(Locale.ROOT, "| %,d | %d | %.3f | %.3f | %+.2f s | **%.2f×** | %.2f | %.2f | %.1f ms | %.2f× | %s |%n",
        n, a.size(), aWall, bWall, aWall - bWall, median(wallRatios), aCpu, bCpu, (aCpu - bCpu) * 1000 / n,
        median(cpuRatios), generated);
  }

  /** The sources and resources the processor generated, counted. */
  private static String generated(Path output, int n) throws IOException {
    long sources;
    long lines = 0;
    try (Stream<Path> files = Files.walk(output.resolve("gen"))) {
      List<Path> java = files.filter(p -> p.toString().endsWith(".java")).toList();
      sources = java.size();
      for (Path p : java) {
        lines += Files.readAllLines(p).size();
      }
    }
    long resources;
    try (Stream<Path> files = Files.walk(output.resolve("classes"))) {
      resources = files.filter(Files::isRegularFile).filter(p -> !p.toString().endsWith(".class")).count();
    }
    if (sources < n) {
      throw new IllegalStateException("expected " + n + " generated sources, found " + sources);
    }
    return String.format(Locale.ROOT, "%,d sources (%,d lines), %,d resources", sources, lines, resources);
  }

  private static double median(double[] values) {
    double[] sorted = values.clone();
    Arrays.sort(sorted);
    int mid = sorted.length / 2;
    return sorted.length % 2 == 1 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
  }

  /** The class path entries (jar or directory) holding each class, in order, without repeats. */
  private static String path(String... classNames) throws ClassNotFoundException, URISyntaxException {
    Set<String> entries = new LinkedHashSet<>();
    for (String name : classNames) {
      Class<?> type = Class.forName(name, false, CompileTime.class.getClassLoader());
      entries.add(Path.of(type.getProtectionDomain().getCodeSource().getLocation().toURI()).toString());
    }
    return String.join(File.pathSeparator, entries);
  }

  private static int[] ints(String list) {
    return split(list.replace(',', ' ')).stream().mapToInt(Integer::parseInt).toArray();
  }

  private static List<String> split(String words) {
    return words.isBlank() ? List.of() : List.of(words.trim().split("\\s+"));
  }

  private static void delete(Path root) throws IOException {
    if (!Files.exists(root)) {
      return;
    }
    try (Stream<Path> paths = Files.walk(root)) {
      for (Path p : (Iterable<Path>) paths.sorted(Comparator.reverseOrder())::iterator) {
        try {
          Files.delete(p);
        } catch (IOException e) {
          throw new UncheckedIOException(e);
        }
      }
    }
  }
}
