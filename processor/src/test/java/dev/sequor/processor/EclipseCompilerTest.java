package dev.sequor.processor;

import static com.google.common.truth.Truth.assertThat;
import static com.google.common.truth.Truth.assertWithMessage;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import javax.tools.Diagnostic;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The processor under Eclipse's compiler (ecj, the compiler of Eclipse and of the IDEs built on JDT), through
 * {@code javax.tools}: it must write the very files javac makes it write, and point its messages at the same
 * source lines. The fixtures are those of {@link IncrementalCompilationTest}, with no snapshot, so that every table
 * is pending and warned about.
 */
final class EclipseCompilerTest {

  private static final String PACKAGE = "incremental/test/incremental/";
  private static final List<String> SOURCES = List.of("Author", "AuthorsSeeder", "Book", "DemoSeeders", "Genre", "Tag");

  private static DiskCompiler.Result javac;
  private static DiskCompiler.Result ecj;
  private static Map<String, String> javacOutputs;
  private static Map<String, String> ecjOutputs;

  @BeforeAll
  static void compileWithBoth(@TempDir Path temp) {
    List<Path> sources = SOURCES.stream().map(name -> DiskCompiler.testResource(PACKAGE + name + ".java")).toList();
    List<String> procOnly = List.of("-proc:only");
    javac = DiskCompiler.javac().compile(temp.resolve("javac/classes"), temp.resolve("javac/generated"), procOnly,
        List.of(), sources);
    javacOutputs = DiskCompiler.processorOutputs(temp.resolve("javac/classes"), temp.resolve("javac/generated"));
    ecj = DiskCompiler.ecj().compile(temp.resolve("ecj/classes"), temp.resolve("ecj/generated"), procOnly,
        List.of(), sources);
    ecjOutputs = DiskCompiler.processorOutputs(temp.resolve("ecj/classes"), temp.resolve("ecj/generated"));
  }

  @Test
  void ecj_succeedsWithoutErrors() {
    assertWithMessage("errors").that(ecj.messages(Diagnostic.Kind.ERROR)).isEmpty();
    assertThat(ecj.success()).isTrue();
  }

  @Test
  void ecj_writesEveryFileJavacWrites_byteForByte() {
    assertThat(javacOutputs.keySet()).containsAtLeast("generated/test/incremental/BookModel.java",
        "classes/META-INF/sequor/seeders", "classes/META-INF/sequor/pending/migration.sql");
    assertThat(ecjOutputs).containsExactlyEntriesIn(javacOutputs);
  }

  @Test
  void ecj_warnsOfTheSamePendingChanges() {
    assertThat(ecj.messages(Diagnostic.Kind.WARNING)).containsExactlyElementsIn(javac.messages(Diagnostic.Kind.WARNING));
  }

  @Test
  void pendingTableWarning_isOnTheModelsDeclaration_underBoth() {
    for (DiskCompiler.Result result : List.of(javac, ecj)) {
      assertPosition(result.diagnostic("[SchemaPending] create table \"authors\""), "Author.java", "public record Author(");
    }
  }

  @Test
  void pendingForeignKeyWarning_isOnTheAttribute_underBoth() {
    for (DiskCompiler.Result result : List.of(javac, ecj)) {
      assertPosition(result.diagnostic("[SchemaPending] add foreign key \"books_author_id_fkey\""), "Book.java",
          "Long authorId");
    }
  }

  /** The diagnostic is in {@code file}, on the first line containing {@code text}. */
  private static void assertPosition(Diagnostic<? extends JavaFileObject> diagnostic, String file, String text) {
    assertWithMessage("source of %s", diagnostic).that(diagnostic.getSource()).isNotNull();
    assertThat(diagnostic.getSource().getName()).endsWith(file);
    assertWithMessage("line of %s", diagnostic).that(diagnostic.getLineNumber()).isEqualTo(lineOf(file, text));
  }

  private static long lineOf(String file, String text) {
    try {
      List<String> lines = Files.readAllLines(DiskCompiler.testResource(PACKAGE + file));
      for (int i = 0; i < lines.size(); i++) {
        if (lines.get(i).contains(text)) {
          return i + 1;
        }
      }
      throw new AssertionError(text + " not in " + file);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
