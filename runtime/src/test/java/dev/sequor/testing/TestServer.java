package dev.sequor.testing;

import dev.sequor.EmbeddedDatabase;
import dev.sequor.internal.testing.RunDatabase;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * The PostgreSQL server the runtime's integration tests use, one per JVM: {@code SEQUOR_TEST_DATABASE_URL} (or
 * system property {@code sequor.test.databaseUrl}, a {@code jdbc:postgresql://} URL with {@code ?} parameters) when
 * set, else {@code 127.0.0.1:5432}, database {@code test}, user {@code postgres}; when that does not answer, an
 * {@link EmbeddedDatabase} started for the run. The tests work in a {@link RunDatabase} of the run's own, created on
 * that server and dropped when the run ends.
 */
public final class TestServer implements AutoCloseable {

  private static final String DEFAULT_URL = "jdbc:postgresql://127.0.0.1:5432/test?user=postgres";

  private final String baseUrl;
  private final RunDatabase run;
  private final EmbeddedDatabase embedded;

  private TestServer(String serverUrl, EmbeddedDatabase embedded) {
    this.run = RunDatabase.create(serverUrl);
    this.baseUrl = run == null ? serverUrl : run.url(serverUrl);
    this.embedded = embedded;
  }

  static TestServer locate() {
    String configured = System.getProperty("sequor.test.databaseUrl");
    if (configured == null || configured.isBlank()) {
      configured = System.getenv("SEQUOR_TEST_DATABASE_URL");
    }
    String url = configured == null || configured.isBlank() ? DEFAULT_URL : configured.strip();
    if (!url.contains("?")) {
      url += "?user=postgres";
    }
    String problem = probe(url);
    if (problem == null) {
      return new TestServer(url, null);
    }
    System.err.println("[sequor-test] PostgreSQL at " + url.replaceAll("password=[^&]*", "password=***")
        + " is unreachable (" + problem + "); starting an embedded PostgreSQL for this run");
    EmbeddedDatabase embedded = EmbeddedDatabase.start();
    return new TestServer(embedded.jdbcUrl(), embedded);
  }

  private static String probe(String url) {
    try (Connection connection = DriverManager.getConnection(url + "&connectTimeout=3&loginTimeout=5");
        Statement statement = connection.createStatement()) {
      statement.execute("SELECT 1");
      return null;
    } catch (SQLException e) {
      return e.getMessage();
    }
  }

  /**
   * A JDBC URL whose connections use {@code schema}. Lock waits time out after 30 s: {@code CREATE INDEX
   * CONCURRENTLY} waits for every older snapshot in the whole database, so a session stuck elsewhere on a shared
   * server makes a test fail with a lock timeout instead of hanging.
   */
  public String jdbcUrl(String schema) {
    return baseUrl + "&currentSchema=" + schema + "&options=-c%20lock_timeout%3D30s";
  }

  /**
   * Runs one statement on a connection of its own, outside any schema; fails rather than hangs when a session
   * left behind by a broken test holds a lock on the schema.
   */
  void execute(String sql) {
    try (Connection connection = DriverManager.getConnection(baseUrl);
        Statement statement = connection.createStatement()) {
      statement.execute("SET lock_timeout = '10s'");
      statement.execute(sql);
    } catch (SQLException e) {
      throw new IllegalStateException("Unable to run '" + sql + "': " + e.getMessage(), e);
    }
  }

  @Override
  public void close() {
    if (run != null) {
      run.close();
    }
    if (embedded != null) {
      embedded.close();
    }
  }
}
