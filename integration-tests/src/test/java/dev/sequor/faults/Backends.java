package dev.sequor.faults;

import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.sequor.Sequor;
import dev.sequor.testing.TestDatabase;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.Callable;

/**
 * The PostgreSQL sessions of the fault scenarios, and the only ones they end: every connection a scenario opens
 * carries an {@code application_name} of its own ({@code sequor-faults-<what>-<random>}), and a session is looked at
 * or terminated only when selected by that name and by the test's database, since other clients use the server too.
 * An instance is one in-process scenario's sessions (selecting and terminating on a connection of its own, named
 * apart); the static methods serve the scenarios whose sessions are child processes'.
 */
final class Backends implements AutoCloseable {

  private static final String PREFIX = "sequor-faults-";
  private static final long POLL_MILLIS = 10;

  private final String applicationName;
  private final String url;
  private final Connection admin;

  private Backends(String applicationName, String url, Connection admin) {
    this.applicationName = applicationName;
    this.url = url;
    this.admin = admin;
  }

  /** The sessions of {@code scenario} (a word or two, dash-separated) on the database of {@code database}. */
  static Backends of(TestDatabase database, String scenario) throws SQLException {
    String name = newName(scenario);
    Connection admin = DriverManager.getConnection(named(database.jdbcUrl(), name + "-admin"));
    return new Backends(name, named(database.jdbcUrl(), name), admin);
  }

  /** The JDBC URL whose connections are this scenario's. */
  String url() {
    return url;
  }

  /** A {@link Sequor} whose pool of {@code poolSize} connections is this scenario's. */
  Sequor connect(int poolSize) {
    return Sequor.builder().url(url).poolSize(poolSize).build();
  }

  /**
   * Runs {@code work} on a thread of its own, terminates its session {@code delayMillis} after the session started
   * a statement containing {@code sql}, and returns what the work threw, which must be an {@code expected}.
   */
  <X extends Throwable> X terminateDuring(Callable<?> work, String sql, long delayMillis, Class<X> expected)
      throws Exception {
    try (Background<?> running = Background.start(work)) {
      int pid = awaitRunning(sql, 10_000);
      Thread.sleep(delayMillis);
      terminate(pid);
      return assertThrows(expected, running::join, "the work must fail: it still ran when its session was"
          + " terminated");
    }
  }

  /**
   * Waits (polling every 2 ms, at most {@code timeoutMillis}) until one of this scenario's sessions runs a statement
   * containing {@code sql}, and returns its process id.
   */
  private int awaitRunning(String sql, long timeoutMillis) throws SQLException, InterruptedException {
    long deadline = System.nanoTime() + timeoutMillis * 1_000_000;
    while (System.nanoTime() < deadline) {
      List<Integer> pids = select("state = 'active' AND strpos(query, ?) > 0", sql);
      if (!pids.isEmpty()) {
        return pids.get(0);
      }
      Thread.sleep(2);
    }
    throw new AssertionError("no session of " + applicationName + " ran '" + sql + "' within " + timeoutMillis
        + " ms");
  }

  /** Terminates this scenario's idle sessions, waiting until they are gone; returns how many there were. */
  int terminateIdle() throws SQLException, InterruptedException {
    List<Integer> pids = select("state = 'idle'", null);
    for (int pid : pids) {
      terminate(pid);
    }
    return pids.size();
  }

  /**
   * Terminates session {@code pid}, after checking again that it is this scenario's, and waits until it is gone (its
   * last message, 57P01, is then on its way to the client).
   */
  void terminate(int pid) throws SQLException, InterruptedException {
    try (PreparedStatement terminate = admin.prepareStatement("SELECT pg_terminate_backend(pid) FROM pg_stat_activity"
        + " WHERE pid = ? AND datname = current_database() AND application_name = ?")) {
      terminate.setInt(1, pid);
      terminate.setString(2, applicationName);
      try (ResultSet rs = terminate.executeQuery()) {
        if (!rs.next() || !rs.getBoolean(1)) {
          throw new AssertionError("session " + pid + " of " + applicationName + " was not terminated");
        }
      }
    }
    long deadline = System.nanoTime() + 5_000_000_000L;
    while (select("pid = " + pid, null).size() > 0) {
      if (System.nanoTime() > deadline) {
        throw new AssertionError("session " + pid + " of " + applicationName + " outlived its termination by 5 s");
      }
      Thread.sleep(1);
    }
  }

  /** The process ids of this scenario's sessions on the test's database that match {@code condition}. */
  private List<Integer> select(String condition, String parameter) throws SQLException {
    try (PreparedStatement select = admin.prepareStatement("SELECT pid FROM pg_stat_activity WHERE datname ="
        + " current_database() AND application_name = ? AND pid <> pg_backend_pid() AND " + condition)) {
      select.setString(1, applicationName);
      if (parameter != null) {
        select.setString(2, parameter);
      }
      List<Integer> pids = new ArrayList<>();
      try (ResultSet rs = select.executeQuery()) {
        while (rs.next()) {
          pids.add(rs.getInt(1));
        }
      }
      return pids;
    }
  }

  @Override
  public void close() throws SQLException {
    admin.close();
  }

  // ---- the sessions of child processes ----------------------------------------------------------------------


  /** A new {@code application_name}, unique to one process or pool: {@code sequor-faults-<what>-<random>}. */
  static String newName(String what) {
    return PREFIX + what + "-" + UUID.randomUUID().toString().substring(0, 8);
  }

  /** {@code jdbcUrl} whose connections are named {@code applicationName} (the last value of a parameter wins). */
  static String named(String jdbcUrl, String applicationName) {
    return jdbcUrl + (jdbcUrl.contains("?") ? "&" : "?") + "ApplicationName=" + applicationName;
  }

  /** How many backends of the current database are named {@code applicationName}. */
  static int count(Connection connection, String applicationName) throws SQLException {
    try (PreparedStatement statement = connection.prepareStatement("SELECT count(*) FROM pg_stat_activity"
        + " WHERE application_name = ? AND datname = current_database()")) {
      statement.setString(1, applicationName);
      try (ResultSet rs = statement.executeQuery()) {
        rs.next();
        return rs.getInt(1);
      }
    }
  }

  /**
   * Waits until no backend is named {@code applicationName}: the server ends a killed client's backend once it reads
   * the closed socket, which a backend busy in a statement (a {@code pg_sleep}) does only after that statement.
   * Returns how long that took; fails after {@code timeout}.
   */
  static Duration awaitGone(Connection connection, String applicationName, Duration timeout)
      throws SQLException, InterruptedException {
    long start = System.nanoTime();
    while (count(connection, applicationName) > 0) {
      if (System.nanoTime() - start > timeout.toNanos()) {
        throw new AssertionError("the backend of " + applicationName + " outlived its killed client by " + timeout);
      }
      Thread.sleep(POLL_MILLIS);
    }
    return Duration.ofNanos(System.nanoTime() - start);
  }

  /**
   * The advisory locks held or awaited in the current database by the suite's sessions (named by {@link #newName}),
   * one line each with the session's name and state.
   */
  static List<String> advisoryLocks(Connection connection) throws SQLException {
    List<String> locks = new ArrayList<>();
    try (PreparedStatement statement = connection.prepareStatement("SELECT l.pid, l.granted, l.classid, l.objid,"
        + " a.application_name, a.state FROM pg_locks l JOIN pg_stat_activity a ON a.pid = l.pid"
        + " WHERE l.locktype = 'advisory' AND l.database = (SELECT oid FROM pg_database"
        + " WHERE datname = current_database()) AND a.application_name LIKE '" + PREFIX + "%'");
        ResultSet rs = statement.executeQuery()) {
      while (rs.next()) {
        locks.add("pid " + rs.getInt(1) + (rs.getBoolean(2) ? " holds" : " waits for") + " advisory lock ("
            + rs.getLong(3) + ", " + rs.getLong(4) + ") as " + rs.getString(5) + ", " + rs.getString(6));
      }
    }
    return locks;
  }
}
