package dev.sequor.processor;

import dev.sequor.internal.format.SeederIndexFile;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.AnnotationValue;
import javax.lang.model.element.Element;
import javax.lang.model.element.ElementKind;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.Modifier;
import javax.lang.model.element.NestingKind;
import javax.lang.model.element.TypeElement;
import javax.lang.model.type.DeclaredType;
import javax.lang.model.type.TypeKind;
import javax.lang.model.type.TypeMirror;
import javax.lang.model.util.ElementFilter;
import javax.lang.model.util.Elements;
import javax.lang.model.util.Types;

/**
 * Reads one {@code @Seed} class into a {@link SeederDescriptor}. Reports each problem on the class or the
 * offending annotation value and returns empty if there was any; never throws for a user's mistake. Refers to
 * {@code Seeder} by name only: the processor never loads runtime classes.
 */
final class SeederParser {


  private final Elements elements;
  private final Types types;
  private final ErrorReporter reporter;

  SeederParser(Elements elements, Types types, ErrorReporter reporter) {
    this.elements = elements;
    this.types = types;
    this.reporter = reporter;
  }

  /** Whether a supertype is not resolved yet: another processor may generate it in a later round. */
  static boolean hasUnresolvedSupertypes(TypeElement type) {
    Deque<TypeElement> pending = new ArrayDeque<>(List.of(type));
    Set<TypeElement> seen = new HashSet<>();
    while (!pending.isEmpty()) {
      TypeElement current = pending.pop();
      if (!seen.add(current)) {
        continue;
      }
      List<TypeMirror> supertypes = new ArrayList<>(current.getInterfaces());
      supertypes.add(current.getSuperclass());
      for (TypeMirror supertype : supertypes) {
        if (supertype.getKind() == TypeKind.ERROR) {
          return true;
        }
        if (supertype.getKind() == TypeKind.DECLARED) {
          pending.push((TypeElement) ((DeclaredType) supertype).asElement());
        }
      }
    }
    return false;
  }

  Optional<SeederDescriptor> parse(TypeElement type) {
    int errorsBefore = reporter.errorCount();
    String qualifiedName = type.getQualifiedName().toString();
    if ((type.getKind() != ElementKind.CLASS && type.getKind() != ElementKind.RECORD)
        || type.getModifiers().contains(Modifier.ABSTRACT)) {
      reporter.error(type, Messages.seedNotAClass(kindName(type), qualifiedName));
      return Optional.empty();
    }
    if (!isPublic(type)) {
      reporter.error(type, Messages.seedNotPublic(qualifiedName));
    }
    if (!implementsSeeder(type)) {
      reporter.error(type, Messages.seedNotSeeder(qualifiedName));
    }
    if (!hasPublicNoArgConstructor(type)) {
      reporter.error(type, Messages.seedNoConstructor(qualifiedName));
    }

    AnnotationMirror seed = annotation(type);
    AnnotationValue nameValue = null;
    AnnotationValue environmentsValue = null;
    for (Map.Entry<? extends ExecutableElement, ? extends AnnotationValue> entry : seed.getElementValues().entrySet()) {
      switch (entry.getKey().getSimpleName().toString()) {
        case "name" -> nameValue = entry.getValue();
        case "environments" -> environmentsValue = entry.getValue();
        default -> {}
      }
    }
    if (nameValue == null || !(nameValue.getValue() instanceof String name)) {
      return Optional.empty(); // javac already reports the missing or mistyped value
    }
    if (!SeederIndexFile.NAME.matcher(name).matches()) {
      reporter.error(type, seed, nameValue, Messages.seedInvalidName(name));
    }
    Set<String> environments = new LinkedHashSet<>();
    if (environmentsValue != null && environmentsValue.getValue() instanceof List<?> list) {
      for (Object item : list) {
        AnnotationValue itemValue = (AnnotationValue) item;
        if (!(itemValue.getValue() instanceof String environment)) {
          return Optional.empty(); // javac already reports it
        }
        if (!SeederIndexFile.ENVIRONMENT.matcher(environment).matches()) {
          reporter.error(type, seed, itemValue, Messages.seedInvalidEnvironment(environment, qualifiedName));
        }
        environments.add(environment);
      }
    }
    if (reporter.errorCount() != errorsBefore) {
      return Optional.empty();
    }
    return Optional.of(new SeederDescriptor(type, seed, nameValue, name, elements.getBinaryName(type).toString(),
        List.copyOf(environments)));
  }

  /** Public, and so is every enclosing class; nested, it is static (the runtime instantiates it on its own). */
  private static boolean isPublic(TypeElement type) {
    Element current = type;
    while (current instanceof TypeElement t) {
      if (!t.getModifiers().contains(Modifier.PUBLIC)) {
        return false;
      }
      if (t.getNestingKind() == NestingKind.MEMBER && t.getKind() == ElementKind.CLASS
          && !t.getModifiers().contains(Modifier.STATIC) && t.getEnclosingElement().getKind().isClass()) {
        return false;
      }
      if (t.getNestingKind() == NestingKind.LOCAL || t.getNestingKind() == NestingKind.ANONYMOUS) {
        return false;
      }
      current = t.getEnclosingElement();
    }
    return true;
  }

  private boolean implementsSeeder(TypeElement type) {
    Deque<TypeMirror> pending = new ArrayDeque<>(List.of(type.asType()));
    while (!pending.isEmpty()) {
      TypeMirror current = pending.pop();
      if (current.getKind() != TypeKind.DECLARED) {
        continue;
      }
      TypeElement element = (TypeElement) ((DeclaredType) current).asElement();
      if (element.getQualifiedName().contentEquals(RuntimeNames.SEEDER_INTERFACE)) {
        return true;
      }
      pending.addAll(types.directSupertypes(current));
    }
    return false;
  }

  private static boolean hasPublicNoArgConstructor(TypeElement type) {
    return ElementFilter.constructorsIn(type.getEnclosedElements()).stream()
        .anyMatch(c -> c.getParameters().isEmpty() && c.getModifiers().contains(Modifier.PUBLIC));
  }

  private static AnnotationMirror annotation(TypeElement type) {
    for (AnnotationMirror mirror : type.getAnnotationMirrors()) {
      if (((TypeElement) mirror.getAnnotationType().asElement()).getQualifiedName()
          .contentEquals(RuntimeNames.SEED_ANNOTATION)) {
        return mirror;
      }
    }
    throw new IllegalStateException("no @Seed on " + type);
  }

  private static String kindName(TypeElement type) {
    return switch (type.getKind()) {
      case CLASS -> "abstract class";
      case INTERFACE -> "interface";
      case ENUM -> "enum";
      case ANNOTATION_TYPE -> "annotation type";
      default -> type.getKind().toString().toLowerCase(java.util.Locale.ROOT);
    };
  }
}
