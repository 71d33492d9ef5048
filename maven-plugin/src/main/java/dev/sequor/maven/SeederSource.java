package dev.sequor.maven;

import dev.sequor.internal.format.SeederIndexFile;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Instant;
import java.util.Set;
import java.util.TreeSet;
import javax.lang.model.SourceVersion;

/**
 * The seeder skeleton that {@code sequor:seed-generate} writes, sequelize-cli's {@code seed:generate} turned into
 * Java: a public class {@code <package>.seeders.<PascalName>} implementing {@code Seeder}, annotated
 * {@code @Seed(name = "<yyyyMMddHHmmss UTC>-<kebab name>")}, whose {@code up} and {@code down} hold a commented
 * example of {@code bulkCreate} and {@code destroy}.
 *
 * <p>As {@link ModelSource}, a short fixed shape written as text: the only names in it are a checked package, a
 * checked identifier and a kebab-case name of ASCII letters, digits and dashes.
 */
final class SeederSource {

  /** Simple names the skeleton imports or uses from java.lang: the class cannot take them. */
  private static final Set<String> TAKEN =
      Set.of("Seed", "Seeder", "SeedContext", "Override", "Exception", "Object", "String");

  private static final String COMMENT =
      "Written by sequor:seed-generate. Fill in up and down, then run sequor:seed-all (it compiles first).";

  private final String packageName;
  private final String className;
  private final String seedName;

  private SeederSource(String packageName, String className, String seedName) {
    this.packageName = packageName;
    this.className = className;
    this.seedName = seedName;
  }

  /**
   * @param basePackage the project's package ({@code -Dpackage}, default the groupId); the seeder goes to its
   *     {@code seeders} subpackage
   * @param name the seeder's name as given to {@code -Dname}: {@code demo-products}, {@code demoProducts}
   * @param now the time of the name's timestamp
   */
  static SeederSource of(String basePackage, String name, Instant now) {
    String pkg = basePackage == null ? "" : basePackage.strip();
    if (pkg.isEmpty() || !SourceVersion.isName(pkg)) {
      throw new UsageException("'" + pkg + "' is not a Java package name: pass one with -Dpackage=com.example.shop"
          + " (the default is the project's groupId).");
    }
    String kebab = MigrationNames.kebabName(name == null ? null : name.strip(), name, "seeder",
        SeederIndexFile.MAX_NAME_LENGTH);
    String className = className(kebab);
    if (TAKEN.contains(className)) {
      throw new UsageException("'" + name + "' cannot name a seeder class (" + className + "): the skeleton uses"
          + " that name already; no seeder may be named " + String.join(", ", new TreeSet<>(TAKEN)) + ".");
    }
    return new SeederSource(pkg + ".seeders", className, SeederIndexFile.name(now, kebab));
  }

  /**
   * The class for a kebab-case name: its words capitalised, {@code demo-products} → {@code DemoProducts}; a name
   * that starts with a digit gets the prefix {@code Seed} ({@code 2024-prices} → {@code Seed2024Prices}).
   */
  static String className(String kebab) {
    StringBuilder className = new StringBuilder();
    for (String word : kebab.split("-")) {
      className.append(ModelAttributes.capitalize(word));
    }
    if (!Character.isJavaIdentifierStart(className.charAt(0))) {
      className.insert(0, "Seed");
    }
    return className.toString();
  }

  String packageName() {
    return packageName;
  }

  String className() {
    return className;
  }

  /** {@code 20261125120000-demo-products}: what {@code @Seed(name)} says and the seed history records. */
  String seedName() {
    return seedName;
  }

  /** {@code src/main/java}-relative path: {@code com/example/seeders/DemoProducts.java}. */
  String relativePath() {
    return packageName.replace('.', '/') + "/" + className + ".java";
  }

  /**
   * Writes the skeleton under {@code sourceDirectory} and returns its file.
   *
   * @throws UsageException when the file exists (a seeder of the same name): it is never overwritten
   */
  Path write(Path sourceDirectory) throws IOException {
    Path file = sourceDirectory.resolve(relativePath());
    Files.createDirectories(file.getParent());
    try {
      Files.writeString(file, render(), StandardCharsets.UTF_8, StandardOpenOption.CREATE_NEW,
          StandardOpenOption.WRITE);
    } catch (FileAlreadyExistsException e) {
      throw new UsageException(file + " exists already (Sequor never overwrites a seeder): choose another -Dname.");
    }
    return file;
  }

  String render() {
    return """
        package %1$s;

        import dev.sequor.seed.Seed;
        import dev.sequor.seed.SeedContext;
        import dev.sequor.seed.Seeder;

        /** %2$s */
        @Seed(name = "%3$s")
        public class %4$s implements Seeder {

          @Override
          public void up(SeedContext context) throws Exception {
            // Add the seed data; the seeder runs in a transaction of its own, recorded in the seed history.
            // For example, with a model Product (a name and a price), each row written with its generated
            // builder; the id and timestamps are filled in when the rows are stored:
            //
            // context.repository(ProductModel.MODEL).bulkCreate(List.of(
            //     ProductModel.builder().name("Pen").price(new BigDecimal("1.50")).build(),
            //     ProductModel.builder().name("Paper").price(new BigDecimal("4.99")).build()));
          }

          @Override
          public void down(SeedContext context) throws Exception {
            // Remove what up added. For example:
            //
            // context.repository(ProductModel.MODEL).destroy(ProductModel.NAME.in("Pen", "Paper"));
          }
        }
        """.formatted(packageName, COMMENT, seedName, className);
  }
}
