package dev.sequor.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.StringWriter;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import javax.tools.Diagnostic;
import javax.tools.DiagnosticCollector;
import javax.tools.JavaCompiler;
import javax.tools.JavaFileObject;
import javax.tools.SimpleJavaFileObject;
import javax.tools.ToolProvider;

/** Compiles a snippet of user code against the test classpath, for the tests of what the API refuses in javac. */
final class Snippets {

  private Snippets() {}

  /** javac's errors for {@code source}, class {@code dev.sequor.it.Snippet}, its classes written below {@code out}. */
  static List<Diagnostic<? extends JavaFileObject>> errors(Path out, String source) throws Exception {
    JavaFileObject file = new SimpleJavaFileObject(URI.create("string:///dev/sequor/it/Snippet.java"),
        JavaFileObject.Kind.SOURCE) {
      @Override
      public CharSequence getCharContent(boolean ignoreEncodingErrors) {
        return source;
      }
    };
    JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
    DiagnosticCollector<JavaFileObject> diagnostics = new DiagnosticCollector<>();
    List<String> options = List.of("-proc:none", "-classpath", System.getProperty("java.class.path"),
        "-d", Files.createDirectories(out).toString());
    javac.getTask(new StringWriter(), null, diagnostics, options, null, List.of(file)).call();
    return diagnostics.getDiagnostics().stream().filter(d -> d.getKind() == Diagnostic.Kind.ERROR).toList();
  }

  /** javac's errors for {@code source} as "line: message", the message in English. */
  static List<String> errorLines(Path out, String source) throws Exception {
    return errors(out, source).stream().map(d -> d.getLineNumber() + ": " + d.getMessage(Locale.ROOT)).toList();
  }

  /**
   * Asserts that {@code errors} ({@link #errorLines}) is one error on {@code line} whose message's first line is
   * {@code message} and whose message holds each of {@code details}.
   */
  static void assertOneError(List<String> errors, int line, String message, String... details) {
    assertEquals(1, errors.size(), errors.toString());
    String error = errors.get(0);
    assertEquals(line + ": " + message, error.lines().findFirst().orElseThrow(), error);
    for (String detail : details) {
      assertTrue(error.contains(detail), error);
    }
  }
}
