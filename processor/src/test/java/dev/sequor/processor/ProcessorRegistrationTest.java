package dev.sequor.processor;

import static com.google.common.truth.Truth.assertThat;
import static com.google.common.truth.Truth.assertWithMessage;

import java.io.IOException;
import java.io.InputStream;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.jar.JarFile;
import java.util.stream.Stream;
import javax.annotation.processing.Processor;
import javax.tools.Diagnostic;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * How the processor jar registers its three processors, with javac and with Gradle: which annotations each reads
 * and claims, and what each declares itself as. javac gives a round's annotation to the processors in turn until
 * one claims it, so two processors claiming one annotation would hide it from whichever runs second.
 */
final class ProcessorRegistrationTest {

  private static final String PACKAGE = "dev.sequor.processor.";

  @Test
  void everyAnnotationOfTheRuntime_isReadByExactlyOneProcessor() throws Exception {
    Map<String, List<String>> readers = new TreeMap<>();
    for (String annotation : runtimeAnnotations()) {
      readers.put(annotation, new ArrayList<>());
    }
    for (Processor processor : SequorProcessors.with()) {
      for (String supported : processor.getSupportedAnnotationTypes()) {
        if (supported.equals(RuntimeNames.GENERATED.canonicalName())
            || supported.equals(RuntimeNames.SEQUOR_TEST_ANNOTATION)) {
          continue; // the JDK's, claimed on the companion classes; the testing module's, for the options' sake
        }
        assertWithMessage("%s supports an annotation the runtime does not declare", processor.getClass().getSimpleName())
            .that(readers).containsKey(supported);
        readers.get(supported).add(processor.getClass().getSimpleName());
      }
    }
    readers.forEach((annotation, processors) ->
        assertWithMessage("the processors reading @%s", annotation).that(processors).hasSize(1));
    assertThat(readers.get("dev.sequor.Model")).containsExactly("ModelProcessor");
    assertThat(readers.get("dev.sequor.GeneratedModels.CompanionOf")).containsExactly("SequorProcessor");
    assertThat(readers.get("dev.sequor.seed.Seed")).containsExactly("SequorProcessor");
  }

  @Test
  void gradleIsToldTheKindOfEachProcessor() throws IOException {
    assertThat(resource("META-INF/gradle/incremental.annotation.processors").lines().toList()).containsExactly(
        PACKAGE + "ModelProcessor,isolating", PACKAGE + "GeneratedClaims,isolating",
        PACKAGE + "SequorProcessor,aggregating");
    assertThat(resource("META-INF/services/javax.annotation.processing.Processor").lines().toList())
        .containsExactly(PACKAGE + "GeneratedClaims", PACKAGE + "ModelProcessor", PACKAGE + "SequorProcessor");
  }

  /** Gradle recompiles everything when an aggregating processor is given an annotation of SOURCE retention. */
  @Test
  void theAggregatingProcessorReadsAnnotationsOfClassRetention() throws ClassNotFoundException {
    for (String annotation : new SequorProcessor().getSupportedAnnotationTypes()) {
      Retention retention = runtimeClass(annotation).getAnnotation(Retention.class);
      assertWithMessage("@%s's retention", annotation).that(retention.value()).isEqualTo(RetentionPolicy.CLASS);
    }
  }

  /**
   * A model that fails gets no companion, so the SequorProcessor does not see it: it must not write a migration that
   * drops the model's table.
   */
  @Test
  void aModelThatFails_isReportedOnce_andNothingIsPending(@TempDir Path temp) {
    DiskCompiler.Result result = DiskCompiler.javac().compile(temp.resolve("classes"), temp.resolve("generated"),
        List.of(), List.of(), List.of(DiskCompiler.testResource("good/test/models/Product.java"),
            DiskCompiler.testResource("bad/test/bad/TransientWithColumn.java")));

    assertThat(result.messages(Diagnostic.Kind.ERROR)).hasSize(1);
    assertThat(result.messages(Diagnostic.Kind.ERROR).get(0)).contains("TransientWithColumn");
    assertThat(DiskCompiler.processorOutputs(temp.resolve("classes"), temp.resolve("generated")).keySet().stream()
        .filter(path -> path.contains("META-INF/sequor/pending/") || path.endsWith("META-INF/sequor/models")))
        .isEmpty();
  }

  /** The canonical names of the annotation types in the runtime's classes. */
  private static List<String> runtimeAnnotations() throws Exception {
    Path location = Path.of(dev.sequor.Model.class.getProtectionDomain().getCodeSource().getLocation().toURI());
    List<String> classFiles = new ArrayList<>();
    if (Files.isDirectory(location)) {
      try (Stream<Path> walk = Files.walk(location)) {
        walk.map(location::relativize).map(Path::toString).filter(n -> n.endsWith(".class")).forEach(classFiles::add);
      }
    } else {
      try (JarFile jar = new JarFile(location.toFile())) {
        jar.stream().map(e -> e.getName()).filter(n -> n.endsWith(".class")).forEach(classFiles::add);
      }
    }
    TreeSet<String> annotations = new TreeSet<>();
    for (String file : classFiles) {
      String name = file.substring(0, file.length() - ".class".length()).replace('/', '.').replace('\\', '.');
      if (name.startsWith("dev.sequor.internal.") || name.endsWith("module-info") || name.endsWith("package-info")) {
        continue;
      }
      Class<?> type = Class.forName(name, false, ProcessorRegistrationTest.class.getClassLoader());
      if (type.isAnnotation()) {
        annotations.add(type.getCanonicalName());
      }
    }
    assertThat(annotations).contains("dev.sequor.Model");
    return new ArrayList<>(annotations);
  }

  private static Class<?> runtimeClass(String canonicalName) throws ClassNotFoundException {
    int dot = canonicalName.lastIndexOf('.');
    try {
      return Class.forName(canonicalName);
    } catch (ClassNotFoundException e) {
      return Class.forName(canonicalName.substring(0, dot) + "$" + canonicalName.substring(dot + 1));
    }
  }

  private static String resource(String path) throws IOException {
    try (InputStream in = SequorProcessor.class.getClassLoader().getResourceAsStream(path)) {
      assertWithMessage("resource %s", path).that(in).isNotNull();
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
  }
}
