package dev.sequor.examples.readme;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.sequor.Sequor;
import dev.sequor.examples.products.Order;
import dev.sequor.examples.products.Product;
import dev.sequor.processor.SequorProcessor;
import java.io.IOException;
import java.io.StringWriter;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.tools.JavaCompiler;
import javax.tools.ToolProvider;
import org.jooq.DSLContext;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The documentation's query examples compile as written, in a user's project as an IDE sets it up: wildcard imports of
 * {@code dev.sequor.*} and of the generated model class, the processor on the processor path, and
 * {@code -Xlint:all -Werror}. The examples are read from the chapters themselves (the Java blocks and the code in
 * the tables of {@code docs/}' chapters from "Connecting" to "Associations"), so they cannot drift from the API.
 */
class ReadmeQueryExamplesTest {

  private static final Pattern JAVA_BLOCK = Pattern.compile("```java\\n(.*?)```", Pattern.DOTALL);
  /** A table cell's code that is a whole call on the repository: {@code products.findAll(...)}. */
  private static final Pattern TABLE_CALL = Pattern.compile("\\| `(products\\.[^`|]*)`");

  @Test
  void theQueryChaptersCompileWithEveryLintWarningAnError(@TempDir Path project) throws Exception {
    StringBuilder text = new StringBuilder();
    for (String chapter : List.of("01-connecting.md", "02-migrations.md", "03-seeders.md",
        "04-models.md", "05-instances.md", "06-querying.md", "07-finders.md", "08-associations.md")) {
      text.append(Files.readString(Path.of("..", "docs", chapter))).append('\n');
    }
    String chapters = text.toString();
    List<String> snippets = new ArrayList<>();
    Set<String> imports = new LinkedHashSet<>(List.of(
        "import dev.sequor.*;", "import static shop.ProductModel.*;", "import java.math.*;", "import java.util.*;",
        "import java.util.stream.*;"));
    Matcher block = JAVA_BLOCK.matcher(chapters);
    while (block.find()) {
      if (block.group(1).startsWith("@")) {
        continue; // a declaration (a model, a seeder), not statements: the example app's own are compiled
      }
      StringBuilder body = new StringBuilder();
      for (String line : block.group(1).split("\n")) {
        if (line.startsWith("import ")) {
          imports.add(line.trim());
        } else {
          body.append(line).append('\n');
        }
      }
      snippets.add(body.toString());
    }
    Matcher call = TABLE_CALL.matcher(chapters);
    while (call.find()) {
      if (!call.group(1).contains("...")) {
        snippets.add(call.group(1) + ";\n");
      }
    }
    assertTrue(snippets.size() > 25, "found only " + snippets.size() + " examples in the chapters");

    Path sources = Files.createDirectories(project.resolve("src/shop"));
    Files.writeString(sources.resolve("Product.java"), model(Product.class));
    Files.writeString(sources.resolve("Order.java"), model(Order.class));
    Files.writeString(sources.resolve("ReadmeExamples.java"), examplesClass(imports, snippets));

    StringWriter diagnostics = new StringWriter();
    JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
    List<String> options = List.of("--release", "17", "-Xlint:all", "-Werror",
        "-Asequor.pendingChanges=off", // the project's migrations are not the subject here
        "-classpath", path(Sequor.class, DSLContext.class, org.reactivestreams.Publisher.class,
            io.r2dbc.spi.ConnectionFactory.class),
        "-processorpath", path(SequorProcessor.class, com.palantir.javapoet.JavaFile.class),
        "-d", Files.createDirectories(project.resolve("classes")).toString(),
        "-s", Files.createDirectories(project.resolve("generated")).toString());
    List<String> files = List.of(sources.resolve("Product.java").toString(), sources.resolve("Order.java").toString(),
        sources.resolve("ReadmeExamples.java").toString());
    boolean compiled = javac.getTask(diagnostics, null, null, options, null,
        javac.getStandardFileManager(null, null, StandardCharsets.UTF_8).getJavaFileObjectsFromStrings(files)).call();

    assertEquals("", diagnostics.toString(), "javac said something about the chapters' examples");
    assertTrue(compiled);
  }

  /** A model of the example app (the lesson's product, its order), in the chapters' package {@code shop}. */
  private static String model(Class<?> model) throws IOException {
    Path source = Path.of("../examples/src/main/java", model.getName().replace('.', '/') + ".java");
    return Files.readString(source).replace("package " + model.getPackageName() + ";", "package shop;");
  }

  /** One method per example, so that their local names never meet, over the names the examples assume. */
  private static String examplesClass(Set<String> imports, List<String> snippets) {
    StringBuilder java = new StringBuilder("package shop;\n\n");
    imports.forEach(i -> java.append(i).append('\n'));
    java.append("""

        /** The chapters' query examples, as written. */
        @SuppressWarnings("unused") // the examples compute values they show, and do not use them
        final class ReadmeExamples {
          interface Exporter {
            void write(Product product);
          }

          /** The reader's application class, whose class loader finds the packaged migrations and seeders. */
          static final class App {}

          Sequor db;
          Repository<Product, Long> products;
          Repository<Order, Long> orders;
          Product product;
          Product pen;
          Product defaults;
          List<Product> list;
          List<Product> rows;
          BigDecimal one;
          int limit;
          Exporter exporter;
        """);
    for (int i = 0; i < snippets.size(); i++) {
      java.append("\n  void example").append(i).append("() throws Exception {\n");
      for (String line : snippets.get(i).split("\n")) {
        java.append("    ").append(line).append('\n');
      }
      java.append("  }\n");
    }
    return java.append("}\n").toString();
  }

  /** The class path of the jars (or folders) holding {@code classes}. */
  private static String path(Class<?>... classes) throws URISyntaxException {
    List<String> entries = new ArrayList<>();
    for (Class<?> c : classes) {
      entries.add(Path.of(c.getProtectionDomain().getCodeSource().getLocation().toURI()).toString());
    }
    return String.join(java.io.File.pathSeparator, entries);
  }
}
