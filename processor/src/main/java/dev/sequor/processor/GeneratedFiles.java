package dev.sequor.processor;

import com.palantir.javapoet.AnnotationSpec;
import com.palantir.javapoet.JavaFile;
import com.palantir.javapoet.TypeSpec;
import java.io.IOException;
import java.io.Writer;
import javax.annotation.processing.Filer;
import javax.tools.FileObject;
import javax.tools.StandardLocation;

/**
 * Writes every generated file, so that all carry the same {@code @Generated} marker, originating element,
 * formatting and error handling. Generators only return specs and text.
 */
final class GeneratedFiles {

  private final Filer filer;
  private final ErrorReporter reporter;

  GeneratedFiles(Filer filer, ErrorReporter reporter) {
    this.filer = filer;
    this.reporter = reporter;
  }

  void writeSource(ModelDescriptor model, TypeSpec spec) {
    TypeSpec marked = spec.toBuilder()
        .addAnnotation(AnnotationSpec.builder(RuntimeNames.GENERATED)
            .addMember("value", "$S", SequorProcessor.class.getName())
            .addMember("comments", "$S", "from " + model.qualifiedName())
            .build())
        .addOriginatingElement(model.element())
        .build();
    JavaFile file = JavaFile.builder(model.generatedClass().packageName(), marked)
        .skipJavaLangImports(true)
        .indent("  ")
        .build();
    try {
      file.writeTo(filer);
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
    } catch (IOException e) {
      reporter.error(model.element(), "[ModelWriteFailed] Unable to write " + path + ": " + e.getMessage());
    }
  }
}
