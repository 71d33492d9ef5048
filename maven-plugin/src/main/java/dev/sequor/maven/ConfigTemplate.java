package dev.sequor.maven;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The {@code sequor.properties} that {@code sequor:init} writes: Sequelize's {@code config/config.json} with its
 * three environments, as properties, on PostgreSQL, and with no password in it.
 */
final class ConfigTemplate {

  static final String FILE_NAME = "sequor.properties";

  /**
   * The folders init creates, relative to the project: the defaults of migrations-path and snapshot-path. Seeders
   * are classes, which sequor:seed-generate writes into the project's package.
   */
  static final List<String> FOLDERS = List.of("src/main/resources/db/migrations", "src/main/resources/db/snapshot");

  private ConfigTemplate() {}

  /**
   * sequelize-cli's {@code init}: writes {@code sequor.properties} and creates the folders. An existing
   * {@code sequor.properties} is replaced only with {@code force}; without it init changes nothing and says so.
   *
   * @return what was done, one line each
   */
  static List<String> init(Path projectDir, String artifactId, boolean force) throws IOException {
    Path file = projectDir.resolve(FILE_NAME);
    boolean exists = Files.exists(file);
    if (exists && !force) {
      throw new UsageException("The file " + file + " already exists: nothing was changed. Run sequor:init -Dforce"
          + " to overwrite it (your settings in it are lost), or edit it.");
    }
    List<String> lines = new ArrayList<>();
    Files.writeString(file, render(artifactId), StandardCharsets.UTF_8);
    lines.add((exists ? "Overwrote " : "Created ") + FILE_NAME);
    for (String folder : FOLDERS) {
      Path dir = projectDir.resolve(folder);
      if (!Files.isDirectory(dir)) {
        Files.createDirectories(dir);
        lines.add("Created " + folder);
      }
    }
    return lines;
  }

  /** A database name from the project's artifactId: {@code shop-app} → {@code shop_app}. */
  static String databaseBaseName(String artifactId) {
    String name = artifactId == null ? "" : artifactId.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9_]+", "_")
        .replaceAll("^_+|_+$", "");
    if (name.isEmpty()) {
      return "app";
    }
    return Character.isDigit(name.charAt(0)) ? "db_" + name : name;
  }

  static String render(String artifactId) {
    String database = databaseBaseName(artifactId);
    return """
        # Sequor's database configuration: the role of Sequelize's config/config.json (and .sequelizerc).
        # Written by sequor:init. The Maven goals and the application (Sequor.fromEnvironment()) both read it, the
        # application from its working directory (or -Dsequor.projectDir=<folder>).
        # Each key is <environment>.<key>; the environment is the value of the SEQUOR_ENV environment variable
        # (default: development), or -Dsequor.env=<environment>.
        #
        #   <environment>.url       jdbc:postgresql://host:port/database or postgres://user:password@host:port/database
        #                           DATABASE_URL, when set, replaces it (and -Dsequor.url=<url> replaces both).
        #   <environment>.host, .port, .database, .username, .password
        #                           the same as separate keys, instead of url
        #   <environment>.pool      the most connections the pool opens
        #
        # ${NAME} is replaced by the environment variable NAME, or else by NAME=value in a .env file next to this
        # file. Keep passwords out of this file: write ${DB_PASSWORD} here and DB_PASSWORD=... in .env, which stays
        # out of version control (add it to .gitignore).

        development.url=postgres://postgres@127.0.0.1:5432/%1$s_development
        development.pool=5

        test.url=postgres://postgres@127.0.0.1:5432/%1$s_test
        test.pool=5

        production.url=${DATABASE_URL}
        production.pool=10

        # Folders, relative to this file (the defaults):
        # migrations-path=src/main/resources/db/migrations
        # snapshot-path=src/main/resources/db/snapshot
        """.formatted(database);
  }
}
