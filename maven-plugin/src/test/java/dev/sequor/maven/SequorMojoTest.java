package dev.sequor.maven;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SequorMojoTest {

  @TempDir
  Path dir;

  @Test
  void mavenCommand_isTheWrapper_whereTheProjectOrTheBuildRootHasOne() throws IOException {
    Path root = Files.createDirectories(dir.resolve("root"));
    Path module = Files.createDirectories(root.resolve("module"));
    assertEquals("mvn", SequorMojo.mavenCommand(module, root));
    assertEquals("mvn", SequorMojo.mavenCommand(module, null));

    Files.writeString(root.resolve("mvnw"), "#!/bin/sh\n");
    assertEquals("./mvnw", SequorMojo.mavenCommand(module, root));
    assertEquals("mvn", SequorMojo.mavenCommand(module, module));
    Files.writeString(module.resolve("mvnw"), "#!/bin/sh\n");
    assertEquals("./mvnw", SequorMojo.mavenCommand(module, null));
  }

  @Test
  void missingRequiredParameter_isNamed_withAnExample() {
    SeedGenerateMojo mojo = new SeedGenerateMojo();
    mojo.basedir = dir.toFile();
    mojo.executionRoot = dir.toString();
    mojo.packaging = "jar";

    UsageException e = assertThrows(UsageException.class, () -> mojo.required(" ", "name", "the seeder's name",
        "sequor:seed-generate -Dname=demo-products"));

    assertEquals("-Dname is missing: the seeder's name. For example: mvn sequor:seed-generate -Dname=demo-products",
        e.getMessage());
    assertEquals("demo", mojo.required(" demo ", "name", "the seeder's name", "x"));
  }
}
