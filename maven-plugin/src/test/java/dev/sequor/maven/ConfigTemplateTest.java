package dev.sequor.maven;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.sequor.config.SequorConfig;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ConfigTemplateTest {

  @TempDir
  Path project;

  @Test
  void init_writesAFileTheRuntimeReads_andCreatesTheFolders() throws IOException {
    List<String> lines = ConfigTemplate.init(project, "shop-app", false);

    assertEquals(List.of("Created sequor.properties", "Created src/main/resources/db/migrations",
        "Created src/main/resources/db/snapshot"), lines);
    SequorConfig development = SequorConfig.load(project, Map.of());
    assertEquals("development", development.environment());
    assertEquals("postgres://postgres@127.0.0.1:5432/shop_app_development", development.url());
    assertEquals(5, development.poolSize());
    assertEquals(project.resolve("src/main/resources/db/migrations"), development.migrationsDir());
    assertEquals(project.resolve("src/main/resources/db/snapshot"), development.snapshotDir());
    assertEquals("postgres://postgres@127.0.0.1:5432/shop_app_test",
        SequorConfig.load(project, Map.of("SEQUOR_ENV", "test")).url());
    assertEquals("postgres://u:p@db:5432/prod", SequorConfig.load(project,
        Map.of("SEQUOR_ENV", "production", "DATABASE_URL", "postgres://u:p@db:5432/prod")).url());
    for (String folder : ConfigTemplate.FOLDERS) {
      assertTrue(Files.isDirectory(project.resolve(folder)), folder);
    }
  }

  @Test
  void init_neverHasAPassword() {
    String file = ConfigTemplate.render("shop");
    assertFalse(file.lines().filter(l -> !l.startsWith("#")).anyMatch(l -> l.contains("password")), file);
  }

  @Test
  void init_refusesToOverwriteWithoutForce() throws IOException {
    Files.writeString(project.resolve("sequor.properties"), "development.url=mine\n");

    UsageException e = assertThrows(UsageException.class, () -> ConfigTemplate.init(project, "shop", false));

    assertTrue(e.getMessage().contains("-Dforce"), e.getMessage());
    assertEquals("development.url=mine\n", Files.readString(project.resolve("sequor.properties")));
    assertFalse(Files.exists(project.resolve("src")), "nothing was changed");
  }

  @Test
  void init_withForce_overwrites() throws IOException {
    Files.writeString(project.resolve("sequor.properties"), "development.url=mine\n");
    List<String> lines = ConfigTemplate.init(project, "shop", true);
    assertEquals("Overwrote sequor.properties", lines.get(0));
    assertEquals(ConfigTemplate.render("shop"), Files.readString(project.resolve("sequor.properties")));
  }

  @Test
  void databaseName_fromTheArtifactId() {
    assertEquals("shop_app", ConfigTemplate.databaseBaseName("Shop-App"));
    assertEquals("db_2shop", ConfigTemplate.databaseBaseName("2shop"));
    assertEquals("app", ConfigTemplate.databaseBaseName("---"));
    assertEquals("my_shop", ConfigTemplate.databaseBaseName("my.shop"));
  }
}
