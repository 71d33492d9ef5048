package dev.sequor.processor;

import javax.annotation.processing.Messager;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.AnnotationValue;
import javax.lang.model.element.Element;
import javax.tools.Diagnostic;

/**
 * Reports problems at their source position. Never throws for a user's mistake: the caller reports and
 * moves on, so every other model is still processed and each problem is printed once.
 */
final class ErrorReporter {

  private final Messager messager;
  private int errors;

  ErrorReporter(Messager messager) {
    this.messager = messager;
  }

  void error(Element element, String message) {
    errors++;
    messager.printMessage(Diagnostic.Kind.ERROR, message, element);
  }

  /** Points at one value of an annotation, so the IDE underlines {@code tableName = ""} itself. */
  void error(Element element, AnnotationMirror annotation, AnnotationValue value, String message) {
    errors++;
    messager.printMessage(Diagnostic.Kind.ERROR, message, element, annotation, value);
  }

  int errorCount() {
    return errors;
  }
}
