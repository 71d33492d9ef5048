package dev.sequor.faults;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * The suite's own PostgreSQL backends, found by the {@code application_name} its processes put in their JDBC URL
 * and by the current database: the suite never looks at, let alone ends, a session it did not open.
 */
final class Backends {

  private static final String PREFIX = "sequor-faults-";
  private static final long POLL_MILLIS = 10;

  private Backends() {}

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
