package dev.sequor.processor;

import java.io.IOException;
import java.io.Writer;
import java.net.URI;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Function;
import javax.annotation.processing.Filer;
import javax.lang.model.element.Element;
import javax.tools.FileObject;
import javax.tools.JavaFileObject;
import javax.tools.StandardLocation;

/**
 * Writes every generated file through the {@link Filer}, with its originating elements and the same error
 * handling. Generators only return text.
 */
final class GeneratedFiles {

  private final Filer filer;
  private final ErrorReporter reporter;
  /** The class output directory, learnt from the first resource written there; null while unknown or not a directory. */
  private Path classOutput;

  GeneratedFiles(Filer filer, ErrorReporter reporter) {
    this.filer = filer;
    this.reporter = reporter;
  }

  /** Writes the companion class of {@code model}, whose source {@link ModelClassGenerator} wrote. */
  void writeSource(ModelDescriptor model, String source) {
    try {
      JavaFileObject file = filer.createSourceFile(model.generatedClass().canonicalName(), model.element());
      try (Writer writer = file.openWriter()) {
        writer.write(source);
      }
    } catch (IOException e) {
      reporter.error(model.element(), "[ModelWriteFailed] Unable to write " + model.generatedClass() + ": " + e.getMessage());
    }
  }

  void writeResource(ModelDescriptor model, String path, String content) {
    try {
      FileObject resource = filer.createResource(StandardLocation.CLASS_OUTPUT, "", path, model.element());
      try (Writer writer = resource.openWriter()) {
        writer.write(content);
      }
      learnClassOutput(resource, path);
    } catch (IOException e) {
      reporter.error(model.element(), "[ModelWriteFailed] Unable to write " + path + ": " + e.getMessage());
    }
  }

  /** A resource that comes from several models (the pending migration). */
  void writeResource(String path, String content, List<? extends Element> originating) {
    writeResource(path, content, originating, problem -> "[SchemaWriteFailed] Unable to write " + path + ": " + problem);
  }

  /** A resource that comes from several elements; {@code failure} words the error from the I/O problem. */
  void writeResource(String path, String content, List<? extends Element> originating, Function<String, String> failure) {
    try {
      FileObject resource = filer.createResource(StandardLocation.CLASS_OUTPUT, "", path, originating.toArray(Element[]::new));
      try (Writer writer = resource.openWriter()) {
        writer.write(content);
      }
      learnClassOutput(resource, path);
    } catch (IOException e) {
      reporter.error(failure.apply(e.getMessage()));
    }
  }

  /**
   * The class output directory, when a resource was written there and it is a directory on disk (not an
   * in-memory compilation). Learnt from a written file because asking the {@link Filer} for an output location
   * creates an empty output file in some file managers.
   */
  Path classOutput() {
    return classOutput;
  }

  private void learnClassOutput(FileObject resource, String path) {
    if (classOutput != null) {
      return;
    }
    URI uri = resource.toUri();
    if ("file".equals(uri.getScheme())) {
      Path file = Path.of(uri);
      Path root = file;
      for (int i = Path.of(path).getNameCount(); i > 0 && root != null; i--) {
        root = root.getParent();
      }
      if (root != null && root.resolve(path).equals(file)) {
        classOutput = root;
      }
    }
  }
}
