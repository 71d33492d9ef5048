package dev.sequor.internal.history;

import dev.sequor.internal.Cleanup;
import dev.sequor.internal.format.TimestampedName;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import javax.sql.DataSource;
import org.slf4j.Logger;

/**
 * A history table in the connection's current schema, one row per name that ran (a migration, a seeder) with when
 * and how long, and the advisory lock that makes the commands writing it take turns. Every statement names the
 * table with its schema, so a table of that name elsewhere on the {@code search_path} is never used by mistake.
 *
 * <p>A command runs on one connection ({@link #withConnection}): that connection holds the session-level lock
 * ({@link #locked}) and does the work, so the lock can never outlive the work, and a pool of one connection is
 * enough.
 */
public final class History {

  /**
   * What a history records, and the words and exceptions of its commands.
   *
   * @param table the table, for example {@code SequorMeta}
   * @param timeColumn the column of when a name ran, for example {@code applied_at}
   * @param checksummed whether rows hold the checksum of what ran (a {@code checksum} column)
   * @param subject what runs, in messages: {@code migration}, {@code seeder}
   * @param lockPurpose the start of the lock's key ({@link AdvisoryLock}); runs of another purpose never wait
   * @param log where waiting for and releasing the lock is logged
   * @param failure the exception of a command that failed, from its message and cause (maybe null)
   */
  public record Kind(String table, String timeColumn, boolean checksummed, String subject, String lockPurpose,
      Logger log, Failure failure) {

    /** The key of this kind's lock on {@code schema}. */
    public long lockKey(String schema) {
      return AdvisoryLock.key(lockPurpose, schema, table);
    }
  }

  /** Makes the exception a command throws. */
  @FunctionalInterface
  public interface Failure {
    RuntimeException failure(String message, Exception cause);
  }

  /** A command's work on its connection. */
  @FunctionalInterface
  public interface Session<T> {
    T run(Connection connection, History history) throws SQLException, InterruptedException;
  }

  /** Work done holding the lock. */
  @FunctionalInterface
  public interface Locked<T> {
    T run() throws SQLException;
  }

  /**
   * One row.
   *
   * @param checksum null when the kind is not {@linkplain Kind#checksummed() checksummed}
   */
  public record Row(String name, String checksum, OffsetDateTime at, Duration duration) {}

  private final Connection connection;
  private final Kind kind;
  private final CurrentSchema schema;
  private final String table;

  private History(Connection connection, Kind kind, CurrentSchema schema) {
    this.connection = connection;
    this.kind = kind;
    this.schema = schema;
    this.table = schema.qualify(kind.table());
  }

  /**
   * Runs a command on a connection of its own, in autocommit (restored to what it was after), with the history in
   * the connection's current schema (the first schema of its {@code search_path} that exists). A failure of the
   * database and an interruption while waiting for the lock become the kind's {@link Failure}.
   *
   * @param purpose what the command does, for the message of a failure: {@code migrate}, {@code seed}
   */
  public static <T> T withConnection(DataSource dataSource, Kind kind, String purpose, Session<T> work) {
    // the work's own failures (the kind's exceptions, naming what failed) pass through untouched; so do they when
    // restoring autocommit or closing then fails too, which is added to them as suppressed
    try (Connection connection = dataSource.getConnection()) {
      boolean autoCommit = connection.getAutoCommit();
      if (!autoCommit) {
        connection.setAutoCommit(true);
      }
      Throwable failure = null;
      try {
        return work.run(connection, of(connection, kind));
      } catch (Throwable t) {
        failure = t;
        throw t;
      } finally {
        if (!autoCommit) {
          Cleanup.after(failure, () -> {
            if (!connection.isClosed()) {
              connection.setAutoCommit(false);
            }
          });
        }
      }
    } catch (SQLException e) {
      throw kind.failure().failure("Unable to " + purpose + ": " + e.getMessage() + " [SQLState " + e.getSQLState()
          + "]", e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw kind.failure().failure("Interrupted while waiting for the " + kind.subject() + " lock; nothing was done",
          e);
    }
  }

  private static History of(Connection connection, Kind kind) throws SQLException {
    CurrentSchema current = CurrentSchema.of(connection);
    if (current.name() == null) {
      throw kind.failure().failure("No schema to keep the " + kind.subject() + " history in: none of the schemas on"
          + " the search_path (" + current.searchPath() + ") exists. Create the schema, or fix currentSchema in the"
          + " database URL.", null);
    }
    return new History(connection, kind, current);
  }

  /** The schema the table is in. */
  public String schema() {
    return schema.name();
  }

  /**
   * Holds the kind's advisory lock on the schema while {@code work} runs; {@code waiting} runs once, before the
   * first pause, when another session holds it. The lock is released after, and when releasing fails the
   * connection is closed (and the lock with it), so that a pool never hands it out holding the lock.
   */
  public <T> T locked(Runnable waiting, Locked<T> work) throws SQLException, InterruptedException {
    AdvisoryLock lock = new AdvisoryLock(connection, kind.lockKey(schema()));
    lock.acquire(() -> {
      kind.log().info("Waiting for another {} run on schema \"{}\" to finish (PostgreSQL advisory lock {})",
          kind.subject(), schema(), lock.key());
      waiting.run();
    });
    Throwable failure = null;
    try {
      return work.run();
    } catch (Throwable t) {
      failure = t;
      throw t;
    } finally {
      release(lock, failure);
    }
  }

  /**
   * Releases the lock after the work, which succeeded or threw {@code failure}. When releasing fails, the connection
   * is probably gone, and the lock with it: it is closed, so that a pool never hands it out holding the lock, and
   * the failure to release is added to the work's failure, or only logged when the work succeeded (what it did is
   * committed, and the lock went with the connection).
   */
  private void release(AdvisoryLock lock, Throwable failure) {
    try {
      Cleanup.after(failure, () -> {
        try {
          if (!lock.release()) {
            kind.log().warn("The {} lock {} was no longer held at the end of the run", kind.subject(), lock.key());
          }
        } catch (SQLException e) {
          abort();
          throw e;
        }
      });
    } catch (SQLException e) {
      kind.log().warn("Unable to release the {} lock {} ({}); closed its connection", kind.subject(), lock.key(),
          e.getMessage());
    }
  }

  private void abort() {
    try {
      connection.abort(Runnable::run);
    } catch (SQLException | RuntimeException ignored) {
      // already closed
    }
  }

  public boolean exists() throws SQLException {
    return schema.hasTable(connection, kind.table());
  }

  /** Creates the table unless it exists; call it holding the lock, so that runners never race on it. */
  public void createIfMissing() throws SQLException {
    if (exists()) {
      return;
    }
    try (Statement statement = connection.createStatement()) {
      statement.execute("CREATE TABLE " + table + " ("
          + "name VARCHAR(" + TimestampedName.MAX_LENGTH + ") PRIMARY KEY, "
          + (kind.checksummed() ? "checksum VARCHAR(64) NOT NULL, " : "")
          + kind.timeColumn() + " TIMESTAMPTZ NOT NULL, "
          + "duration_ms BIGINT NOT NULL)");
    }
  }

  /** The rows in name order (Java's, the files' and the index's, whatever the collation); none without a table. */
  public List<Row> read() throws SQLException {
    if (!exists()) {
      return List.of();
    }
    List<Row> rows = new ArrayList<>();
    try (Statement statement = connection.createStatement();
        ResultSet rs = statement.executeQuery("SELECT name, " + (kind.checksummed() ? "checksum" : "NULL") + ", "
            + kind.timeColumn() + ", duration_ms FROM " + table)) {
      while (rs.next()) {
        rows.add(new Row(rs.getString(1), rs.getString(2), rs.getObject(3, OffsetDateTime.class),
            Duration.ofMillis(rs.getLong(4))));
      }
    }
    rows.sort(Comparator.comparing(Row::name));
    return rows;
  }

  /** Records that {@code name} ran now; {@code checksum} is null unless the kind is checksummed. */
  public void insert(String name, String checksum, Duration duration) throws SQLException {
    if (kind.checksummed() == (checksum == null)) {
      throw new IllegalArgumentException("the " + kind.table() + " history "
          + (kind.checksummed() ? "needs a" : "has no") + " checksum");
    }
    String columns = "name, " + (kind.checksummed() ? "checksum, " : "") + kind.timeColumn() + ", duration_ms";
    String values = kind.checksummed() ? "?, ?, now(), ?" : "?, now(), ?";
    try (PreparedStatement statement = connection.prepareStatement(
        "INSERT INTO " + table + " (" + columns + ") VALUES (" + values + ")")) {
      int i = 1;
      statement.setString(i++, name);
      if (kind.checksummed()) {
        statement.setString(i++, checksum);
      }
      statement.setLong(i, duration.toMillis());
      statement.executeUpdate();
    }
  }

  public void delete(String name) throws SQLException {
    try (PreparedStatement statement = connection.prepareStatement("DELETE FROM " + table + " WHERE name = ?")) {
      statement.setString(1, name);
      if (statement.executeUpdate() != 1) {
        throw new SQLException("no history row for " + name);
      }
    }
  }

  public void updateChecksum(String name, String checksum) throws SQLException {
    Objects.requireNonNull(checksum, "checksum");
    try (PreparedStatement statement = connection.prepareStatement(
        "UPDATE " + table + " SET checksum = ? WHERE name = ?")) {
      statement.setString(1, checksum);
      statement.setString(2, name);
      statement.executeUpdate();
    }
  }
}
