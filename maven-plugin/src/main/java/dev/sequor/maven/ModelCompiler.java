package dev.sequor.maven;

import com.sun.source.tree.ClassTree;
import com.sun.source.tree.CompilationUnitTree;
import com.sun.source.tree.Tree;
import com.sun.source.util.JavacTask;
import com.sun.source.util.TaskEvent;
import com.sun.source.util.TaskListener;
import com.sun.source.util.TreePath;
import com.sun.source.util.Trees;
import java.io.File;
import java.io.IOException;
import java.io.StringWriter;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import javax.lang.model.element.Element;
import javax.lang.model.element.TypeElement;
import javax.tools.Diagnostic;
import javax.tools.DiagnosticCollector;
import javax.tools.JavaCompiler;
import javax.tools.JavaFileObject;
import javax.tools.StandardJavaFileManager;
import javax.tools.ToolProvider;

/**
 * Runs the processor over the project's sources without compiling them: {@code javac -proc:only}, which parses and
 * enters every class and runs the annotation processors, but never attributes a method body nor writes a class file.
 * So the generate goals need only the models to compile: a call site broken by the model change being generated (a
 * method body, a field initializer, a lambda) does not stop them.
 *
 * <p>Some errors outside the models still stop javac before processing: a syntax error, a member declared twice, an
 * annotation with a value of the wrong type. Errors javac can defer past processing (a type it cannot find, in an
 * import or a signature) stop generation only in a file that declares a {@code @Model}: elsewhere they do not change
 * what the processor sees of the models, so generation goes on and says where they are.
 *
 * <p>Everything is written to a work folder of its own, emptied first, never to {@code target/classes}: the pending
 * change is computed afresh from the sources and the committed snapshot ({@code -Asequor.snapshotDir}), reported
 * quietly ({@code -Asequor.pendingChanges=quiet}: the goal reports it itself), and the project's own compile output
 * is not on the class path, where a stale class of a deleted model would look like a model still there.
 */
final class ModelCompiler {

  static final String MODEL_ANNOTATION = "dev.sequor.Model";
  static final String PROCESSOR = "dev.sequor.processor.SequorProcessor";
  /** The processors of the sequor-processor jar: each model's files, {@code @Generated}'s claim, the migration. */
  static final List<String> PROCESSORS =
      List.of("dev.sequor.processor.ModelProcessor", "dev.sequor.processor.GeneratedClaims", PROCESSOR);
  private static final String PROCESSOR_SERVICES = "META-INF/services/javax.annotation.processing.Processor";
  /** How many errors a failure lists; javac's own default limit is 100, which no one reads. */
  static final int ERRORS_SHOWN = 10;

  /**
   * What javac needs from the project.
   *
   * @param sourceRoots the folders of the main sources (missing ones are skipped)
   * @param classpath the compile class path, without the project's own class output
   * @param processorPath the processors and their dependencies; empty to find them on the class path
   * @param options further javac options: {@code --release}, {@code -encoding}, the user's {@code -A} options, ...
   */
  record Settings(List<Path> sourceRoots, List<Path> classpath, List<Path> processorPath, List<String> options) {

    Settings {
      sourceRoots = List.copyOf(sourceRoots);
      classpath = List.copyOf(classpath);
      processorPath = List.copyOf(processorPath);
      options = List.copyOf(options);
    }
  }

  private final Settings settings;
  private final Path workDir;
  private final Path snapshotDir;
  private final Path basedir;

  /**
   * @param workDir a folder this class owns: emptied before each run
   * @param snapshotDir the committed schema snapshot the models are compared with
   * @param basedir the project folder, to shorten the paths in messages
   */
  ModelCompiler(Settings settings, Path workDir, Path snapshotDir, Path basedir) {
    this.settings = settings;
    this.workDir = workDir;
    this.snapshotDir = snapshotDir;
    this.basedir = basedir.toAbsolutePath();
  }

  /** Where the processor writes its resources, the {@code PendingDirectory} among them. */
  Path classOutput() {
    return workDir.resolve("classes");
  }

  /**
   * Runs the processors over the sources.
   *
   * @return lines for the user: the processors' warnings, and the errors that did not stop generation
   * @throws UsageException when javac stopped before processing, or reported an error in a model's file (the
   *     processor's own errors included): the message lists the errors
   */
  List<String> compile() throws IOException {
    JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
    if (javac == null) {
      throw new UsageException("Maven runs on a Java runtime without javac (" + System.getProperty("java.home")
          + "): run it with a JDK, as the compile needs one too.");
    }
    Path classOutput = classOutput();
    Path generatedSources = workDir.resolve("generated-sources");
    Folders.deleteRecursively(workDir);
    Files.createDirectories(classOutput);
    Files.createDirectories(generatedSources);

    List<Path> sources = sources();
    if (sources.isEmpty()) {
      return List.of(); // no models: nothing pending
    }
    if (!findsSequorProcessors()) {
      throw new UsageException("javac would not run Sequor's annotation processor: add sequor-processor to the"
          + " maven-compiler-plugin's annotationProcessorPaths" + (settings.options().contains("-processor")
              ? ", and name its three processors in annotationProcessors: " + String.join(", ", PROCESSORS) + "."
              : "."));
    }
    DiagnosticCollector<JavaFileObject> diagnostics = new DiagnosticCollector<>();
    StringWriter output = new StringWriter();
    ModelFiles modelFiles = new ModelFiles();
    try (StandardJavaFileManager files = javac.getStandardFileManager(diagnostics, Locale.ROOT,
        StandardCharsets.UTF_8)) {
      JavacTask task;
      try {
        task = (JavacTask) javac.getTask(output, files, diagnostics, options(classOutput, generatedSources), null,
            files.getJavaFileObjectsFromPaths(sources));
      } catch (IllegalArgumentException e) {
        throw new UsageException("javac refuses the options taken from maven-compiler-plugin's configuration: "
            + e.getMessage(), e);
      }
      modelFiles.listenTo(task);
      task.call();
    }

    List<Diagnostic<? extends JavaFileObject>> errors = new ArrayList<>();
    List<String> notes = new ArrayList<>();
    for (Diagnostic<? extends JavaFileObject> diagnostic : diagnostics.getDiagnostics()) {
      switch (diagnostic.getKind()) {
        case ERROR -> errors.add(diagnostic);
        case WARNING, MANDATORY_WARNING -> notes.add("WARNING: " + format(diagnostic));
        default -> { } // notes: javac's summaries of lint categories not enabled here
      }
    }
    if (!modelFiles.processed()) {
      throw new UsageException("javac stopped before the annotation processors ran, on "
          + count(errors.size(), "error") + " that stop" + (errors.size() == 1 ? "s" : "") + " every compile,"
          + " wherever " + (errors.size() == 1 ? "it is" : "they are") + ":\n" + list(errors) + "Fix "
          + (errors.size() == 1 ? "it" : "them") + ", then run this goal again." + javacOutput(output));
    }
    List<Diagnostic<? extends JavaFileObject>> inModels = errors.stream()
        .filter(e -> e.getSource() == null || modelFiles.contains(e.getSource().toUri())).toList();
    if (!inModels.isEmpty()) {
      throw new UsageException("The models do not compile, so Sequor cannot compare them with the snapshot ("
          + count(inModels.size(), "error") + "):\n" + list(inModels)
          + "Fix " + (inModels.size() == 1 ? "it" : "them") + ", then run this goal again. Errors in method bodies"
          + " (call sites of a changed model) do not matter here: the generate goals skip method bodies.");
    }
    if (!errors.isEmpty()) {
      Set<String> where = new TreeSet<>();
      errors.forEach(e -> where.add(relative(e.getSource())));
      notes.add("WARNING: " + count(errors.size(), "compile error") + " outside the models did not stop this goal;"
          + " fix " + (errors.size() == 1 ? "it" : "them") + " before the next compile: " + String.join(", ", where));
    }
    return notes;
  }

  /** Deletes the work folder. */
  void clean() throws IOException {
    Folders.deleteRecursively(workDir);
  }

  private List<String> options(Path classOutput, Path generatedSources) {
    List<String> options = new ArrayList<>();
    options.add("-proc:only");
    options.add("-d");
    options.add(classOutput.toString());
    options.add("-s");
    options.add(generatedSources.toString());
    options.add("-classpath");
    options.add(join(settings.classpath()));
    // only the sources given: never a .java file that a class path folder or jar happens to hold
    options.add("-sourcepath");
    options.add(join(settings.sourceRoots()));
    if (!settings.processorPath().isEmpty()) {
      options.add("-processorpath");
      options.add(join(settings.processorPath()));
    }
    // -source without --release warns about the system modules path: bytecode this run never writes
    options.add("-Xlint:-options");
    options.add("-Xmaxerrs");
    options.add("1000");
    options.addAll(settings.options());
    options.add("-A" + CompilerSettings.SNAPSHOT_DIR_OPTION + "=" + snapshotDir.toAbsolutePath());
    options.add("-A" + CompilerSettings.PENDING_CHANGES_OPTION + "=quiet");
    return options;
  }

  /**
   * Whether javac runs Sequor's processors: all named by {@code -processor}, else listed as services on the path javac
   * looks for processors on (the processor path, else the class path). Without them, nothing would be pending and
   * migration-generate would write an empty migration, as if no model had changed.
   */
  private boolean findsSequorProcessors() throws IOException {
    int named = settings.options().indexOf("-processor");
    if (named >= 0 && named + 1 < settings.options().size()) {
      return List.of(settings.options().get(named + 1).split(",")).containsAll(PROCESSORS);
    }
    for (Path element : settings.processorPath().isEmpty() ? settings.classpath() : settings.processorPath()) {
      if (servicesOf(element).contains(PROCESSOR)) {
        return true;
      }
    }
    return false;
  }

  /** The processors a class path element lists as services. */
  private static List<String> servicesOf(Path element) throws IOException {
    String text;
    if (Files.isDirectory(element)) {
      Path services = element.resolve(PROCESSOR_SERVICES);
      text = Files.isRegularFile(services) ? Files.readString(services, StandardCharsets.UTF_8) : "";
    } else if (Files.isRegularFile(element)) {
      try (JarFile jar = new JarFile(element.toFile())) {
        JarEntry services = jar.getJarEntry(PROCESSOR_SERVICES);
        text = services == null ? ""
            : new String(jar.getInputStream(services).readAllBytes(), StandardCharsets.UTF_8);
      }
    } else {
      return List.of();
    }
    return text.lines().map(line -> line.replaceFirst("#.*", "").strip()).filter(line -> !line.isEmpty()).toList();
  }

  /** The {@code .java} files of the source roots, sorted; {@code module-info.java} aside (see the class path). */
  private List<Path> sources() throws IOException {
    List<Path> sources = new ArrayList<>();
    for (Path root : settings.sourceRoots()) {
      if (!Files.isDirectory(root)) {
        continue;
      }
      try (Stream<Path> files = Files.walk(root)) {
        files.filter(f -> f.getFileName().toString().endsWith(".java"))
            .filter(f -> !f.getFileName().toString().equals("module-info.java"))
            .filter(Files::isRegularFile)
            .sorted()
            .forEach(sources::add);
      }
    }
    return sources;
  }

  private String list(List<Diagnostic<? extends JavaFileObject>> errors) {
    StringBuilder list = new StringBuilder();
    errors.stream().limit(ERRORS_SHOWN).forEach(e -> list.append("  ").append(format(e)).append('\n'));
    if (errors.size() > ERRORS_SHOWN) {
      list.append("  ... and ").append(errors.size() - ERRORS_SHOWN).append(" more\n");
    }
    return list.toString();
  }

  /** {@code src/main/java/shop/Product.java:[12,5] message}, as Maven prints a compile error. */
  private String format(Diagnostic<? extends JavaFileObject> diagnostic) {
    String message = diagnostic.getMessage(Locale.ROOT);
    if (diagnostic.getSource() == null) {
      return message;
    }
    return relative(diagnostic.getSource()) + ":[" + diagnostic.getLineNumber() + "," + diagnostic.getColumnNumber()
        + "] " + message;
  }

  private static String javacOutput(StringWriter output) {
    String text = output.toString().strip();
    return text.isEmpty() ? "" : "\n" + text;
  }

  private String relative(JavaFileObject file) {
    URI uri = file.toUri();
    return "file".equals(uri.getScheme()) ? relative(Path.of(uri)) : file.getName();
  }

  private String relative(Path path) {
    Path absolute = path.toAbsolutePath();
    return absolute.startsWith(basedir) ? basedir.relativize(absolute).toString() : absolute.toString();
  }

  private static String join(List<Path> paths) {
    return paths.stream().map(Path::toString).collect(Collectors.joining(File.pathSeparator));
  }

  private static String count(int n, String noun) {
    return n + " " + noun + (n == 1 ? "" : "s");
  }

  /**
   * Which source files declare a {@code @Model} (at any depth), found once annotation processing is over; whether
   * it ran at all (javac skips it after an error it cannot get past).
   */
  private static final class ModelFiles implements TaskListener {

    private final List<CompilationUnitTree> units = new ArrayList<>();
    private final Set<URI> files = new HashSet<>();
    private Trees trees;
    private boolean processed;

    void listenTo(JavacTask task) {
      trees = Trees.instance(task);
      task.addTaskListener(this);
    }

    boolean processed() {
      return processed;
    }

    boolean contains(URI file) {
      return files.contains(file);
    }

    @Override
    public void finished(TaskEvent event) {
      if (event.getKind() == TaskEvent.Kind.PARSE) {
        units.add(event.getCompilationUnit());
      } else if (event.getKind() == TaskEvent.Kind.ANNOTATION_PROCESSING) {
        processed = true;
        for (CompilationUnitTree unit : units) {
          for (Tree type : unit.getTypeDecls()) {
            if (type instanceof ClassTree
                && declaresModel(trees.getElement(TreePath.getPath(unit, type)))) {
              files.add(unit.getSourceFile().toUri());
            }
          }
        }
      }
    }

    private static boolean declaresModel(Element element) {
      if (!(element instanceof TypeElement type)) {
        return false;
      }
      boolean model = type.getAnnotationMirrors().stream().anyMatch(a ->
          ((TypeElement) a.getAnnotationType().asElement()).getQualifiedName().contentEquals(MODEL_ANNOTATION));
      return model || type.getEnclosedElements().stream().anyMatch(ModelFiles::declaresModel);
    }
  }
}
