package dev.sequor.maven;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.sequor.internal.format.PendingDirectory;
import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The processor run with {@code javac -proc:only} over a project's sources: which errors stop it and which do not.
 * The processor is found on this test's class path, as javac finds it on a project's without
 * {@code annotationProcessorPaths}.
 */
class ModelCompilerTest {

  private static final String PRODUCT = """
      package shop;

      import dev.sequor.Model;
      import java.math.BigDecimal;

      @Model(modelName = "product", underscored = true)
      public record Product(Long id, String name, BigDecimal price) {}
      """;

  private static final List<Path> TEST_CLASS_PATH =
      Arrays.stream(System.getProperty("java.class.path").split(File.pathSeparator)).map(Path::of).toList();

  @TempDir
  Path project;

  private Path sources;
  private Path snapshot;
  private ModelCompiler compiler;

  @BeforeEach
  void setUp() {
    sources = project.resolve("src/main/java");
    snapshot = project.resolve("src/main/resources/db/snapshot");
    compiler = compiler(TEST_CLASS_PATH, List.of("--release", "17"));
  }

  private ModelCompiler compiler(List<Path> classpath, List<String> options) {
    ModelCompiler.Settings settings = new ModelCompiler.Settings(List.of(sources), classpath, List.of(), options);
    return new ModelCompiler(settings, project.resolve("target/sequor"), snapshot, project);
  }

  private void source(String name, String text) throws IOException {
    Path file = sources.resolve("shop").resolve(name);
    Files.createDirectories(file.getParent());
    Files.writeString(file, text);
  }

  private String pendingMigration() throws IOException {
    return Files.readString(compiler.classOutput().resolve(PendingDirectory.MIGRATION));
  }

  @Test
  void errorsInMethodBodies_doNotStopIt() throws IOException {
    source("Product.java", PRODUCT);
    // call sites of attributes the model no longer has, as after a model change
    source("PriceList.java", """
        package shop;

        class PriceList {
          static final Object FIRST = Product.noSuchConstant;

          String label(Product product) {
            return product.name() + product.priceInCents() + ProductModel.NO_SUCH_ATTRIBUTE;
          }

          Runnable later(Product product) {
            return () -> { int cents = product.price(); };
          }
        }
        """);

    List<String> notes = compiler.compile();

    assertEquals(List.of(), notes);
    assertTrue(pendingMigration().contains("CREATE TABLE \"products\""), pendingMigration());
  }

  @Test
  void comparesWithTheGivenSnapshot() throws IOException {
    source("Product.java", PRODUCT);
    compiler.compile();
    new MigrationGenerator(compiler.classOutput(), project.resolve("migrations"), snapshot, Clock.systemUTC())
        .generate("create-products", DropPolicy.none());

    compiler.compile();

    assertFalse(Files.exists(compiler.classOutput().resolve(PendingDirectory.MIGRATION)),
        "the snapshot written has the models' schema: nothing pending");
  }

  /**
   * The sequence of an IDE next to Maven: a full compile into {@code target/classes}, then one edited model compiled
   * alone into it (the other models only as class files there). The goal runs the processor over every source into
   * a folder of its own, so it writes the migration a clean project would.
   */
  @Test
  void afterAOneFileCompileIntoTargetClasses_theGoalSeesEveryModel() throws IOException {
    source("Product.java", PRODUCT);
    source("Category.java", """
        package shop;

        import dev.sequor.Model;
        import dev.sequor.References;

        @Model(underscored = true)
        public record Category(Long id, String name, @References(Product.class) Long featuredId) {}
        """);
    Path classes = Files.createDirectories(project.resolve("target/classes"));
    javac(classes, sources.resolve("shop/Product.java"), sources.resolve("shop/Category.java"));
    source("Category.java", Files.readString(sources.resolve("shop/Category.java"))
        .replace("String name,", "String name, Integer rank,"));
    javac(classes, sources.resolve("shop/Category.java"));

    compiler.compile();
    String afterPartial = pendingMigration();
    Folders.deleteRecursively(project.resolve("target"));
    compiler.compile();

    assertEquals(pendingMigration(), afterPartial);
    assertTrue(afterPartial.contains("CREATE TABLE \"products\"") && afterPartial.contains("\"rank\" INTEGER"),
        afterPartial);
  }

  /** javac with the processor over {@code files} into {@code classes}, which is also on the class path. */
  private static void javac(Path classes, Path... files) {
    List<String> arguments = new java.util.ArrayList<>(List.of("-d", classes.toString(), "-classpath",
        classes + File.pathSeparator + System.getProperty("java.class.path"), "-Asequor.pendingChanges=quiet"));
    Arrays.stream(files).map(Path::toString).forEach(arguments::add);
    assertEquals(0, javax.tools.ToolProvider.getSystemJavaCompiler().run(null, null, null,
        arguments.toArray(String[]::new)));
  }

  @Test
  void errorInAModel_stopsIt_namingFileAndLine() throws IOException {
    source("Product.java", PRODUCT.replace("BigDecimal price", "Money price"));

    UsageException e = assertThrows(UsageException.class, compiler::compile);

    assertTrue(e.getMessage().startsWith("The models do not compile"), e.getMessage());
    assertTrue(e.getMessage().contains("src/main/java/shop/Product.java:[7,"), e.getMessage());
    assertTrue(e.getMessage().contains("cannot find symbol"), e.getMessage());
  }

  @Test
  void unresolvedTypeOutsideTheModels_doesNotStopIt_andIsNamed() throws IOException {
    source("Product.java", PRODUCT);
    source("Catalog.java", """
        package shop;

        import shop.gone.Category;

        class Catalog {
          Category first() {
            return null;
          }
        }
        """);

    List<String> notes = compiler.compile();

    assertEquals(List.of("WARNING: 2 compile errors outside the models did not stop this goal; fix them before the"
        + " next compile: src/main/java/shop/Catalog.java"), notes);
    assertTrue(pendingMigration().contains("CREATE TABLE \"products\""), pendingMigration());
  }

  @Test
  void syntaxErrorAnywhere_stopsIt_beforeProcessing() throws IOException {
    source("Product.java", PRODUCT);
    source("PriceList.java", """
        package shop;

        class PriceList {
          int cents() {
            return ;;
          }
          int cents() {
            return 0;
          }
        }
        """);

    UsageException e = assertThrows(UsageException.class, compiler::compile);

    assertTrue(e.getMessage().startsWith(
        "javac stopped before the annotation processors ran, on 1 error that stops every compile"), e.getMessage());
    assertTrue(e.getMessage().contains("src/main/java/shop/PriceList.java:[7,"), e.getMessage());
  }

  @Test
  void noProcessor_isSaid() throws IOException {
    source("PriceList.java", "package shop;\n\nclass PriceList {}\n");
    UsageException e = assertThrows(UsageException.class, compiler(List.of(), List.of())::compile);

    assertEquals("javac would not run Sequor's annotation processor: add sequor-processor to the"
        + " maven-compiler-plugin's annotationProcessorPaths.", e.getMessage());
  }

  /** Without the ModelProcessor no model would have a companion, and the migration would miss every model. */
  @Test
  void processorsNamed_withoutEveryOneOfSequors_isSaid() throws IOException {
    source("Product.java", PRODUCT);
    UsageException e = assertThrows(UsageException.class,
        compiler(TEST_CLASS_PATH, List.of("-processor", ModelCompiler.PROCESSOR))::compile);

    assertEquals("javac would not run Sequor's annotation processor: add sequor-processor to the"
        + " maven-compiler-plugin's annotationProcessorPaths, and name its three processors in annotationProcessors:"
        + " dev.sequor.processor.ModelProcessor, dev.sequor.processor.GeneratedClaims,"
        + " dev.sequor.processor.SequorProcessor.", e.getMessage());
  }

  @Test
  void optionJavacRefuses_isSaid() throws IOException {
    source("Product.java", PRODUCT);
    UsageException e = assertThrows(UsageException.class,
        compiler(TEST_CLASS_PATH, List.of("--release", "seventeen"))::compile);

    assertTrue(e.getMessage().startsWith("javac refuses the options taken from maven-compiler-plugin"),
        e.getMessage());
  }

  @Test
  void noSources_noModels_nothingPending() throws IOException {
    assertEquals(List.of(), compiler.compile());
    assertFalse(Files.exists(compiler.classOutput().resolve(PendingDirectory.MIGRATION)));
  }
}
