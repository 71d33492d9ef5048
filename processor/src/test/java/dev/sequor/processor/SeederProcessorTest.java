package dev.sequor.processor;

import static com.google.common.truth.Truth.assertThat;
import static com.google.testing.compile.CompilationSubject.assertThat;
import static com.google.testing.compile.Compiler.javac;

import com.google.testing.compile.Compilation;
import com.google.testing.compile.JavaFileObjects;
import dev.sequor.internal.format.SeederIndexFile;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Set;
import javax.annotation.processing.AbstractProcessor;
import javax.annotation.processing.RoundEnvironment;
import javax.lang.model.SourceVersion;
import javax.lang.model.element.TypeElement;
import javax.tools.JavaFileObject;
import javax.tools.StandardLocation;
import org.junit.jupiter.api.Test;

/**
 * Compiles the seeders under {@code good/test/seeders/} and compares the seeder index the processor writes with
 * the golden {@code expected/META-INF/sequor/seeders} (see {@link GoldenFiles} to regenerate it).
 */
final class SeederProcessorTest {

  private static final List<String> OPTIONS = List.of("-Xlint:all,-processing");

  private static final List<String> SEEDERS = List.of(
      "good/test/seeders/Categories.java",
      "good/test/seeders/DemoSeeders.java");

  @Test
  void severalSeedersInTwoFiles_writeOneIndexSortedByName_matchesGolden() {
    Compilation compilation = compile(SEEDERS);

    assertThat(compilation).succeededWithoutWarnings();
    GoldenFiles.assertMatches("expected/" + SeederIndexFile.RESOURCE, index(compilation));
  }

  @Test
  void index_listsBinaryNamesAndEnvironments() {
    Compilation compilation = compile(SEEDERS);

    assertThat(compilation).succeededWithoutWarnings();
    assertThat(index(compilation)).isEqualTo(""
        + "20261124090000-categories test.seeders.Categories\n"
        + "20261125120000-demo-products test.seeders.DemoSeeders$Products development\n"
        + "20261125120500-demo-customers test.seeders.DemoSeeders development,test\n");
  }

  @Test
  void reversedInputOrder_writesTheSameIndex() {
    List<String> reversed = new ArrayList<>(SEEDERS);
    Collections.reverse(reversed);

    Compilation compilation = compile(reversed);

    assertThat(compilation).succeededWithoutWarnings();
    assertThat(index(compilation)).isEqualTo(index(compile(SEEDERS)));
  }

  @Test
  void compilationWithoutSeeders_writesNoIndex() {
    Compilation compilation = compile(List.of("good/test/models/Product.java"));

    assertThat(compilation).succeededWithoutWarnings();
    assertThat(compilation.generatedFile(StandardLocation.CLASS_OUTPUT, SeederIndexFile.RESOURCE)).isEmpty();
  }

  @Test
  void seederGeneratedInALaterRound_isInTheOneIndex() {
    Compilation compilation = javac()
        .withProcessors(SequorProcessors.with(new SourceGenerator("test.seeders.Generated", "package test.seeders;\n\n"
            + "@dev.sequor.seed.Seed(name = \"20261126000000-generated\")\n"
            + "public class Generated implements dev.sequor.seed.Seeder {\n"
            + "  @Override public void up(dev.sequor.seed.SeedContext context) {}\n"
            + "  @Override public void down(dev.sequor.seed.SeedContext context) {}\n"
            + "}\n")))
        .withOptions(OPTIONS)
        .compile(SEEDERS.stream().map(JavaFileObjects::forResource).toList());

    assertThat(compilation).succeededWithoutWarnings();
    assertThat(index(compilation)).isEqualTo(""
        + "20261124090000-categories test.seeders.Categories\n"
        + "20261125120000-demo-products test.seeders.DemoSeeders$Products development\n"
        + "20261125120500-demo-customers test.seeders.DemoSeeders development,test\n"
        + "20261126000000-generated test.seeders.Generated\n");
  }

  @Test
  void seederImplementingATypeGeneratedInALaterRound_isDeferredAndIndexed() {
    Compilation compilation = javac()
        .withProcessors(SequorProcessors.with(new SourceGenerator("test.edge.GeneratedBase", "package test.edge;\n\n"
            + "public interface GeneratedBase extends dev.sequor.seed.Seeder {}\n")))
        .withOptions(OPTIONS)
        .compile(JavaFileObjects.forResource("good/test/edge/LaterBaseSeeder.java"));

    assertThat(compilation).succeededWithoutWarnings();
    assertThat(index(compilation)).isEqualTo("20261127000000-later-base test.edge.LaterBaseSeeder\n");
  }

  /** Another processor: writes one source file in the first round. */
  private static final class SourceGenerator extends AbstractProcessor {

    private final String name;
    private final String source;
    private boolean written;

    SourceGenerator(String name, String source) {
      this.name = name;
      this.source = source;
    }

    @Override
    public Set<String> getSupportedAnnotationTypes() {
      return Set.of("*");
    }

    @Override
    public SourceVersion getSupportedSourceVersion() {
      return SourceVersion.latestSupported();
    }

    @Override
    public boolean process(Set<? extends TypeElement> annotations, RoundEnvironment round) {
      if (!written) {
        written = true;
        try (Writer writer = processingEnv.getFiler().createSourceFile(name).openWriter()) {
          writer.write(source);
        } catch (IOException e) {
          throw new UncheckedIOException(e);
        }
      }
      return false;
    }
  }

  // ---- helpers -----------------------------------------------------------------------------------

  private static Compilation compile(List<String> resources) {
    return javac()
        .withProcessors(SequorProcessors.with())
        .withOptions(OPTIONS)
        .compile(resources.stream().map(JavaFileObjects::forResource).toList());
  }

  private static String index(Compilation compilation) {
    JavaFileObject file = compilation.generatedFile(StandardLocation.CLASS_OUTPUT, SeederIndexFile.RESOURCE)
        .orElseThrow(() -> new AssertionError("no seeder index " + SeederIndexFile.RESOURCE));
    try {
      return file.getCharContent(false).toString();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
