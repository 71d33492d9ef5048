package dev.sequor.testing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.sequor.SequorException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ProjectSettingsTest {

  @Test
  void withoutAFileTheDefaultMigrationsFolderAndNoServer(@TempDir Path project) {
    ProjectSettings settings = ProjectSettings.load(project);

    assertNull(settings.testUrl());
    assertEquals(project.resolve("src/main/resources/db/migrations"), settings.migrationsDir());
  }

  @Test
  void theTestEnvironmentNamesTheServer_whateverEnvironmentTheShellChose(@TempDir Path project) throws IOException {
    Files.writeString(project.resolve("sequor.properties"), """
        development.url=postgres://app@127.0.0.1:5432/shop_dev
        test.host=db.internal
        test.database=shop_test
        test.username=tester
        migrations-path=db/migrations
        """);

    ProjectSettings settings = ProjectSettings.load(project);

    assertEquals("postgres://tester@db.internal:5432/shop_test", settings.testUrl());
    assertEquals(project.resolve("db/migrations"), settings.migrationsDir());
  }

  @Test
  void aFileWithoutATestEnvironmentNamesNoServer(@TempDir Path project) throws IOException {
    Files.writeString(project.resolve("sequor.properties"), "development.url=postgres://app@127.0.0.1/shop_dev\n");

    assertNull(ProjectSettings.load(project).testUrl());
  }

  @Test
  void aTestEnvironmentThatNamesNoDatabaseIsAnError(@TempDir Path project) throws IOException {
    Files.writeString(project.resolve("sequor.properties"), "test.host=db.internal\n");

    SequorException e = assertThrows(SequorException.class, () -> ProjectSettings.load(project));
    assertTrue(e.getMessage().contains("environment 'test' names no database"), e.getMessage());
  }
}
