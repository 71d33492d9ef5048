package dev.sequor.processor;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;
import javax.annotation.processing.RoundEnvironment;
import javax.lang.model.element.TypeElement;
import javax.lang.model.util.ElementFilter;
import javax.lang.model.util.Elements;

/**
 * The types carrying one annotation, round by round, for a processor to read: each once, sorted by name (the
 * output is deterministic); one that refers to types not resolved yet is put off to the next round, as another
 * processor may generate them, and left to javac, which reports them, in the last.
 */
final class RoundCandidates {

  private final Elements elements;
  private final Predicate<TypeElement> unresolved;
  private final Set<String> deferred = new LinkedHashSet<>();
  private final Set<String> processed = new HashSet<>();

  RoundCandidates(Elements elements, Predicate<TypeElement> unresolved) {
    this.elements = elements;
    this.unresolved = unresolved;
  }

  /** This round's types to read: those deferred before, then those the round carries with {@code annotation}. */
  List<TypeElement> next(RoundEnvironment round, TypeElement annotation) {
    List<TypeElement> candidates = new ArrayList<>();
    for (String name : deferred) {
      Optional.ofNullable(elements.getTypeElement(name)).ifPresent(candidates::add);
    }
    deferred.clear();
    candidates.addAll(ElementFilter.typesIn(round.getElementsAnnotatedWith(annotation)));
    candidates.sort(Comparator.comparing(t -> t.getQualifiedName().toString()));
    List<TypeElement> ready = new ArrayList<>();
    for (TypeElement type : candidates) {
      String name = type.getQualifiedName().toString();
      if (!processed.add(name)) {
        continue;
      }
      if (unresolved.test(type)) {
        if (!round.processingOver()) {
          processed.remove(name);
          deferred.add(name);
        }
        continue; // still missing after the last round: javac reports it, a second error would only repeat it
      }
      ready.add(type);
    }
    return ready;
  }

  /** The qualified names of the types given out so far, and those left to javac. */
  Set<String> processed() {
    return processed;
  }
}
