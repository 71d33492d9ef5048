package dev.sequor.it;

import dev.sequor.EmbeddedDatabase;
import dev.sequor.internal.testing.RunDatabase;
import java.net.URI;
import java.net.URLDecoder;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

/**
 * The PostgreSQL server the integration tests run on, one per JVM: {@code SEQUOR_TEST_DATABASE_URL} (or
 * system property {@code sequor.test.databaseUrl}) when set, else {@code 127.0.0.1:5432}, database
 * {@code test}, user {@code postgres}; when that server does not answer, an {@link EmbeddedDatabase}
 * started for this JVM and stopped when the test run ends. The tests work in a {@link RunDatabase} of the run's own,
 * created on that server and dropped when the run ends.
 */
public final class PostgresServer implements AutoCloseable {

  static final String URL_VARIABLE = "SEQUOR_TEST_DATABASE_URL";
  static final String URL_PROPERTY = "sequor.test.databaseUrl";
  static final String DEFAULT_URL = "jdbc:postgresql://127.0.0.1:5432/test?user=postgres";

  private final String host;
  private final int port;
  private final String database;
  private final String user;
  private final String password;
  private final List<String> parameters;
  private final EmbeddedDatabase embedded;
  private final RunDatabase run;

  private PostgresServer(String host, int port, String database, String user, String password,
      List<String> parameters, EmbeddedDatabase embedded, RunDatabase run) {
    this.host = host;
    this.port = port;
    this.database = database;
    this.user = user;
    this.password = password;
    this.parameters = List.copyOf(parameters);
    this.embedded = embedded;
    this.run = run;
  }

  /** The configured server if it answers, else a new embedded one; in a database of this run's own. */
  static PostgresServer locate() {
    PostgresServer server = answering();
    RunDatabase run = RunDatabase.create(server.jdbcUrl(null));
    if (run == null) {
      return server;
    }
    List<String> parameters = new ArrayList<>(server.parameters);
    parameters.add("ApplicationName=" + run.name());
    return new PostgresServer(server.host, server.port, run.name(), server.user, server.password, parameters,
        server.embedded, run);
  }

  private static PostgresServer answering() {
    String configured = System.getProperty(URL_PROPERTY);
    if (configured == null || configured.isBlank()) {
      configured = System.getenv(URL_VARIABLE);
    }
    PostgresServer server = parse(configured == null || configured.isBlank() ? DEFAULT_URL : configured, null);
    String problem = server.probe();
    if (problem == null) {
      return server;
    }
    System.err.println("[sequor-it] PostgreSQL at " + server + " is unreachable (" + problem
        + "); starting an embedded PostgreSQL for this run");
    EmbeddedDatabase embedded = EmbeddedDatabase.start();
    try {
      PostgresServer started = parse(embedded.jdbcUrl(), embedded);
      String again = started.probe();
      if (again != null) {
        throw new IllegalStateException("the embedded PostgreSQL does not answer: " + again);
      }
      return started;
    } catch (RuntimeException e) {
      embedded.close();
      throw e;
    }
  }

  /** Reads {@code jdbc:postgresql://host:port/db?user=..&password=..} or {@code postgres://user:pw@host:port/db}. */
  static PostgresServer parse(String url, EmbeddedDatabase embedded) {
    String trimmed = url.trim();
    URI uri;
    if (trimmed.startsWith("jdbc:postgresql://")) {
      uri = URI.create(trimmed.substring("jdbc:".length()));
    } else if (trimmed.startsWith("postgres://") || trimmed.startsWith("postgresql://")) {
      uri = URI.create(trimmed);
    } else {
      throw new IllegalArgumentException(URL_VARIABLE + " must be a jdbc:postgresql:// or postgres:// URL");
    }
    String user = null;
    String password = null;
    if (uri.getRawUserInfo() != null) {
      String[] parts = uri.getRawUserInfo().split(":", 2);
      user = decode(parts[0]);
      password = parts.length > 1 ? decode(parts[1]) : null;
    }
    List<String> parameters = new ArrayList<>();
    if (uri.getRawQuery() != null) {
      for (String parameter : uri.getRawQuery().split("&")) {
        if (parameter.startsWith("user=")) {
          user = decode(parameter.substring(5));
        } else if (parameter.startsWith("password=")) {
          password = decode(parameter.substring(9));
        } else if (!parameter.isEmpty() && !parameter.startsWith("currentSchema=")) {
          parameters.add(parameter);
        }
      }
    }
    String path = uri.getRawPath() == null ? "" : uri.getRawPath();
    return new PostgresServer(uri.getHost() == null ? "localhost" : uri.getHost(),
        uri.getPort() < 0 ? 5432 : uri.getPort(), decode(path.startsWith("/") ? path.substring(1) : path),
        user == null ? "postgres" : user, password, parameters, embedded, null);
  }

  /** Null when a connection works, else why not; gives up after a few seconds. */
  private String probe() {
    List<String> quick = new ArrayList<>(parameters);
    quick.add("connectTimeout=3");
    quick.add("loginTimeout=5");
    try (Connection connection = DriverManager.getConnection(jdbcUrl(null, quick));
        Statement statement = connection.createStatement()) {
      statement.execute("SELECT 1");
      return null;
    } catch (SQLException e) {
      return e.getMessage();
    }
  }

  public String host() {
    return host;
  }

  public int port() {
    return port;
  }

  public String database() {
    return database;
  }

  public String user() {
    return user;
  }

  /** The password, or null when the server needs none. */
  public String password() {
    return password;
  }

  /** Whether this is the embedded fallback. */
  public boolean embedded() {
    return embedded != null;
  }

  /** A JDBC URL with user and password as parameters, and {@code currentSchema} unless {@code schema} is null. */
  public String jdbcUrl(String schema) {
    return jdbcUrl(schema, parameters);
  }

  private String jdbcUrl(String schema, List<String> extra) {
    List<String> query = new ArrayList<>(extra);
    if (schema != null) {
      query.add("currentSchema=" + encode(schema));
    }
    query.add("user=" + encode(user));
    if (password != null) {
      query.add("password=" + encode(password));
    }
    return "jdbc:postgresql://" + host + ":" + port + "/" + encode(database) + "?" + String.join("&", query);
  }

  /** A {@code postgres://user[:password]@host:port/db?currentSchema=schema} URL, as Heroku gives them. */
  public String postgresUrl(String schema) {
    List<String> query = new ArrayList<>(parameters);
    query.add("currentSchema=" + encode(schema));
    return "postgres://" + encode(user) + (password == null ? "" : ":" + encode(password)) + "@" + host + ":" + port
        + "/" + encode(database) + "?" + String.join("&", query);
  }

  /** Runs one administrative statement (schema creation and removal) on a connection of its own. */
  void execute(String sql) {
    try (Connection connection = DriverManager.getConnection(jdbcUrl(null));
        Statement statement = connection.createStatement()) {
      statement.execute(sql);
    } catch (SQLException e) {
      throw new IllegalStateException("Unable to run '" + sql + "' on " + this + ": " + e.getMessage(), e);
    }
  }

  private static String encode(String s) {
    return URLEncoder.encode(s, StandardCharsets.UTF_8).replace("+", "%20");
  }

  private static String decode(String s) {
    return URLDecoder.decode(s.replace("+", "%2B"), StandardCharsets.UTF_8);
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

  @Override
  public String toString() {
    return (embedded != null ? "embedded " : "") + host + ":" + port + "/" + database + " as " + user;
  }
}
