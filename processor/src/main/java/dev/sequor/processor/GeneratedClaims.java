package dev.sequor.processor;

import com.google.auto.service.AutoService;
import java.util.List;
import java.util.Set;
import javax.annotation.processing.AbstractProcessor;
import javax.annotation.processing.Generated;
import javax.annotation.processing.Processor;
import javax.annotation.processing.RoundEnvironment;
import javax.lang.model.SourceVersion;
import javax.lang.model.element.Element;
import javax.lang.model.element.TypeElement;

/**
 * Claims {@code @Generated} in a round where every class carrying it was written by {@link ModelProcessor} (the
 * companion classes it wrote the round before), unlike AutoValue's advice: javac's {@code -Xlint:processing} (part of
 * {@code -Xlint:all}) warns about every annotation no processor claims, which fails a user's {@code -Werror} build.
 * Another processor's generated code keeps its annotation for whoever wants it.
 *
 * <p>A processor of its own because {@code @Generated} has {@code SOURCE} retention: Gradle recompiles everything
 * after a compilation in which an aggregating processor (the {@link SequorProcessor}) was given such an annotation;
 * and because javac claims per processor, all of its annotations or none, while the {@link ModelProcessor} claims
 * every model annotation. This one reads nothing but the round's annotated classes, so Gradle runs it as isolating.
 */
@AutoService(Processor.class)
public final class GeneratedClaims extends AbstractProcessor {

  @Override
  public Set<String> getSupportedAnnotationTypes() {
    return Set.of(RuntimeNames.GENERATED.canonicalName());
  }

  @Override
  public SourceVersion getSupportedSourceVersion() {
    return SourceVersion.latestSupported();
  }

  @Override
  public boolean process(Set<? extends TypeElement> annotations, RoundEnvironment round) {
    for (TypeElement annotation : annotations) {
      for (Element element : round.getElementsAnnotatedWith(annotation)) {
        Generated generated = element.getAnnotation(Generated.class);
        if (generated == null || !List.of(generated.value()).contains(ModelProcessor.class.getName())) {
          return false;
        }
      }
    }
    return true;
  }
}
