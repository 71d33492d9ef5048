package dev.sequor.internal.testing;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A database of one test run's own, on a PostgreSQL server other clients use too: created when the run starts,
 * dropped when it ends. Every connection the run opens to it carries the database's name as its
 * {@code application_name}, and at the end only backends selected by that name are terminated, so nothing of
 * another client's is touched. Databases left by runs that died are dropped by the next run: those older than
 * three hours by the time in their name (a run still going after three hours, or one on a machine whose clock is
 * hours off, would lose its database).
 */
public final class RunDatabase implements AutoCloseable {

  /** Run databases are named {@code sequor_test_<epoch millis>_<random>}. */
  static final String PREFIX = "sequor_test_";
  static final long STALE_MILLIS = TimeUnit.HOURS.toMillis(3);
  private static final Pattern JDBC_URL = Pattern.compile("(jdbc:postgresql://[^/?]*/)([^?]*)(\\?.*)?");

  private final String serverUrl;
  private final String name;

  private RunDatabase(String serverUrl, String name) {
    this.serverUrl = serverUrl;
    this.name = name;
  }

  /**
   * Creates the run's database on the server of {@code serverUrl} ({@code jdbc:postgresql://host:port/db?...}, a
   * database the user may connect to), after dropping databases left by dead runs; {@code null}, after saying why
   * on standard error, when the user may not create databases.
   */
  public static RunDatabase create(String serverUrl) {
    if (!JDBC_URL.matcher(serverUrl).matches()) {
      throw new IllegalArgumentException("not a jdbc:postgresql://host/database URL: " + serverUrl);
    }
    String name = PREFIX + System.currentTimeMillis() + "_" + ThreadLocalRandom.current().nextInt(100_000, 1_000_000);
    try (Connection connection = DriverManager.getConnection(serverUrl);
        Statement statement = connection.createStatement()) {
      dropStale(connection);
      statement.execute("CREATE DATABASE \"" + name + "\"");
      return new RunDatabase(serverUrl, name);
    } catch (SQLException e) {
      System.err.println("[sequor-test] cannot create a database for this run (" + e.getMessage()
          + "); the tests use schemas of their own in the configured database instead");
      return null;
    }
  }

  public String name() {
    return name;
  }

  /**
   * {@code url} (a {@code jdbc:postgresql://} URL of the same server) turned to this database, its connections named
   * after it.
   */
  public String url(String url) {
    String other = withDatabase(url, name);
    return other + (other.contains("?") ? "&" : "?") + "ApplicationName=" + name;
  }

  /** {@code url} (a {@code jdbc:postgresql://host/database?...} URL) with another database, its parameters kept. */
  static String withDatabase(String url, String database) {
    Matcher matcher = JDBC_URL.matcher(url);
    if (!matcher.matches()) {
      throw new IllegalArgumentException("not a jdbc:postgresql:// URL: " + url);
    }
    return matcher.group(1) + database + (matcher.group(3) == null ? "" : matcher.group(3));
  }

  /** Terminates this run's own backends still on the database, then drops it. */
  @Override
  public void close() {
    try (Connection connection = DriverManager.getConnection(serverUrl)) {
      terminateOwnBackends(connection, name);
      try (Statement statement = connection.createStatement()) {
        statement.execute("DROP DATABASE IF EXISTS \"" + name + "\"");
      }
    } catch (SQLException e) {
      System.err.println("[sequor-test] could not drop database " + name + " (the next run will): " + e.getMessage());
    }
  }

  private static void terminateOwnBackends(Connection connection, String name) throws SQLException {
    List<Integer> pids = new ArrayList<>();
    try (PreparedStatement select = connection.prepareStatement(
        "SELECT pid FROM pg_stat_activity WHERE datname = ? AND application_name = ? AND pid <> pg_backend_pid()")) {
      select.setString(1, name);
      select.setString(2, name);
      try (ResultSet rows = select.executeQuery()) {
        while (rows.next()) {
          pids.add(rows.getInt(1));
        }
      }
    }
    try (PreparedStatement terminate = connection.prepareStatement("SELECT pg_terminate_backend(?)")) {
      for (int pid : pids) {
        terminate.setInt(1, pid);
        terminate.execute();
      }
    }
  }

  private static void dropStale(Connection connection) throws SQLException {
    dropStale(connection, PREFIX);
  }

  /**
   * Drops the test databases named {@code <prefix>[...]_<epoch millis>_<random>} that are older than
   * {@link #STALE_MILLIS}: their runs died before dropping them. The Maven plugin's integration tests name theirs so
   * too.
   */
  public static void dropStale(Connection connection, String prefix) throws SQLException {
    Pattern name = Pattern.compile(Pattern.quote(prefix) + "(?:.*_)?(\\d{1,18})_\\d+");
    List<String> stale = new ArrayList<>();
    try (PreparedStatement select = connection.prepareStatement(
        "SELECT datname FROM pg_database WHERE starts_with(datname, ?)")) {
      select.setString(1, prefix);
      try (ResultSet rows = select.executeQuery()) {
        while (rows.next()) {
          Matcher matcher = name.matcher(rows.getString(1));
          if (matcher.matches() && System.currentTimeMillis() - Long.parseLong(matcher.group(1)) > STALE_MILLIS) {
            stale.add(rows.getString(1));
          }
        }
      }
    }
    for (String database : stale) {
      try (Statement statement = connection.createStatement()) {
        terminateOwnBackends(connection, database);
        statement.execute("DROP DATABASE IF EXISTS \"" + database + "\"");
      } catch (SQLException e) {
        System.err.println("[sequor-test] left database " + database + " of an earlier run: " + e.getMessage());
      }
    }
  }
}
