package dev.sequor.maven;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.sequor.internal.format.PendingDirectory;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ModelGeneratorTest {

  private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-03-04T05:06:07Z"), ZoneOffset.UTC);

  @TempDir
  Path project;

  private Path sources;
  private Path classes;
  private Path migrations;
  private Path snapshot;
  private MigrationGenerator migrationGenerator;
  private ModelSource product;

  @BeforeEach
  void setUp() {
    sources = project.resolve("src/main/java");
    classes = project.resolve("target/classes");
    migrations = project.resolve("src/main/resources/db/migrations");
    snapshot = project.resolve("src/main/resources/db/snapshot");
    migrationGenerator = new MigrationGenerator(classes, migrations, snapshot, CLOCK);
    product = ModelSource.of("shop", "Product", ModelAttributes.parse("name:string,code:char"));
  }

  /** What the processor does on compile when a model has no table in the snapshot yet. */
  private void processorWritesPending() throws IOException {
    Files.createDirectories(classes.resolve(PendingDirectory.SNAPSHOT));
    Files.writeString(classes.resolve(PendingDirectory.MIGRATION), "-- sequor:up\nCREATE TABLE \"products\" ();\n"
        + "-- sequor:down\nDROP TABLE \"products\";\n");
    Files.writeString(classes.resolve(PendingDirectory.SNAPSHOT + "products.json"), "{}\n");
  }

  @Test
  void writesTheModel_compiles_andWritesItsCreateMigration() throws Exception {
    ModelGenerator.Result result = ModelGenerator.generate(product, sources, migrationGenerator, "mvn", () -> {
      assertTrue(Files.exists(sources.resolve("shop/Product.java")), "the source is written before compiling");
      processorWritesPending();
    });

    assertEquals(sources.resolve("shop/Product.java"), result.model());
    assertEquals(product.render(), Files.readString(result.model()));
    assertEquals(migrations.resolve("20260304050607-create-product.sql"), result.migration());
    assertTrue(Files.readString(result.migration()).contains("CREATE TABLE \"products\""));
    assertTrue(Files.exists(snapshot.resolve("products.json")));
    assertTrue(result.notes().get(0).startsWith("WARNING: code: Sequor has no CHAR column"), result.notes().toString());
    assertEquals("Snapshot: added products.json", result.notes().get(1));
  }

  @Test
  void pendingChangeBefore_isRefused_andNothingWritten() throws Exception {
    processorWritesPending();
    UsageException e = assertThrows(UsageException.class,
        () -> ModelGenerator.generate(product, sources, migrationGenerator, "mvn", () -> {}));
    assertTrue(e.getMessage().contains("mvn sequor:migration-generate -Dname=<name>"), e.getMessage());
    assertFalse(Files.exists(sources));
  }

  @Test
  void existingSource_isNeverOverwritten() throws Exception {
    Files.createDirectories(sources.resolve("shop"));
    Files.writeString(sources.resolve("shop/Product.java"), "mine");
    UsageException e = assertThrows(UsageException.class,
        () -> ModelGenerator.generate(product, sources, migrationGenerator, "mvn", this::processorWritesPending));
    assertTrue(e.getMessage().contains("never overwrites a model"), e.getMessage());
    assertEquals("mine", Files.readString(sources.resolve("shop/Product.java")));
    assertFalse(Files.exists(migrations));
  }

  @Test
  void compileFailure_keepsTheModel_andSaysHowToGoOn() {
    ModelGenerator.CompileFailedException e = assertThrows(ModelGenerator.CompileFailedException.class,
        () -> ModelGenerator.generate(product, sources, migrationGenerator, "mvn", () -> {
          throw new IllegalStateException("Compilation failure");
        }));
    assertTrue(e.getMessage().contains("Compilation failure"), e.getMessage());
    assertTrue(e.getMessage().contains("mvn sequor:migration-generate -Dname=create-product"), e.getMessage());
    assertTrue(Files.exists(sources.resolve("shop/Product.java")));
  }

  @Test
  void noPendingChangeAfterCompile_pointsAtTheProcessor() {
    UsageException e = assertThrows(UsageException.class,
        () -> ModelGenerator.generate(product, sources, migrationGenerator, "mvn", () -> {}));
    assertTrue(e.getMessage().contains("annotationProcessorPaths"), e.getMessage());
    assertFalse(Files.exists(migrations), "no skeleton in place of the create migration");
  }
}
