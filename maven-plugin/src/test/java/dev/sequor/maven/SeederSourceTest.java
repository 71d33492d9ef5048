package dev.sequor.maven;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class SeederSourceTest {

  private static final Instant NOW = Instant.parse("2026-11-25T12:00:00Z");

  @ParameterizedTest(name = "{0} -> {1}")
  @CsvSource(delimiter = '|', value = {
    "demo-products     | DemoProducts    | 20261125120000-demo-products",
    "demoProducts      | DemoProducts    | 20261125120000-demo-products",
    "demo products     | DemoProducts    | 20261125120000-demo-products",
    "XMLCountries      | XmlCountries    | 20261125120000-xml-countries",
    "2024-prices       | Seed2024Prices  | 20261125120000-2024-prices",
    "users             | Users           | 20261125120000-users",
  })
  void name_givesClassAndSeedName(String name, String className, String seedName) {
    SeederSource seeder = SeederSource.of("shop", name, NOW);
    assertEquals(className, seeder.className());
    assertEquals(seedName, seeder.seedName());
    assertTrue(seedName.matches("\\d{14}-[a-z0-9]+(-[a-z0-9]+)*"), seedName);
  }

  @Test
  void seeder_goesToTheSeedersSubpackage() {
    SeederSource seeder = SeederSource.of(" com.example.shop ", "demo-products", NOW);
    assertEquals("com.example.shop.seeders", seeder.packageName());
    assertEquals("com/example/shop/seeders/DemoProducts.java", seeder.relativePath());
  }

  @Test
  void render_isASeederWithCommentedExamples() {
    assertEquals("""
        package shop.seeders;

        import dev.sequor.seed.Seed;
        import dev.sequor.seed.SeedContext;
        import dev.sequor.seed.Seeder;

        /** Written by sequor:seed-generate. Fill in up and down, then run sequor:seed-all (it compiles first). */
        @Seed(name = "20261125120000-demo-products")
        public class DemoProducts implements Seeder {

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
        """, SeederSource.of("shop", "demo-products", NOW).render());
  }

  @Test
  void write_createsTheFile_andNeverOverwrites(@TempDir Path sources) throws IOException {
    Path file = SeederSource.of("shop", "demo-products", NOW).write(sources);
    assertEquals(sources.resolve("shop/seeders/DemoProducts.java"), file);
    String written = Files.readString(file, StandardCharsets.UTF_8);
    assertTrue(written.contains("@Seed(name = \"20261125120000-demo-products\")"), written);

    // the same name a minute later: same class, so the file is in the way
    UsageException e = assertThrows(UsageException.class,
        () -> SeederSource.of("shop", "demoProducts", NOW.plusSeconds(60)).write(sources));
    assertTrue(e.getMessage().contains("never overwrites"), e.getMessage());
    assertEquals(written, Files.readString(file, StandardCharsets.UTF_8));
  }
}
