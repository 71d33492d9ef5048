package dev.sequor.migration;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.sequor.Sequor;
import dev.sequor.config.SequorConfig;
import dev.sequor.migration.MigrationInfo.State;
import dev.sequor.migration.MigrationReport.Step;
import dev.sequor.testsupport.PostgresSchemaExtension;
import dev.sequor.testsupport.TestSchema;
import java.io.IOException;
import java.io.OutputStream;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

@ExtendWith(PostgresSchemaExtension.class)
class MigratorTest {

  private static final String CREATE_A = "20260101000001-create-a.sql";
  private static final String CREATE_B = "20260101000002-create-b.sql";
  private static final String CREATE_C = "20260101000003-create-c.sql";
  private static final String CREATE_D = "20260101000004-create-d.sql";

  private TestSchema schema;
  private Sequor db;
  private Path folder;
  private Migrator migrator;

  @BeforeEach
  void emptySchema(TestSchema schema, Sequor db, @TempDir Path folder) {
    this.schema = schema;
    this.db = db;
    this.folder = folder;
    this.migrator = db.migrator(folder);
    schema.reset();
  }

  private void write(String name, String content) {
    try {
      Files.writeString(folder.resolve(name), content, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new AssertionError(e);
    }
  }

  /** A migration creating and dropping table {@code table}. */
  private void createTable(String name, String table) {
    write(name, "-- sequor:up\nCREATE TABLE \"" + table + "\" (id BIGINT PRIMARY KEY);\n-- sequor:down\nDROP TABLE \""
        + table + "\";\n");
  }

  private void fourTables() {
    createTable(CREATE_D, "d");
    createTable(CREATE_B, "b");
    createTable(CREATE_C, "c");
    createTable(CREATE_A, "a");
  }

  private List<String> history() {
    return schema.strings("SELECT name FROM \"SequorMeta\" ORDER BY name");
  }

  private static List<String> names(MigrationReport report) {
    return report.steps().stream().map(Step::name).toList();
  }

  private Map<String, State> states() {
    return migrator.status().stream().collect(java.util.stream.Collectors.toMap(MigrationInfo::name,
        MigrationInfo::state, (a, b) -> a, java.util.LinkedHashMap::new));
  }

  // ----------------------------------------------------------------------------------------------- migrate

  @Test
  void migrate_appliesEveryPendingMigrationInNameOrder_andRecordsThem() throws Exception {
    fourTables();

    MigrationReport report = migrator.migrate();

    assertEquals(List.of(CREATE_A, CREATE_B, CREATE_C, CREATE_D), names(report));
    assertTrue(report.steps().stream().allMatch(Step::up));
    assertEquals(List.of("SequorMeta", "a", "b", "c", "d"), schema.tables());
    assertEquals(List.of(CREATE_A, CREATE_B, CREATE_C, CREATE_D), history());
    String expected = HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
        .digest(Files.readAllBytes(folder.resolve(CREATE_A))));
    assertEquals(List.of(expected), schema.strings("SELECT checksum FROM \"SequorMeta\" WHERE name = '" + CREATE_A + "'"));
    assertEquals(List.of("4"), schema.strings("SELECT count(*) FROM \"SequorMeta\" WHERE applied_at <= now()"
        + " AND duration_ms >= 0"));
  }

  @Test
  void migrate_again_findsNothingPending() {
    fourTables();
    migrator.migrate();

    MigrationReport again = migrator.migrate();

    assertEquals(List.of(), again.steps());
  }

  @Test
  void migrate_withNoMigrations_createsTheHistoryTable() {
    assertEquals(List.of(), migrator.migrate().steps());
    assertEquals(List.of("SequorMeta"), schema.tables());
  }

  @Test
  void migrateTo_stopsAtAndIncludesTheTarget_withOrWithoutSql() {
    fourTables();

    assertEquals(List.of(CREATE_A, CREATE_B), names(migrator.migrate("20260101000002-create-b")));
    assertEquals(List.of(CREATE_C), names(migrator.migrate(CREATE_C)));
    assertEquals(List.of("SequorMeta", "a", "b", "c"), schema.tables());
  }

  @Test
  void migrateTo_anUnknownName_isAnErrorListingThePendingOnes() {
    fourTables();
    migrator.migrate(CREATE_A);

    MigrationException e = assertThrows(MigrationException.class, () -> migrator.migrate("20260101000009-nope"));

    assertEquals("No migration 20260101000009-nope.sql in " + folder.toAbsolutePath() + " to migrate to; pending: "
        + CREATE_B + ", " + CREATE_C + ", " + CREATE_D, e.getMessage());
    assertEquals(List.of(CREATE_A), history());
  }

  @Test
  void migrateTo_anAppliedOne_isAnError() {
    fourTables();
    migrator.migrate(CREATE_B);

    MigrationException e = assertThrows(MigrationException.class, () -> migrator.migrate(CREATE_A));

    assertTrue(e.getMessage().startsWith(CREATE_A + " is already applied (at "), e.getMessage());
    assertTrue(e.getMessage().endsWith("pending: " + CREATE_C + ", " + CREATE_D), e.getMessage());
  }

  @Test
  void aPendingMigrationNamedBeforeAnAppliedOne_isApplied() {
    createTable(CREATE_B, "b");
    migrator.migrate();
    createTable(CREATE_A, "a"); // merged from another branch

    assertEquals(List.of(CREATE_A), names(migrator.migrate()));
  }

  @Test
  void emptySections_areRecordedAndRemoved() {
    write(CREATE_A, "-- a data migration, to be written\n-- sequor:up\n\n-- sequor:down\n");

    assertEquals(List.of(CREATE_A), names(migrator.migrate()));
    assertEquals(List.of(CREATE_A), history());
    assertEquals(List.of(CREATE_A), names(migrator.undo()));
    assertEquals(List.of(), history());
  }

  @Test
  void statementsRunAsWritten_functionsDollarQuotesAndQuestionMarks() {
    write(CREATE_A, """
        -- sequor:up
        CREATE TABLE "doc" (id INT PRIMARY KEY, body JSONB, note TEXT);
        CREATE FUNCTION "has_key"(d JSONB, k TEXT) RETURNS BOOLEAN LANGUAGE plpgsql AS $$
        BEGIN
          RETURN d ? k; -- the jsonb operator, not a JDBC parameter
        END;
        $$;
        INSERT INTO "doc" VALUES (1, '{"a": 1}', 'semi;colon {fn now()} ''quoted''');
        CREATE FUNCTION "twice"(n INT) RETURNS INT LANGUAGE sql
        BEGIN ATOMIC
          SELECT n * 2;
        END;
        -- sequor:down
        DROP FUNCTION "twice";
        DROP FUNCTION "has_key";
        DROP TABLE "doc";
        """);

    migrator.migrate();

    assertEquals(List.of("t"), schema.strings("SELECT \"has_key\"(body, 'a') FROM \"doc\""));
    assertEquals(List.of("semi;colon {fn now()} 'quoted'"), schema.strings("SELECT note FROM \"doc\""));
    assertEquals(List.of("42"), schema.strings("SELECT \"twice\"(21)"));
    migrator.undo();
    assertEquals(List.of("SequorMeta"), schema.tables());
  }

  // ----------------------------------------------------------------------------------------------- status

  @Test
  void status_beforeAnyMigrate_listsPendingOnes_andCreatesNothing() {
    fourTables();

    List<MigrationInfo> status = migrator.status();

    assertEquals(List.of(CREATE_A, CREATE_B, CREATE_C, CREATE_D), status.stream().map(MigrationInfo::name).toList());
    assertTrue(status.stream().allMatch(s -> s.state() == State.PENDING && s.appliedAt() == null
        && s.duration() == null));
    assertEquals(List.of(), schema.tables());
  }

  @Test
  void status_tellsAppliedPendingChangedAndMissing() {
    createTable(CREATE_A, "a");
    createTable(CREATE_B, "b");
    createTable(CREATE_C, "c");
    migrator.migrate();
    write(CREATE_B, "-- edited\n" + read(CREATE_B));
    delete(CREATE_C);
    createTable(CREATE_D, "d");

    List<MigrationInfo> status = migrator.status();

    assertEquals(Map.of(CREATE_A, State.APPLIED, CREATE_B, State.CHANGED, CREATE_C, State.MISSING,
        CREATE_D, State.PENDING), states());
    assertEquals(List.of(CREATE_A, CREATE_B, CREATE_C, CREATE_D), status.stream().map(MigrationInfo::name).toList());
    MigrationInfo applied = status.get(0);
    assertNotNull(applied.appliedAt());
    assertNotNull(applied.duration());
    assertNotNull(status.get(2).appliedAt());
    assertNull(status.get(3).appliedAt());
  }

  // ----------------------------------------------------------------------------------------------- failure

  @Test
  void aFailingMigration_isRolledBack_historyUnchanged_earlierOnesStay_andTheMessageNamesFileStatementAndError() {
    createTable(CREATE_A, "a");
    write(CREATE_B, """
        -- sequor:up
        CREATE TABLE "b" (id BIGINT PRIMARY KEY);
        INSERT INTO "b" VALUES (1);

        INSERT INTO "no_such_table" VALUES (1);
        CREATE TABLE "b2" (id BIGINT);
        -- sequor:down
        DROP TABLE "b";
        """);
    createTable(CREATE_C, "c");

    MigrationException e = assertThrows(MigrationException.class, migrator::migrate);

    assertEquals(CREATE_B, e.migration());
    assertEquals("INSERT INTO \"no_such_table\" VALUES (1)", e.statement());
    assertEquals("42P01", e.sqlState());
    String message = e.getMessage();
    assertTrue(message.startsWith("Migration " + CREATE_B + " failed at statement 3 of 4 of its up section ("
        + folder.toAbsolutePath().resolve(CREATE_B) + ":5) and was rolled back; the history is unchanged.\n"
        + "  Statement:\n    INSERT INTO \"no_such_table\" VALUES (1)\n"
        + "  PostgreSQL: ERROR: relation \"no_such_table\" does not exist"), message);
    assertTrue(message.contains("[SQLState 42P01]"), message);
    assertTrue(message.endsWith("\nEarlier in this run, and still applied: " + CREATE_A + "."), message);
    assertEquals(List.of("SequorMeta", "a"), schema.tables()); // nothing of b, and c never ran
    assertEquals(List.of(CREATE_A), history());
    assertEquals(State.PENDING, states().get(CREATE_B));
  }

  @Test
  void aMalformedPendingFile_stopsTheRunBeforeAnythingIsApplied() {
    createTable(CREATE_A, "a");
    write(CREATE_B, "-- sequor:up\nCREATE TABLE \"b\" (id INT);\n-- sequor:dwon\nDROP TABLE \"b\";\n");

    MigrationException e = assertThrows(MigrationException.class, migrator::migrate);

    assertTrue(e.getMessage().startsWith(folder.toAbsolutePath().resolve(CREATE_B) + ":3: unknown marker"),
        e.getMessage());
    assertEquals(List.of(), schema.tables());
  }

  @Test
  void aStatementThatCannotRunInATransaction_getsAHint() {
    createTable(CREATE_A, "a");
    write(CREATE_B, "-- sequor:up\nCREATE INDEX CONCURRENTLY \"a_id\" ON \"a\" (id);\n-- sequor:down\n");

    MigrationException e = assertThrows(MigrationException.class, migrator::migrate);

    assertEquals("25001", e.sqlState());
    assertTrue(e.getMessage().contains("This statement cannot run inside a transaction: put -- sequor:no-transaction"
        + " on a line before -- sequor:up"), e.getMessage());
  }

  @Test
  void aDeferredConstraintFailingAtCommit_isReportedAsTheMigrationsFailure() {
    write(CREATE_A, """
        -- sequor:up
        CREATE TABLE "parent" (id INT PRIMARY KEY);
        CREATE TABLE "child" (parent_id INT REFERENCES "parent" DEFERRABLE INITIALLY DEFERRED);
        INSERT INTO "child" VALUES (42);
        -- sequor:down
        DROP TABLE "child";
        DROP TABLE "parent";
        """);

    MigrationException e = assertThrows(MigrationException.class, migrator::migrate);

    assertEquals("23503", e.sqlState());
    assertEquals("COMMIT", e.statement());
    assertTrue(e.getMessage().startsWith("Migration " + CREATE_A + " failed at the end of its up section and was rolled"
        + " back"), e.getMessage());
    assertEquals(List.of("SequorMeta"), schema.tables());
    assertEquals(List.of(), history());
  }

  // ----------------------------------------------------------------------------------------------- undo

  @Test
  void undo_revertsTheLastApplied() {
    fourTables();
    migrator.migrate();

    MigrationReport report = migrator.undo();

    assertEquals(List.of(CREATE_D), names(report));
    assertFalse(report.steps().get(0).up());
    assertEquals(List.of("SequorMeta", "a", "b", "c"), schema.tables());
    assertEquals(List.of(CREATE_A, CREATE_B, CREATE_C), history());
    assertEquals(State.PENDING, states().get(CREATE_D));
  }

  @Test
  void undo_withNothingApplied_doesNothing() {
    fourTables();

    assertEquals(List.of(), migrator.undo().steps());
    assertEquals(List.of(), migrator.undoAll().steps());
  }

  @Test
  void undoAll_revertsEverythingNewestFirst() {
    fourTables();
    migrator.migrate();

    MigrationReport report = migrator.undoAll();

    assertEquals(List.of(CREATE_D, CREATE_C, CREATE_B, CREATE_A), names(report));
    assertEquals(List.of("SequorMeta"), schema.tables());
    assertEquals(List.of(), history());
  }

  @Test
  void undoAllTo_revertsDownToAndIncludingTheTarget() {
    fourTables();
    migrator.migrate();

    // sequelize-cli test/db/migrate/undo/all_to.test.js: 4 applied, --to the 3rd, 2 remain
    MigrationReport report = migrator.undoAll("20260101000003-create-c");

    assertEquals(List.of(CREATE_D, CREATE_C), names(report));
    assertEquals(List.of(CREATE_A, CREATE_B), history());
    assertEquals(List.of("SequorMeta", "a", "b"), schema.tables());
  }

  @Test
  void undoAllTo_aMigrationThatIsNotApplied_isAnErrorListingTheAppliedOnes() {
    fourTables();
    migrator.migrate(CREATE_B);

    MigrationException pending = assertThrows(MigrationException.class, () -> migrator.undoAll(CREATE_C));
    MigrationException unknown = assertThrows(MigrationException.class, () -> migrator.undoAll("20990101000000-x"));

    assertEquals(CREATE_C + " is not applied, so there is nothing to undo down to; applied: " + CREATE_A + ", "
        + CREATE_B, pending.getMessage());
    assertEquals("No applied migration 20990101000000-x.sql, so there is nothing to undo down to; applied: "
        + CREATE_A + ", " + CREATE_B, unknown.getMessage());
    assertEquals(List.of(CREATE_A, CREATE_B), history());
  }

  @Test
  void undo_ofAMigrationWhoseFileIsMissing_isAnError_andUndoesNothing() {
    fourTables();
    migrator.migrate();
    delete(CREATE_C);

    MigrationException one = assertThrows(MigrationException.class, () -> migrator.undoAll(CREATE_B));
    delete(CREATE_D);
    MigrationException last = assertThrows(MigrationException.class, migrator::undo);

    assertEquals(CREATE_C, one.migration());
    assertTrue(one.getMessage().startsWith("Cannot undo " + CREATE_C + ": its file is not in " + folder.toAbsolutePath()
        + " (deleted or renamed?)"), one.getMessage());
    assertEquals(CREATE_D, last.migration());
    assertEquals(List.of(CREATE_A, CREATE_B, CREATE_C, CREATE_D), history());
    assertEquals(List.of("SequorMeta", "a", "b", "c", "d"), schema.tables());
  }

  @Test
  void aFailingDownSection_isRolledBack_andTheMigrationStaysApplied() {
    createTable(CREATE_A, "a");
    write(CREATE_B, "-- sequor:up\nCREATE TABLE \"b\" (id INT);\n-- sequor:down\nDROP TABLE \"b\";\nDROP TABLE \"zzz\";\n");
    migrator.migrate();

    MigrationException e = assertThrows(MigrationException.class, migrator::undoAll);

    assertEquals(CREATE_B, e.migration());
    assertEquals("DROP TABLE \"zzz\"", e.statement());
    assertTrue(e.getMessage().startsWith("Migration " + CREATE_B + " failed at statement 2 of 2 of its down section"),
        e.getMessage());
    assertEquals(List.of("SequorMeta", "a", "b"), schema.tables());
    assertEquals(List.of(CREATE_A, CREATE_B), history());
  }

  // ----------------------------------------------------------------------------------------------- checksums

  @Test
  void aChangedAppliedFile_makesMigrateRefuseBeforeApplyingAnything_untilItsChecksumIsAccepted() {
    createTable(CREATE_A, "a");
    createTable(CREATE_B, "b");
    migrator.migrate();
    write(CREATE_A, read(CREATE_A).replace("BIGINT", "INT")); // edited after being applied
    createTable(CREATE_C, "c");

    MigrationException e = assertThrows(MigrationException.class, migrator::migrate);

    assertEquals(CREATE_A, e.migration());
    assertTrue(e.getMessage().startsWith("Refusing to migrate: an applied migration was changed after being applied"
        + " (the file's checksum differs from the one recorded in \"SequorMeta\"):\n  "
        + folder.toAbsolutePath().resolve(CREATE_A) + "\n"), e.getMessage());
    assertTrue(e.getMessage().endsWith("accept its checksum: acceptChecksum(\"" + CREATE_A + "\")."), e.getMessage());
    assertEquals(List.of("SequorMeta", "a", "b"), schema.tables());
    assertEquals(State.CHANGED, states().get(CREATE_A));
    assertThrows(MigrationException.class, migrator::undoAll); // undo would run a different down section

    migrator.acceptChecksum("20260101000001-create-a");

    assertEquals(State.APPLIED, states().get(CREATE_A));
    assertEquals(List.of(CREATE_C), names(migrator.migrate()));
  }

  @Test
  void acceptChecksum_ofAPendingOrUnknownMigration_isAnError() {
    createTable(CREATE_A, "a");

    MigrationException pending = assertThrows(MigrationException.class, () -> migrator.acceptChecksum(CREATE_A));
    MigrationException unknown = assertThrows(MigrationException.class, () -> migrator.acceptChecksum("x"));

    assertTrue(pending.getMessage().startsWith(CREATE_A + " is not applied to schema \"" + schema.name() + "\""),
        pending.getMessage());
    assertEquals("No migration file x.sql in " + folder.toAbsolutePath() + "; there is no new checksum to accept",
        unknown.getMessage());
  }

  @Test
  void aFileWithOnlyItsLineEndingsChanged_isUnchanged() {
    createTable(CREATE_A, "a");
    migrator.migrate();
    write(CREATE_A, read(CREATE_A).replace("\n", "\r\n"));

    assertEquals(State.APPLIED, states().get(CREATE_A));
  }

  // ----------------------------------------------------------------------------------------------- no transaction

  @Test
  void aNoTransactionMigration_runsCreateIndexConcurrently_andIsRecordedAfterwards() {
    createTable(CREATE_A, "a");
    write(CREATE_B, """
        -- CREATE INDEX CONCURRENTLY cannot run in a transaction
        -- sequor:no-transaction
        -- sequor:up
        CREATE INDEX CONCURRENTLY "a_id_desc" ON "a" (id DESC);
        -- sequor:down
        DROP INDEX CONCURRENTLY "a_id_desc";
        """);

    assertEquals(List.of(CREATE_A, CREATE_B), names(migrator.migrate()));
    assertEquals(List.of("a_id_desc"), schema.strings("SELECT indexname FROM pg_indexes WHERE schemaname ="
        + " current_schema() AND indexname = 'a_id_desc' AND indexdef LIKE '%DESC%'"));
    assertEquals(List.of(CREATE_A, CREATE_B), history());

    assertEquals(List.of(CREATE_B), names(migrator.undo()));
    assertEquals(List.of(), schema.strings("SELECT indexname FROM pg_indexes WHERE indexname = 'a_id_desc'"));
    assertEquals(List.of(CREATE_A), history());
  }

  @Test
  void aFailingNoTransactionMigration_keepsItsEarlierStatements_andIsNotRecorded() {
    write(CREATE_A, """
        -- sequor:no-transaction
        -- sequor:up
        CREATE TABLE "kept" (id INT);
        CREATE INDEX CONCURRENTLY "bad" ON "no_such_table" (id);
        -- sequor:down
        DROP TABLE "kept";
        """);

    MigrationException e = assertThrows(MigrationException.class, migrator::migrate);

    assertTrue(e.getMessage().startsWith("Migration " + CREATE_A + " failed at statement 2 of 2 of its up section ("),
        e.getMessage());
    assertTrue(e.getMessage().contains("is not recorded as applied. It runs outside a transaction (-- sequor:no-"
        + "transaction), so its first statement stays in effect"), e.getMessage());
    assertEquals(List.of("SequorMeta", "kept"), schema.tables());
    assertEquals(List.of(), history());
  }

  // ----------------------------------------------------------------------------------------------- sources

  @Test
  void classpathSource_readsATestResourceFolder() {
    Migrator fromClasspath = Migrator.of(db, "dev/sequor/migration/classpath-migrations/",
        MigratorTest.class.getClassLoader());

    MigrationReport report = fromClasspath.migrate();

    assertEquals(List.of("20260102000000-create-products.sql", "20260103000000-add-products-price.sql"),
        names(report));
    assertEquals(List.of("0.00"), schema.strings("SELECT price FROM \"products\""));
    assertEquals(2, fromClasspath.undoAll().steps().size());
    assertEquals(List.of("SequorMeta"), schema.tables());
  }

  @Test
  void classpathSource_readsAJar() throws IOException {
    Path jar = folder.resolve("app.jar");
    try (JarOutputStream out = new JarOutputStream(Files.newOutputStream(jar))) {
      out.putNextEntry(new JarEntry("db/"));
      out.putNextEntry(new JarEntry("db/migrations/"));
      entry(out, "db/migrations/" + CREATE_B, "-- sequor:up\nCREATE TABLE \"b\" (id INT);\n-- sequor:down\nDROP TABLE \"b\";\n");
      entry(out, "db/migrations/" + CREATE_A, "-- sequor:up\nCREATE TABLE \"a\" (id INT);\n-- sequor:down\nDROP TABLE \"a\";\n");
      entry(out, "db/migrations/README.md", "not a migration");
      entry(out, "db/migrations/nested/20260101000009-ignored.sql", "not read");
    }
    try (URLClassLoader loader = new URLClassLoader(new URL[] {jar.toUri().toURL()}, null)) {
      Migrator fromJar = db.migrator("db/migrations", loader);

      assertEquals(List.of(CREATE_A, CREATE_B), names(fromJar.migrate()));
      assertEquals(List.of(CREATE_A, CREATE_B), fromJar.status().stream().map(MigrationInfo::name).toList());
    }
  }

  @Test
  void aMissingFolder_isAnError() {
    MigrationException onDisk = assertThrows(MigrationException.class,
        () -> db.migrator(folder.resolve("nope")).migrate());
    MigrationException onClasspath = assertThrows(MigrationException.class,
        () -> Migrator.of(db, "db/nope", MigratorTest.class.getClassLoader()).status());

    assertEquals("The migrations folder " + folder.toAbsolutePath().resolve("nope") + " does not exist",
        onDisk.getMessage());
    assertTrue(onClasspath.getMessage().startsWith("The migrations folder classpath:db/nope is not on the class path"),
        onClasspath.getMessage());
  }

  @Test
  void aSqlFileWithoutTimestamp_isAnError() {
    write("create-a.sql", "-- sequor:up\n-- sequor:down\n");

    MigrationException e = assertThrows(MigrationException.class, migrator::status);

    assertTrue(e.getMessage().contains("a migration's file name must be <yyyyMMddHHmmss>-<name>.sql"), e.getMessage());
  }

  // ----------------------------------------------------------------------------------------------- config

  @Test
  void aConfigurationConnectsAndLocatesTheMigrations(@TempDir Path project) throws IOException {
    Files.writeString(project.resolve("sequor.properties"), "test.url=${TEST_DATABASE_URL}\ntest.pool=2\n"
        + "migrations-path=sql\n");
    Files.writeString(project.resolve(".env"), "SEQUOR_ENV=test\nTEST_DATABASE_URL=" + schema.jdbcUrl() + "\n");
    Files.createDirectories(project.resolve("sql"));
    Files.writeString(project.resolve("sql").resolve(CREATE_A), "-- sequor:up\nCREATE TABLE \"a\" (id INT);\n"
        + "-- sequor:down\nDROP TABLE \"a\";\n");
    SequorConfig config = SequorConfig.load(project, Map.of());

    try (Sequor db = Sequor.connect(config)) {
      assertEquals(List.of(CREATE_A), names(db.migrator(config.migrationsDir()).migrate()));
    }
    assertEquals(List.of("SequorMeta", "a"), schema.tables());
  }

  // ----------------------------------------------------------------------------------------------- helpers

  private String read(String name) {
    try {
      return Files.readString(folder.resolve(name));
    } catch (IOException e) {
      throw new AssertionError(e);
    }
  }

  private void delete(String name) {
    try {
      Files.delete(folder.resolve(name));
    } catch (IOException e) {
      throw new AssertionError(e);
    }
  }

  private static void entry(JarOutputStream out, String name, String content) throws IOException {
    out.putNextEntry(new JarEntry(name));
    OutputStream stream = out;
    stream.write(content.getBytes(StandardCharsets.UTF_8));
    out.closeEntry();
  }
}
