package dev.sequor.processor;

import static com.google.common.truth.Truth.assertThat;
import static com.google.common.truth.Truth.assertWithMessage;

import com.google.testing.compile.Compilation;
import com.google.testing.compile.Compiler;
import com.google.testing.compile.JavaFileObjects;
import dev.sequor.internal.format.PendingDirectory;
import dev.sequor.internal.format.SeederIndexFile;
import java.io.IOException;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Stream;
import javax.annotation.processing.AbstractProcessor;
import javax.annotation.processing.ProcessingEnvironment;
import javax.annotation.processing.Processor;
import javax.annotation.processing.RoundEnvironment;
import javax.lang.model.SourceVersion;
import javax.lang.model.element.TypeElement;
import javax.tools.Diagnostic;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The processor under incremental compilations: after a full compilation one source changes, and javac compiles
 * only that source into the same class output (which is on the class path). Every file the processor writes must
 * then be the one a full compilation of the changed sources writes.
 *
 * <ul>
 *   <li>As Gradle runs it for an aggregating processor: Gradle first deletes the changed source's classes and every
 *       file the processor wrote, and passes the other types the processor saw (those carrying a Sequor
 *       annotation) to javac as class names, which javac processes from their class files.
 *   <li>With the changed source only, nothing deleted and no class names: as maven-compiler-plugin with {@code
 *       useIncrementalCompilation=false} (it recompiles the stale sources only) or an IDE's build runs it. The
 *       aggregate outputs must still describe every model and seeder, from the class files on the class path.
 * </ul>
 *
 * <p>Fixtures: {@code incremental/test/incremental/} (three models, an enum, two seeder files, one with a nested
 * seeder); {@code incremental/v2/} holds the changed {@code Book} (a column added) and {@code AuthorsSeeder} (its
 * environments). No snapshot: every table is pending.
 */
final class IncrementalCompilationTest {

  private static final String V1 = "incremental/test/incremental/";
  private static final String V2 = "incremental/v2/test/incremental/";
  private static final List<String> SOURCES = List.of("Author", "AuthorsSeeder", "Book", "DemoSeeders", "Genre", "Tag");
  /** The types carrying a Sequor annotation; Gradle passes the unchanged ones as class names (top-level types). */
  private static final List<String> ANNOTATED = List.of("Author", "AuthorsSeeder", "Book", "DemoSeeders", "Tag");

  /** What Gradle's incremental compilation wrote after {@code Book} changed, and the full compilation's. */
  private static Build gradle;
  private static Build fullAfterBook;
  /** The changed source only, after {@code Book}, then after {@code AuthorsSeeder} changed; and the full ones. */
  private static Build bookOnly;
  private static Build seederOnly;
  private static Build fullAfterSeeder;

  @BeforeAll
  static void compile(@TempDir Path temp) throws IOException {
    fullAfterBook = fullCompilation(temp.resolve("full-book"), "Book");
    fullAfterSeeder = fullCompilation(temp.resolve("full-seeder"), "AuthorsSeeder");
    gradle = incrementalCompilation(temp.resolve("gradle"), "Book", true);
    bookOnly = incrementalCompilation(temp.resolve("book-only"), "Book", false);
    seederOnly = incrementalCompilation(temp.resolve("seeder-only"), "AuthorsSeeder", false);
  }

  // ---- as Gradle runs it -------------------------------------------------------------------------

  @Test
  void gradle_succeeds_andWarnsOfTheSamePendingChanges() {
    assertSucceeded(gradle.result());
    assertThat(fullAfterBook.result().messages(Diagnostic.Kind.WARNING)).isNotEmpty();
    assertThat(gradle.result().messages(Diagnostic.Kind.WARNING))
        .containsExactlyElementsIn(fullAfterBook.result().messages(Diagnostic.Kind.WARNING));
  }

  @Test
  void gradle_regeneratesTheCompanionClassOfEveryModel() {
    assertSameFiles(gradle, fullAfterBook, "generated/");
  }

  @Test
  void gradle_writesTheSameCreateTableScripts() {
    assertSameFiles(gradle, fullAfterBook, schemaScripts());
  }

  @Test
  void gradle_writesTheSameSeederIndex() {
    assertSameFiles(gradle, fullAfterBook, "classes/" + SeederIndexFile.RESOURCE);
  }

  @Test
  void gradle_writesTheSamePendingMigration() {
    assertSameFiles(gradle, fullAfterBook, "classes/" + PendingDirectory.PATH);
  }

  /**
   * Gradle turns every compilation after one in which an aggregating processor was given an annotation of {@code
   * SOURCE} retention into a full recompilation ("has source retention. Aggregating annotation processors require
   * class or runtime retention"). javac gives the processor {@code @Generated} (SOURCE) in the round that compiles
   * the companion classes, because the processor lists it among its supported annotations to claim it.
   */
  @Test
  void gradle_processorIsGivenOnlyAnnotationsOfClassOrRuntimeRetention() {
    SourceRetentionRecorder recorder = new SourceRetentionRecorder(new SequorProcessor());
    Compilation compilation = Compiler.javac().withProcessors(recorder).compile(JavaFileObjects.forResource(V1 + "Tag.java"));

    assertThat(compilation.status()).isEqualTo(Compilation.Status.SUCCESS);
    assertWithMessage("annotations of SOURCE retention given to the processor").that(recorder.given).isEmpty();
  }

  // ---- the changed source only -------------------------------------------------------------------

  @Test
  void changedModelOnly_leavesTheOtherCompanionClassesAndScripts_andRewritesItsOwn() {
    assertSucceeded(bookOnly.result());
    assertSameFiles(bookOnly, fullAfterBook, "generated/");
    assertSameFiles(bookOnly, fullAfterBook, schemaScripts());
  }

  @Test
  void changedModelOnly_writesThePendingMigrationOfEveryModel() {
    assertSameFiles(bookOnly, fullAfterBook, "classes/" + PendingDirectory.PATH);
  }

  @Test
  void changedModelOnly_warnsOfEveryPendingChange() {
    assertThat(bookOnly.result().messages(Diagnostic.Kind.WARNING))
        .containsExactlyElementsIn(fullAfterBook.result().messages(Diagnostic.Kind.WARNING));
  }

  @Test
  void changedSeederOnly_writesTheIndexOfEverySeeder() {
    assertSucceeded(seederOnly.result());
    assertSameFiles(seederOnly, fullAfterSeeder, "classes/" + SeederIndexFile.RESOURCE);
  }

  // ---- helpers -----------------------------------------------------------------------------------

  /** Runs a processor, recording the annotations of SOURCE retention javac gives it, as Gradle checks them. */
  private static final class SourceRetentionRecorder extends AbstractProcessor {

    private final Processor processor;
    final List<String> given = new ArrayList<>();

    SourceRetentionRecorder(Processor processor) {
      this.processor = processor;
    }

    @Override
    public synchronized void init(ProcessingEnvironment env) {
      super.init(env);
      processor.init(env);
    }

    @Override
    public Set<String> getSupportedAnnotationTypes() {
      return processor.getSupportedAnnotationTypes();
    }

    @Override
    public Set<String> getSupportedOptions() {
      return processor.getSupportedOptions();
    }

    @Override
    public SourceVersion getSupportedSourceVersion() {
      return processor.getSupportedSourceVersion();
    }

    @Override
    public boolean process(Set<? extends TypeElement> annotations, RoundEnvironment round) {
      for (TypeElement annotation : annotations) {
        Retention retention = annotation.getAnnotation(Retention.class);
        if (retention != null && retention.value() == RetentionPolicy.SOURCE) {
          given.add(annotation.getQualifiedName().toString());
        }
      }
      return processor.process(annotations, round);
    }
  }

  /** One compilation's diagnostics, and every file of its build (see {@link DiskCompiler#processorOutputs}). */
  private record Build(DiskCompiler.Result result, Map<String, String> outputs) {}

  /** The sources as they are once {@code changed} changed, compiled from scratch. */
  private static Build fullCompilation(Path root, String changed) {
    List<Path> sources = SOURCES.stream().map(name -> source(name, changed)).toList();
    DiskCompiler.Result result = DiskCompiler.javac().compile(root.resolve("classes"), root.resolve("generated"),
        List.of(), List.of(), sources);
    assertSucceeded(result);
    return new Build(result, DiskCompiler.processorOutputs(root.resolve("classes"), root.resolve("generated")));
  }

  /**
   * A full compilation of the first sources, then {@code changed} alone into the same directories; {@code gradle}:
   * first deleting what Gradle deletes, and passing the other annotated types as class names.
   */
  private static Build incrementalCompilation(Path root, String changed, boolean gradle) throws IOException {
    Path classes = root.resolve("classes");
    Path generated = root.resolve("generated");
    List<Path> first = SOURCES.stream().map(name -> source(name, null)).toList();
    assertSucceeded(DiskCompiler.javac().compile(classes, generated, List.of(), List.of(), first));
    List<String> classNames = new ArrayList<>();
    if (gradle) {
      deleteWhatGradleDeletes(classes, generated, changed);
      ANNOTATED.stream().filter(name -> !name.equals(changed)).map(name -> "test.incremental." + name)
          .forEach(classNames::add);
    }
    DiskCompiler.Result result =
        DiskCompiler.javac().compile(classes, generated, List.of(), classNames, List.of(source(changed, changed)));
    return new Build(result, DiskCompiler.processorOutputs(classes, generated));
  }

  /**
   * What Gradle deletes before it recompiles {@code changed} with an aggregating processor: the changed source's
   * classes, and every file the processor wrote (the generated sources, their classes, the resources).
   */
  private static void deleteWhatGradleDeletes(Path classes, Path generated, String changed) throws IOException {
    try (Stream<Path> walk = Files.walk(classes)) {
      for (Path file : walk.filter(Files::isRegularFile).toList()) {
        String name = file.getFileName().toString();
        String source = classes.relativize(file).toString().replaceFirst("(\\$.*)?\\.class$", ".java");
        if (!name.endsWith(".class") || name.startsWith(changed + ".") || name.startsWith(changed + "$")
            || Files.exists(generated.resolve(source))) {
          Files.delete(file);
        }
      }
    }
    try (Stream<Path> walk = Files.walk(generated)) {
      for (Path file : walk.filter(Files::isRegularFile).toList()) {
        Files.delete(file);
      }
    }
  }

  /** The files under {@code prefix}, present in either build, with the same content; some in the full one. */
  private static void assertSameFiles(Build actual, Build full, String prefix) {
    Map<String, String> expected = under(full.outputs(), prefix);
    assertWithMessage("files under %s of the full compilation", prefix).that(expected).isNotEmpty();
    assertWithMessage("files under %s after the incremental compilation, against the full one", prefix)
        .that(under(actual.outputs(), prefix)).containsExactlyEntriesIn(expected);
  }

  private static Map<String, String> under(Map<String, String> outputs, String prefix) {
    Map<String, String> selected = new TreeMap<>();
    outputs.forEach((path, text) -> {
      if (path.startsWith(prefix)) {
        selected.put(path, text);
      }
    });
    return selected;
  }

  /** The folder of the CREATE TABLE scripts in the class output. */
  private static String schemaScripts() {
    String script = SchemaSqlGenerator.resourcePath("books");
    return "classes/" + script.substring(0, script.lastIndexOf('/') + 1);
  }

  private static void assertSucceeded(DiskCompiler.Result result) {
    assertWithMessage("errors").that(result.messages(Diagnostic.Kind.ERROR)).isEmpty();
    assertThat(result.success()).isTrue();
  }

  /** The source of {@code simpleName}: the changed version when it is {@code changed}. */
  private static Path source(String simpleName, String changed) {
    return DiskCompiler.testResource((simpleName.equals(changed) ? V2 : V1) + simpleName + ".java");
  }
}
