package dev.sequor.it;

import java.io.StringWriter;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
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
}
