package dev.sequor.testing;

import dev.sequor.Sequor;
import dev.sequor.SequorException;
import dev.sequor.StatementListener;
import dev.sequor.internal.testing.TestServer;
import java.security.SecureRandom;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.HexFormat;
import java.util.Locale;

/**
 * One test class's database: a schema of its own in the run's database, and a {@link Sequor} whose connections use
 * it ({@code currentSchema}) and report every statement to {@link #statements()}. Made by {@link SequorTest} before
 * the class, dropped with everything in it after the class.
 */
public final class TestDatabase {

  /** The pool of the class's {@link Sequor}: enough for a test of concurrent transactions. */
  static final int POOL_SIZE = 4;

  private static final SecureRandom RANDOM = new SecureRandom();
  /** Every table of the schema but the migration history, emptied in one statement and one round trip. */
  private static final String TRUNCATE = """
      DO $sequor$
      DECLARE
        tables text;
      BEGIN
        PERFORM set_config('lock_timeout', '10s', true);
        SELECT string_agg(format('%I.%I', n.nspname, c.relname), ', ') INTO tables
          FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
         WHERE n.nspname = current_schema() AND c.relkind IN ('r', 'p') AND NOT c.relispartition
           AND c.relname <> 'SequorMeta';
        IF tables IS NOT NULL THEN
          EXECUTE 'TRUNCATE ' || tables || ' RESTART IDENTITY CASCADE';
        END IF;
      END
      $sequor$""";

  private final TestServer server;
  private final String schema;
  private final StatementLog statements;
  private final Sequor sequor;

  private TestDatabase(TestServer server, String schema, StatementLog statements, Sequor sequor) {
    this.server = server;
    this.schema = schema;
    this.statements = statements;
    this.sequor = sequor;
  }

  /** Creates the schema of {@code testClass}: its name in snake case and a random suffix. */
  static TestDatabase create(TestServer server, Class<?> testClass) {
    String schema = schemaName(testClass);
    server.execute("CREATE SCHEMA \"" + schema + "\"");
    try {
      StatementLog statements = new StatementLog();
      Sequor sequor = Sequor.builder().url(server.jdbcUrl(schema)).poolSize(POOL_SIZE)
          .listener(new StatementListener() {
            @Override
            public void executed(String sql, long nanos) {
              statements.executed(sql);
            }

            @Override
            public void failed(String sql, long nanos, String sqlState) {
              statements.refused(sql, sqlState);
            }
          })
          .build();
      return new TestDatabase(server, schema, statements, sequor);
    } catch (RuntimeException e) {
      server.execute("DROP SCHEMA IF EXISTS \"" + schema + "\" CASCADE");
      throw e;
    }
  }

  /** {@code ProductRepositoryTest} gives {@code product_repository_test_<8 hex digits>}, at most 63 bytes. */
  static String schemaName(Class<?> testClass) {
    String words = testClass.getSimpleName().replaceAll("([a-z0-9])([A-Z])", "$1_$2").toLowerCase(Locale.ROOT)
        .replaceAll("[^a-z0-9_]", "_");
    if (words.isEmpty() || !Character.isLetter(words.charAt(0))) {
      words = "test_" + words;
    }
    byte[] bytes = new byte[4];
    RANDOM.nextBytes(bytes);
    return words.substring(0, Math.min(words.length(), 50)) + "_" + HexFormat.of().formatHex(bytes);
  }

  /** Connected to this class's schema; closed after the class. */
  public Sequor sequor() {
    return sequor;
  }

  /** The schema's name, {@code <test class in snake case>_<random>}. */
  public String schema() {
    return schema;
  }

  /**
   * A JDBC URL of this class's schema, user and password included: for a second {@link Sequor}, a process of its
   * own, or an application configured by URL.
   */
  public String jdbcUrl() {
    return server.jdbcUrl(schema);
  }

  /** The statements {@link #sequor()} ran in the current test. */
  public StatementLog statements() {
    return statements;
  }

  /**
   * Empties every table of the schema but the migration history {@code "SequorMeta"}, and restarts their sequences;
   * {@link SequorTest} does it before each test unless told not to. Waits at most 10 s for the tables' locks.
   */
  public void truncate() {
    try (Connection connection = sequor.dataSource().getConnection();
        Statement statement = connection.createStatement()) {
      statement.execute(TRUNCATE);
    } catch (SQLException e) {
      throw new SequorException("Unable to empty the tables of schema " + schema + ": " + e.getMessage()
          + ("55P03".equals(e.getSQLState()) ? " (a connection left open by an earlier test still holds a lock on"
              + " one of them: close the streams and transactions a test opens)" : ""), e);
    }
  }

  /** Closes the {@link Sequor} and drops the schema. */
  void close() {
    try {
      sequor.close();
    } finally {
      server.execute("DROP SCHEMA IF EXISTS \"" + schema + "\" CASCADE");
    }
  }
}
