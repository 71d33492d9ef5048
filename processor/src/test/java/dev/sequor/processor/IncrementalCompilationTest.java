package dev.sequor.processor;

import static com.google.common.truth.Truth.assertThat;
import static com.google.common.truth.Truth.assertWithMessage;

import dev.sequor.internal.format.PendingDirectory;
import dev.sequor.internal.format.SeederIndexFile;
import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Stream;
import javax.tools.Diagnostic;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The processors under incremental compilations: after a full compilation one source changes, and javac compiles
 * only that source into the same class output (which is on the class path). Every file the processors write must
 * then be the one a full compilation of the changed sources writes.
 *
 * <ul>
 *   <li>As Gradle runs them ({@link GradleBookkeeping}): the {@link ModelProcessor} isolating, the
 *       {@link SequorProcessor} aggregating. Gradle first deletes the changed source's classes, the files the
 *       isolating processors wrote from it, and every file the aggregating one wrote; then it passes the types the
 *       aggregating processor was given (the companion classes and the seeders) to javac as class names, which javac
 *       processes from their class files. The other models' companions are neither rewritten nor recompiled.
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
  private static final String PACKAGE = "test.incremental.";
  /** A time no file is written at: the files Gradle keeps get it, so that those rewritten stand out. */
  private static final FileTime KEPT = FileTime.fromMillis(0);

  /** What Gradle's incremental compilation wrote after {@code Book} changed, and the full compilation's. */
  private static GradleBuild gradle;
  private static Build fullAfterBook;
  /** The changed source only, after {@code Book}, then after {@code AuthorsSeeder} changed; and the full ones. */
  private static Build bookOnly;
  private static Build seederOnly;
  private static Build fullAfterSeeder;

  @BeforeAll
  static void compile(@TempDir Path temp) throws IOException {
    fullAfterBook = fullCompilation(temp.resolve("full-book"), "Book");
    fullAfterSeeder = fullCompilation(temp.resolve("full-seeder"), "AuthorsSeeder");
    gradle = gradleCompilation(temp.resolve("gradle"), "Book");
    bookOnly = incrementalCompilation(temp.resolve("book-only"), "Book");
    seederOnly = incrementalCompilation(temp.resolve("seeder-only"), "AuthorsSeeder");
  }

  // ---- as Gradle runs it -------------------------------------------------------------------------

  @Test
  void gradle_succeeds_andWarnsOfTheSamePendingChanges() {
    assertSucceeded(gradle.build().result());
    assertThat(fullAfterBook.result().messages(Diagnostic.Kind.WARNING)).isNotEmpty();
    assertThat(gradle.build().result().messages(Diagnostic.Kind.WARNING))
        .containsExactlyElementsIn(fullAfterBook.result().messages(Diagnostic.Kind.WARNING));
  }

  /** Gradle recompiles everything after a compilation in which a processor broke the rules of its kind. */
  @Test
  void gradle_eachProcessorKeepsToTheRulesOfItsKind() {
    assertWithMessage("full compilation").that(gradle.full().fullRebuildCauses).isEmpty();
    assertWithMessage("incremental compilation").that(gradle.incremental().fullRebuildCauses).isEmpty();
  }

  @Test
  void gradle_theModelProcessorWritesEachModelsFilesFromThatModelAlone() {
    assertThat(gradle.full().isolatingOutputs).containsExactly(
        PACKAGE + "Author", Set.of(PACKAGE + "AuthorModel", SchemaSqlGenerator.resourcePath("authors")),
        PACKAGE + "Book", Set.of(PACKAGE + "BookModel", SchemaSqlGenerator.resourcePath("books")),
        PACKAGE + "Tag", Set.of(PACKAGE + "TagModel", SchemaSqlGenerator.resourcePath("labels")));
  }

  /** Not the models: Gradle would pass them all again, and every companion would be rewritten. */
  @Test
  void gradle_theAggregatingProcessorIsGivenTheCompanionsAndSeeders() {
    assertThat(gradle.full().aggregatedTypes).containsExactly(PACKAGE + "AuthorModel", PACKAGE + "AuthorsSeeder",
        PACKAGE + "BookModel", PACKAGE + "DemoSeeders", PACKAGE + "TagModel");
  }

  @Test
  void gradle_rewritesTheChangedModelsCompanionAndScriptOnly() {
    assertThat(gradle.rewritten().stream().filter(f -> f.startsWith("generated/") || f.startsWith(schemaScripts())))
        .containsExactly("generated/test/incremental/BookModel.java", "classes/" + SchemaSqlGenerator.resourcePath("books"));
  }

  @Test
  void gradle_writesTheSameCompanionClassesAndScripts() {
    assertSameFiles(gradle.build(), fullAfterBook, "generated/");
    assertSameFiles(gradle.build(), fullAfterBook, schemaScripts());
  }

  @Test
  void gradle_writesTheSameSeederIndex() {
    assertSameFiles(gradle.build(), fullAfterBook, "classes/" + SeederIndexFile.RESOURCE);
  }

  @Test
  void gradle_writesTheSamePendingMigrationAndModelList() {
    assertSameFiles(gradle.build(), fullAfterBook, "classes/" + PendingDirectory.PATH);
    assertSameFiles(gradle.build(), fullAfterBook, "classes/" + ProjectIndex.MODELS);
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

  /** A full compilation of the first sources, then {@code changed} alone into the same directories. */
  private static Build incrementalCompilation(Path root, String changed) {
    Path classes = root.resolve("classes");
    Path generated = root.resolve("generated");
    List<Path> first = SOURCES.stream().map(name -> source(name, null)).toList();
    assertSucceeded(DiskCompiler.javac().compile(classes, generated, List.of(), List.of(), first));
    DiskCompiler.Result result =
        DiskCompiler.javac().compile(classes, generated, List.of(), List.of(), List.of(source(changed, changed)));
    return new Build(result, DiskCompiler.processorOutputs(classes, generated));
  }

  /** A Gradle build: its books of the full and the incremental compilation, and the files the second rewrote. */
  private record GradleBuild(Build build, GradleBookkeeping full, GradleBookkeeping incremental, Set<String> rewritten) {}

  /**
   * A full compilation of the first sources, then Gradle's incremental one of {@code changed}: it deletes what Gradle
   * deletes, and passes the types the aggregating processor was given, but those deleted, as class names.
   */
  private static GradleBuild gradleCompilation(Path root, String changed) throws IOException {
    Path classes = root.resolve("classes");
    Path generated = root.resolve("generated");
    GradleBookkeeping full = new GradleBookkeeping();
    List<Path> first = SOURCES.stream().map(name -> source(name, null)).toList();
    assertSucceeded(DiskCompiler.javac().compile(classes, generated, List.of(), List.of(), first, full.sequorProcessors()));

    Set<String> deletedTypes = deleteWhatGradleDeletes(classes, generated, full, PACKAGE + changed);
    try (Stream<Path> kept = Files.walk(root)) {
      for (Path file : kept.filter(Files::isRegularFile).toList()) {
        Files.setLastModifiedTime(file, KEPT);
      }
    }
    GradleBookkeeping incremental = new GradleBookkeeping();
    List<String> classNames = full.aggregatedTypes.stream().filter(type -> !deletedTypes.contains(type)).toList();
    DiskCompiler.Result result = DiskCompiler.javac().compile(classes, generated, List.of(), classNames,
        List.of(source(changed, changed)), incremental.sequorProcessors());

    Build build = new Build(result, DiskCompiler.processorOutputs(classes, generated));
    Set<String> rewritten = new TreeSet<>();
    for (String path : build.outputs().keySet()) { // "classes/..." and "generated/...", under root
      if (!Files.getLastModifiedTime(root.resolve(path)).equals(KEPT)) {
        rewritten.add(path);
      }
    }
    return new GradleBuild(build, full, incremental, rewritten);
  }

  /**
   * What Gradle deletes before it recompiles the source of {@code changed}: its classes, the files the isolating
   * processors wrote from it (sources, with their classes, and resources), and every resource of the aggregating
   * processor. Returns the types deleted.
   */
  private static Set<String> deleteWhatGradleDeletes(Path classes, Path generated, GradleBookkeeping books,
      String changed) throws IOException {
    Set<String> deletedTypes = new TreeSet<>(Set.of(changed));
    List<Path> deleted = new ArrayList<>();
    for (String output : books.isolatingOutputs.getOrDefault(changed, Set.of())) {
      if (output.contains("/")) {
        deleted.add(classes.resolve(output));
      } else {
        deletedTypes.add(output);
        deleted.add(generated.resolve(output.replace('.', '/') + ".java"));
      }
    }
    books.aggregatingResources.forEach(resource -> deleted.add(classes.resolve(resource)));
    try (Stream<Path> walk = Files.walk(classes)) {
      for (Path file : walk.filter(Files::isRegularFile).toList()) {
        String type = classes.relativize(file).toString().replace(File.separatorChar, '.').replaceFirst("(\\$.*)?\\.class$", "");
        if (deletedTypes.contains(type)) {
          deleted.add(file);
        }
      }
    }
    for (Path file : deleted) {
      Files.delete(file);
    }
    return deletedTypes;
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
