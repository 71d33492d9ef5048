package dev.sequor.testing;

import dev.sequor.Sequor;
import dev.sequor.SequorException;
import dev.sequor.internal.testing.TestServer;
import dev.sequor.migration.Migrator;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * One run of test classes (one JVM): the server and the run's database on it, made when the first class starts and
 * closed by JUnit when the run ends, and the project's settings.
 */
final class TestRun implements AutoCloseable {

  static final String CLASSPATH = "classpath:";
  /** The migrations folder on the class path when the project's folder has none. */
  static final String CLASSPATH_MIGRATIONS = "db/migrations";

  private final TestServer server;
  private final Path projectDir;
  private final ProjectSettings project;

  private TestRun(TestServer server, Path projectDir, ProjectSettings project) {
    this.server = server;
    this.projectDir = projectDir;
    this.project = project;
  }

  /** Reads the project's settings in {@code projectDir}, finds the server and creates the run's database. */
  static TestRun start(Path projectDir) {
    ProjectSettings project = ProjectSettings.load(projectDir);
    String configured = TestServer.configuredUrl();
    String source = TestServer.URL_PROPERTY + " or " + TestServer.URL_VARIABLE;
    if (configured == null && project.testUrl() != null) {
      configured = project.testUrl();
      source = "environment '" + ProjectSettings.ENVIRONMENT + "' of " + projectDir.resolve("sequor.properties");
    }
    return new TestRun(TestServer.locate(configured, source), projectDir, project);
  }

  /** A new schema for {@code testClass}, migrated as {@code settings} say. */
  TestDatabase open(Class<?> testClass, SequorTest settings) {
    TestDatabase database = TestDatabase.create(server, testClass);
    try {
      if (settings.migrate()) {
        migrator(database.sequor(), testClass, settings.migrations()).migrate();
      }
      return database;
    } catch (RuntimeException e) {
      database.close();
      throw e;
    }
  }

  private Migrator migrator(Sequor db, Class<?> testClass, String location) {
    ClassLoader loader = testClass.getClassLoader();
    if (location.startsWith(CLASSPATH)) {
      String folder = location.substring(CLASSPATH.length());
      if (loader.getResource(folder) == null) {
        throw new SequorException(where(testClass, location) + ": the class path has no folder " + folder);
      }
      return db.migrator(folder, loader);
    }
    if (!location.isEmpty()) {
      Path folder = projectDir.resolve(location);
      if (!Files.isDirectory(folder)) {
        throw new SequorException(where(testClass, location) + ": no folder " + folder.toAbsolutePath());
      }
      return db.migrator(folder);
    }
    if (Files.isDirectory(project.migrationsDir())) {
      return db.migrator(project.migrationsDir());
    }
    if (loader.getResource(CLASSPATH_MIGRATIONS) != null) {
      return db.migrator(CLASSPATH_MIGRATIONS, loader);
    }
    throw new SequorException(testClass.getName() + " is to be migrated, but there are no migrations in "
        + project.migrationsDir().toAbsolutePath() + " nor in the class path's " + CLASSPATH_MIGRATIONS
        + ": name their folder with @" + SequorTest.class.getSimpleName() + "(migrations = \"...\"), or give the"
        + " class an empty schema with @" + SequorTest.class.getSimpleName() + "(migrate = false)");
  }

  private static String where(Class<?> testClass, String location) {
    return testClass.getName() + " @" + SequorTest.class.getSimpleName() + "(migrations = \"" + location + "\")";
  }

  @Override
  public void close() {
    server.close();
  }
}
