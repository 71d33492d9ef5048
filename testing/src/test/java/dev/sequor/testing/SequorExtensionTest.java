package dev.sequor.testing;

import static dev.sequor.testing.SequorTestTest.count;
import static dev.sequor.testing.SequorTestTest.tables;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import dev.sequor.DatabaseUrl;
import dev.sequor.Sequor;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.jooq.exception.DataAccessException;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.ClassOrderer;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.platform.engine.discovery.DiscoverySelectors;
import org.junit.platform.launcher.core.LauncherDiscoveryRequestBuilder;
import org.junit.platform.launcher.core.LauncherFactory;
import org.junit.platform.launcher.listeners.SummaryGeneratingListener;
import org.junit.platform.launcher.listeners.TestExecutionSummary;

/**
 * The extension's settings and its end of run, on fixture classes run by a JUnit launcher of their own: a test run
 * of their own, with a database of its own. The fixtures are nested classes, which Surefire does not run by itself.
 */
@SequorTest(migrate = false)
class SequorExtensionTest {

  /** What a launched run did: its summary and what it printed to standard error. */
  record Launched(TestExecutionSummary summary, String err) {
    String failures() {
      return summary.getFailures().stream().map(f -> f.getTestIdentifier().getDisplayName() + ": " + f.getException())
          .collect(Collectors.joining("\n"));
    }
  }

  /** Runs the fixtures, in the order of their {@code @Order}. */
  static Launched launch(Class<?>... fixtures) {
    SummaryGeneratingListener listener = new SummaryGeneratingListener();
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    PrintStream original = System.err;
    System.setErr(new PrintStream(err, true, StandardCharsets.UTF_8));
    try {
      LauncherFactory.create().execute(LauncherDiscoveryRequestBuilder.request()
          .selectors(Stream.of(fixtures).map(DiscoverySelectors::selectClass).toList())
          .configurationParameter("junit.jupiter.testclass.order.default", ClassOrderer.OrderAnnotation.class.getName())
          .build(), listener);
    } finally {
      System.setErr(original);
    }
    return new Launched(listener.getSummary(), err.toString(StandardCharsets.UTF_8));
  }

  /** The failure report in what a run printed: from its first line to the next line not indented. */
  static String report(String err) {
    int start = err.indexOf("[sequor-testing]");
    int end = err.indexOf("\n[", start);
    return err.substring(start, end < 0 ? err.length() : end + 1);
  }

  static void assertPasses(long tests, Class<?>... fixtures) {
    Launched launched = launch(fixtures);
    assertEquals("", launched.failures());
    assertEquals(tests, launched.summary().getTestsSucceededCount());
  }

  @SequorTest(truncate = false)
  @TestMethodOrder(MethodOrderer.OrderAnnotation.class)
  static class KeptRows {
    @BeforeAll
    static void insert(Sequor db) {
      db.execute("INSERT INTO \"things\" (\"name\") VALUES ('bolt'), ('nut')");
    }

    @Test
    @Order(1)
    void first(Sequor db) {
      assertEquals(2, count(db, "things"));
      db.execute("INSERT INTO \"things\" (\"name\") VALUES ('washer')");
    }

    @Test
    @Order(2)
    void second(Sequor db) {
      assertEquals(3, count(db, "things"));
    }
  }

  @Test
  void truncateFalseKeepsRowsFromBeforeAllAndFromOneTestToTheNext() {
    assertPasses(2, KeptRows.class);
  }

  @SequorTest(migrate = false)
  static class EmptySchema {
    @Test
    void noTables(Sequor db) {
      assertEquals(List.of(), tables(db));
    }
  }

  @Test
  void migrateFalseGivesAnEmptySchema() {
    assertPasses(1, EmptySchema.class);
  }

  @SequorTest(migrations = "src/test/resources/db/migrations")
  static class FolderMigrations {
    @Test
    void migrated(Sequor db) {
      assertEquals(2, count(db, "SequorMeta"));
    }
  }

  @SequorTest(migrations = "classpath:db/migrations")
  static class ClassPathMigrations {
    @Test
    void migrated(Sequor db) {
      assertEquals(2, count(db, "SequorMeta"));
    }
  }

  @Test
  void migrationsComeFromAFolderOfTheProjectOrOfTheClassPath() {
    assertPasses(1, FolderMigrations.class);
    assertPasses(1, ClassPathMigrations.class);
  }

  @SequorTest(migrations = "no/such/folder")
  static class MissingFolder {
    @Test
    void never() {
      fail("runs without its database");
    }
  }

  @SequorTest(migrations = "classpath:no/such/folder")
  static class MissingClassPathFolder {
    @Test
    void never() {
      fail("runs without its database");
    }
  }

  @Test
  void aMissingMigrationsFolderFailsTheClassNamingIt() {
    Launched folder = launch(MissingFolder.class);
    assertEquals(0, folder.summary().getTestsStartedCount());
    assertTrue(folder.failures().contains("MissingFolder @SequorTest(migrations = \"no/such/folder\"): no folder "),
        folder.failures());

    Launched classPath = launch(MissingClassPathFolder.class);
    assertTrue(classPath.failures().contains("(migrations = \"classpath:no/such/folder\"): the class path has no"
        + " folder no/such/folder"), classPath.failures());
  }

  @ExtendWith(SequorExtension.class)
  static class Registered {
    @Test
    void migratedAsByDefault(Sequor db) {
      assertEquals(List.of("SequorMeta", "parts", "things"), tables(db));
    }
  }

  @Retention(RetentionPolicy.RUNTIME)
  @Target(ElementType.TYPE)
  @SequorTest(migrate = false)
  @interface EmptySchemaTest {}

  @EmptySchemaTest
  static class MetaAnnotated {
    @Test
    void empty(Sequor db) {
      assertEquals(List.of(), tables(db));
    }
  }

  @Test
  void extendWithAppliesTheDefaults_andAProjectsOwnAnnotationCarriesItsSettings() {
    assertPasses(1, Registered.class);
    assertPasses(1, MetaAnnotated.class);
  }

  @SequorTest
  @TestMethodOrder(MethodOrderer.OrderAnnotation.class)
  static class Failing {
    @Test
    @Order(1)
    void passes(Sequor db) {
      db.dsl().fetch("SELECT 'of the passing test'");
    }

    @Test
    @Order(2)
    void fails(Sequor db, StatementLog statements) {
      db.dsl().execute("INSERT INTO \"things\" (\"name\") VALUES ('bolt')");
      statements.clear();
      assertThrows(DataAccessException.class,
          () -> db.dsl().execute("INSERT INTO \"things\" (\"name\") VALUES ('bolt')"));
      fail("on purpose");
    }
  }

  @Test
  void aFailedTestPrintsTheSqlItRan_refusedStatementsMarked_aPassingOneNothing() {
    Launched launched = launch(Failing.class);

    assertEquals(1, launched.summary().getTestsFailedCount());
    assertEquals("[sequor-testing] Failing > fails(Sequor, StatementLog) failed; the SQL it ran, oldest first"
            + " (2 statements, ? for bind values):\n"
            + "  1. INSERT INTO \"things\" (\"name\") VALUES ('bolt')\n"
            + "  2. INSERT INTO \"things\" (\"name\") VALUES ('bolt')  -- refused: SQLSTATE 23505\n",
        report(launched.err()));
    assertFalse(launched.err().contains("of the passing test"), launched.err());
  }

  static final class Dropped {
    static String url;
    static String schema;
  }

  @SequorTest(migrate = false)
  @Order(1)
  static class FirstClass {
    @Test
    void record(TestDatabase database, Sequor db) {
      db.execute("CREATE TABLE \"kept\" (\"id\" INTEGER)");
      Dropped.schema = database.schema();
    }
  }

  @SequorTest(migrate = false)
  @Order(2)
  static class SecondClass {
    @Test
    void theFirstClassesSchemaIsGone(Sequor db) {
      assertNotNull(Dropped.schema);
      assertNotEquals(Dropped.schema, db.dsl().fetchValue("SELECT current_schema()"));
      assertEquals(0, ((Number) db.dsl().fetchValue("SELECT count(*) FROM pg_namespace WHERE nspname = ?",
          Dropped.schema)).intValue(), Dropped.schema);
    }
  }

  @Test
  void aClassesSchemaIsDroppedWithEverythingInItAfterTheClass() {
    assertPasses(2, FirstClass.class, SecondClass.class);
  }

  @SequorTest
  static class RecordsItsDatabase {
    @Test
    void record(TestDatabase database) {
      Dropped.url = database.jdbcUrl();
      Dropped.schema = database.schema();
    }
  }

  @Test
  void theRunsDatabaseIsDroppedWhenTheRunEnds(Sequor db) {
    assertPasses(1, RecordsItsDatabase.class);

    assertNotNull(Dropped.url);
    String database = DatabaseUrl.parse(Dropped.url).database();
    assertTrue(database.matches("sequor_test_\\d+_\\d+"), database);
    assertEquals(0, ((Number) db.dsl().fetchValue("SELECT count(*) FROM pg_database WHERE datname = ?", database))
        .intValue(), database);
  }
}
