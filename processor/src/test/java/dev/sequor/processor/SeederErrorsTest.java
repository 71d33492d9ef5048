package dev.sequor.processor;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static com.google.testing.compile.Compiler.javac;

import com.google.testing.compile.Compilation;
import com.google.testing.compile.JavaFileObjects;
import java.util.List;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;

/**
 * One test per mistake a user can make in a {@code @Seed} class: the processor reports exactly one error, with its
 * stable tag, on the line of the offending element or value. Inputs are under {@code bad/test/bad/seed/}.
 */
final class SeederErrorsTest {

  @Test
  void seedOnInterface_fails() {
    assertOneError(bad("SeedOnInterface"), "[SeedNotClass]", "public interface SeedOnInterface",
        "found: interface test.bad.seed.SeedOnInterface");
  }

  @Test
  void seedOnAbstractClass_fails() {
    assertOneError(bad("SeedOnAbstractClass"), "[SeedNotClass]", "public abstract class SeedOnAbstractClass");
  }

  @Test
  void packagePrivateSeeder_fails() {
    assertOneError(bad("PackagePrivateSeeder"), "[SeedNotPublic]", "class PackagePrivateSeeder implements");
  }

  @Test
  void innerClassSeeder_fails() {
    assertOneError(bad("InnerSeeder"), "[SeedNotPublic]", "public class Inner implements Seeder");
  }

  @Test
  void classNotImplementingSeeder_fails() {
    assertOneError(bad("NotASeeder"), "[SeedNotSeeder]", "public class NotASeeder",
        "must implement dev.sequor.seed.Seeder");
  }

  @Test
  void seederWithoutPublicConstructor_fails() {
    assertOneError(bad("NoPublicConstructor"), "[SeedNoConstructor]", "public class NoPublicConstructor");
  }

  @Test
  void seederWithOnlyAConstructorWithParameters_fails() {
    assertOneError(bad("OnlyConstructorWithParameters"), "[SeedNoConstructor]",
        "public class OnlyConstructorWithParameters");
  }

  @Test
  void nameWithoutTimestamp_failsOnTheName() {
    assertOneError(bad("NameWithoutTimestamp"), "[SeedInvalidName]", "name = \"demo-products\"",
        "found: \"demo-products\"");
  }

  @Test
  void upperCaseName_failsOnTheName() {
    assertOneError(bad("UpperCaseName"), "[SeedInvalidName]", "name = \"20261125120000-Demo-Products\"");
  }

  @Test
  void nameUsedByTwoSeeders_failsOnTheSecond() {
    JavaFileObject first = bad("FirstSeeder");
    JavaFileObject second = bad("SecondSeeder");
    assertOneError(List.of(second, first), second, "[SeedDuplicateName]", "name = \"20261125120000-demo-products\"",
        "on test.bad.seed.SecondSeeder is already the name of @Seed class test.bad.seed.FirstSeeder");
  }

  @Test
  void emptyEnvironment_failsOnTheEnvironment() {
    assertOneError(bad("EmptyEnvironment"), "[SeedInvalidEnvironment]", "environments = {\"development\", \"\"}",
        "found: \"\"");
  }

  @Test
  void environmentListInOneString_failsOnTheEnvironment() {
    assertOneError(bad("EnvironmentWithComma"), "[SeedInvalidEnvironment]", "environments = \"development,test\"");
  }

  // ---- helpers -----------------------------------------------------------------------------------

  private static JavaFileObject bad(String seeder) {
    return JavaFileObjects.forResource("bad/test/bad/seed/" + seeder + ".java");
  }

  private static void assertOneError(JavaFileObject file, String tag, String line, String... messageParts) {
    assertOneError(List.of(file), file, tag, line, messageParts);
  }

  /**
   * Compiles {@code inputs} and asserts exactly one error: it contains {@code tag} and every one of
   * {@code messageParts}, and sits on the one line of {@code file} that contains {@code line}.
   */
  private static void assertOneError(List<JavaFileObject> inputs, JavaFileObject file, String tag, String line,
      String... messageParts) {
    Compilation compilation = javac().withProcessors(SequorProcessors.with()).compile(inputs);
    assertThat(compilation).failed();
    assertThat(compilation).hadErrorCount(1);
    assertThat(compilation).hadErrorContaining(tag).inFile(file).onLineContaining(line);
    for (String part : messageParts) {
      assertThat(compilation).hadErrorContaining(part).inFile(file).onLineContaining(line);
    }
  }
}
