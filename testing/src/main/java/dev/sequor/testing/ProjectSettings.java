package dev.sequor.testing;

import dev.sequor.config.SequorConfig;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;

/**
 * What the tests take from the project's {@code sequor.properties}: the {@code test} environment's database, and the
 * migrations folder. Read once per run, in the working directory (the module's folder under Maven and Gradle).
 */
record ProjectSettings(String testUrl, Path migrationsDir) {

  static final String ENVIRONMENT = "test";

  static ProjectSettings load(Path projectDir) {
    Path file = projectDir.resolve(SequorConfig.FILE_NAME);
    Map<String, String> variables = new HashMap<>(System.getenv());
    variables.put("SEQUOR_ENV", ENVIRONMENT); // always the test environment, whatever the shell chose
    variables.put("DATABASE_URL", ""); // blank is unset: the tests never follow the application's own database
    SequorConfig config = SequorConfig.load(projectDir, variables);
    return new ProjectSettings(definesTestEnvironment(file) ? config.url() : null, config.migrationsDir());
  }

  /** Whether the file has a {@code test.} key; a test environment it does define must be usable. */
  private static boolean definesTestEnvironment(Path file) {
    if (!Files.isRegularFile(file)) {
      return false;
    }
    try {
      return Files.readAllLines(file).stream().anyMatch(line -> line.strip().startsWith(ENVIRONMENT + "."));
    } catch (IOException e) {
      throw new UncheckedIOException("Unable to read " + file, e);
    }
  }
}
