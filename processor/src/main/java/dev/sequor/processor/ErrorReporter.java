package dev.sequor.processor;

import java.util.List;
import java.util.Map;
import javax.annotation.processing.Messager;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.AnnotationValue;
import javax.lang.model.element.Element;
import javax.lang.model.element.ElementKind;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.TypeElement;
import javax.lang.model.element.VariableElement;
import javax.lang.model.util.ElementFilter;
import javax.tools.Diagnostic;

/**
 * Reports problems at their source position. Never throws for a user's mistake: the caller reports and
 * moves on, so every other model is still processed and each problem is printed once.
 */
final class ErrorReporter {

  private final Messager messager;
  /** Null when the compiler is not javac. */
  private final RepeatedAnnotations repeated;
  /**
   * Whether the compiler is Eclipse's, whose {@code Messager} finds no source for a record: its problem factory
   * knows the classes, interfaces, enums and annotation types, not records, so a message on a record has no file
   * nor line (ecj 3.38).
   */
  private final boolean recordsWithoutSource;
  private int errors;

  ErrorReporter(Messager messager) {
    this(messager, null);
  }

  ErrorReporter(Messager messager, RepeatedAnnotations repeated) {
    this.messager = messager;
    this.repeated = repeated;
    this.recordsWithoutSource = messager.getClass().getName().startsWith("org.eclipse.jdt.");
  }

  /** A reporter that prints nothing but still counts, for parsing a model only to learn about it. */
  static ErrorReporter silent() {
    return new ErrorReporter(new Messager() {
      @Override
      public void printMessage(Diagnostic.Kind kind, CharSequence msg) {}

      @Override
      public void printMessage(Diagnostic.Kind kind, CharSequence msg, Element e) {}

      @Override
      public void printMessage(Diagnostic.Kind kind, CharSequence msg, Element e, AnnotationMirror a) {}

      @Override
      public void printMessage(Diagnostic.Kind kind, CharSequence msg, Element e, AnnotationMirror a, AnnotationValue v) {}
    });
  }

  /** An error about no element (the build as a whole). */
  void error(String message) {
    errors++;
    messager.printMessage(Diagnostic.Kind.ERROR, message);
  }

  /**
   * A warning, or an error when {@code asError}; on {@code element}, or about no element when it is null.
   * Errors count as errors.
   */
  void warning(Element element, String message, boolean asError) {
    Diagnostic.Kind kind = asError ? Diagnostic.Kind.ERROR : Diagnostic.Kind.WARNING;
    if (asError) {
      errors++;
    }
    if (element == null) {
      messager.printMessage(kind, message);
    } else {
      messager.printMessage(kind, message, positioned(element));
    }
  }

  void error(Element element, String message) {
    errors++;
    messager.printMessage(Diagnostic.Kind.ERROR, message, positioned(element));
  }

  /** Points at one value of an annotation, so the IDE underlines {@code tableName = ""} itself. */
  void error(Element element, AnnotationMirror annotation, AnnotationValue value, String message) {
    errors++;
    Element target = positioned(element);
    if (repeated != null && repeated.print(Diagnostic.Kind.ERROR, message, element, target, annotation)) {
      return;
    }
    if (target == element) {
      messager.printMessage(Diagnostic.Kind.ERROR, message, element, annotation, value);
      return;
    }
    AnnotationMirror targetAnnotation = sameAnnotation(target, annotation);
    if (targetAnnotation == null) {
      messager.printMessage(Diagnostic.Kind.ERROR, message, target);
    } else {
      messager.printMessage(Diagnostic.Kind.ERROR, message, target, targetAnnotation,
          sameValue(annotation, value, targetAnnotation));
    }
  }

  int errorCount() {
    return errors;
  }

  /**
   * The element to report on. javac before JDK 20 prints a message on a record component without any source
   * position (JDK-8295184), so report on the component's private field instead: javac gives it the
   * component's position in the record header, on every JDK. Under Eclipse's compiler, a message on a record
   * goes on its canonical constructor, which ecj places, when implicit, at the record's name: the line javac reports.
   */
  private Element positioned(Element element) {
    if (element.getKind() == ElementKind.RECORD_COMPONENT) {
      for (VariableElement field : ElementFilter.fieldsIn(element.getEnclosingElement().getEnclosedElements())) {
        if (field.getSimpleName().contentEquals(element.getSimpleName())) {
          return field;
        }
      }
    }
    if (recordsWithoutSource && element.getKind() == ElementKind.RECORD) {
      ExecutableElement constructor = canonicalConstructor((TypeElement) element);
      return constructor == null ? element : constructor;
    }
    return element;
  }

  /** The constructor whose parameters have the types of the record's components, in order. */
  private static ExecutableElement canonicalConstructor(TypeElement record) {
    List<String> components = record.getRecordComponents().stream().map(c -> c.asType().toString()).toList();
    for (ExecutableElement constructor : ElementFilter.constructorsIn(record.getEnclosedElements())) {
      if (constructor.getParameters().stream().map(p -> p.asType().toString()).toList().equals(components)) {
        return constructor;
      }
    }
    return null;
  }

  /** The annotation of {@code annotation}'s type on {@code target}: javac copies a component's annotations to its field. */
  private static AnnotationMirror sameAnnotation(Element target, AnnotationMirror annotation) {
    for (AnnotationMirror mirror : target.getAnnotationMirrors()) {
      if (mirror.getAnnotationType().asElement().equals(annotation.getAnnotationType().asElement())) {
        return mirror;
      }
    }
    return null;
  }

  /** The value in {@code target} of the member whose value in {@code annotation} is {@code value}. */
  private static AnnotationValue sameValue(AnnotationMirror annotation, AnnotationValue value, AnnotationMirror target) {
    if (value == null) {
      return null;
    }
    for (Map.Entry<? extends ExecutableElement, ? extends AnnotationValue> entry : annotation.getElementValues().entrySet()) {
      if (entry.getValue() == value) {
        return target.getElementValues().get(entry.getKey());
      }
    }
    return null;
  }
}
