package dev.sequor.processor;

import static com.google.common.truth.Truth.assertWithMessage;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import javax.annotation.processing.Processor;
import javax.tools.Diagnostic;
import javax.tools.JavaCompiler;
import javax.tools.JavaFileObject;
import javax.tools.StandardJavaFileManager;
import javax.tools.ToolProvider;

/**
 * Runs a {@link JavaCompiler} (javac, or another such as Eclipse's) with the processor over source files on disk,
 * into a class output and a generated-sources directory, as a build tool does: the class output is first on the
 * class path, then the test class path (the annotations and the runtime). Unlike Compile-Testing, the compiler is
 * any {@code javax.tools} one, and type names can be given to process from their class files, as Gradle's
 * incremental compilation gives the unchanged types an aggregating processor saw.
 */
final class DiskCompiler {

  private final JavaCompiler compiler;
  private final List<String> options;

  private DiskCompiler(JavaCompiler compiler, List<String> options) {
    this.compiler = compiler;
    this.options = options;
  }

  /** The JDK's javac. */
  static DiskCompiler javac() {
    return new DiskCompiler(ToolProvider.getSystemJavaCompiler(), List.of("-Xlint:all,-processing"));
  }

  /** Eclipse's compiler, at the language level javac compiles for. */
  static DiskCompiler ecj() {
    return new DiskCompiler(new org.eclipse.jdt.internal.compiler.tool.EclipseCompiler(),
        List.of("--release", "17"));
  }

  /** What one compilation printed. */
  record Result(boolean success, List<Diagnostic<? extends JavaFileObject>> diagnostics) {

    /** The messages of the given kind, without their positions. */
    List<String> messages(Diagnostic.Kind kind) {
      return diagnostics.stream().filter(d -> d.getKind() == kind).map(d -> d.getMessage(Locale.ROOT)).toList();
    }

    /** The one diagnostic whose message contains {@code text}. */
    Diagnostic<? extends JavaFileObject> diagnostic(String text) {
      List<Diagnostic<? extends JavaFileObject>> found =
          diagnostics.stream().filter(d -> d.getMessage(Locale.ROOT).contains(text)).toList();
      assertWithMessage("diagnostics containing %s in %s", text, diagnostics).that(found).hasSize(1);
      return found.get(0);
    }
  }

  /**
   * Compiles {@code sources} (files) and processes the types named in {@code classNames} from their class files,
   * writing classes and resources under {@code classes} and generated sources under {@code generated}.
   */
  Result compile(Path classes, Path generated, List<String> extraOptions, List<String> classNames, List<Path> sources) {
    return compile(classes, generated, extraOptions, classNames, sources, SequorProcessors.with());
  }

  /** As {@link #compile(Path, Path, List, List, List)}, with the given processors. */
  Result compile(Path classes, Path generated, List<String> extraOptions, List<String> classNames, List<Path> sources,
      List<? extends Processor> processors) {
    List<Diagnostic<? extends JavaFileObject>> diagnostics = new ArrayList<>();
    try (StandardJavaFileManager files = compiler.getStandardFileManager(null, Locale.ROOT, StandardCharsets.UTF_8)) {
      Files.createDirectories(classes);
      Files.createDirectories(generated);
      List<String> all = new ArrayList<>(options);
      all.addAll(List.of("-d", classes.toString(), "-s", generated.toString(),
          "-classpath", classes + File.pathSeparator + System.getProperty("java.class.path")));
      all.addAll(extraOptions);
      JavaCompiler.CompilationTask task = compiler.getTask(null, files, diagnostics::add, all,
          classNames.isEmpty() ? null : classNames, files.getJavaFileObjectsFromPaths(sources));
      task.setProcessors(processors);
      return new Result(task.call(), List.copyOf(diagnostics));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * Every file the processor wrote, by path: the generated sources as {@code generated/<path>}, the other files of
   * the class output (resources, not classes) as {@code classes/<path>}.
   */
  static Map<String, String> processorOutputs(Path classes, Path generated) {
    Map<String, String> outputs = new TreeMap<>();
    readTree(generated, "generated/", outputs);
    readTree(classes, "classes/", outputs);
    return outputs;
  }

  private static void readTree(Path root, String prefix, Map<String, String> into) {
    try (Stream<Path> walk = Files.walk(root)) {
      for (Path file : walk.filter(Files::isRegularFile).filter(f -> !f.toString().endsWith(".class")).toList()) {
        into.put(prefix + root.relativize(file).toString().replace(File.separatorChar, '/'),
            new String(Files.readAllBytes(file), StandardCharsets.UTF_8));
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** A file or directory of the test resources (src/test/resources). */
  static Path testResource(String path) {
    try {
      return Path.of(DiskCompiler.class.getClassLoader().getResource("expected").toURI()).getParent().resolve(path);
    } catch (URISyntaxException e) {
      throw new IllegalStateException(e);
    }
  }
}
