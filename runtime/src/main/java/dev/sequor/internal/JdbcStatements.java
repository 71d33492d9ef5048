package dev.sequor.internal;

import dev.sequor.internal.sql.StatementBinder;
import java.io.IOException;
import java.io.StringReader;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import org.postgresql.PGConnection;

/**
 * Runs statements Sequor rendered itself on plain JDBC, timed and logged exactly as the statements jOOQ runs
 * (one DEBUG line on {@code dev.sequor.sql}, listeners told): the fast path for fixed shapes and simple queries.
 */
public final class JdbcStatements {

  /** Reads a whole result. */
  @FunctionalInterface
  public interface ResultReader<T> {
    T read(ResultSet rs) throws SQLException;
  }

  private final StatementTiming timing;

  JdbcStatements(StatementTiming timing) {
    this.timing = timing;
  }

  /** Runs a query (or a DML statement with {@code RETURNING}) and reads its result. */
  public <T> T query(Connection connection, String sql, StatementBinder binder, ResultReader<T> reader)
      throws SQLException {
    long start = System.nanoTime();
    try (PreparedStatement statement = connection.prepareStatement(sql)) {
      binder.bind(statement);
      T result;
      try (ResultSet rs = statement.executeQuery()) {
        result = reader.read(rs);
      }
      timing.executed(sql, System.nanoTime() - start, null, binder);
      return result;
    } catch (SQLException e) {
      timing.executed(sql, System.nanoTime() - start, e.getSQLState(), binder);
      throw e;
    }
  }

  /**
   * Runs {@code COPY ... FROM STDIN} with {@code data} in text format; returns the number of rows copied. The log
   * shows the row count, never the data.
   */
  public long copy(Connection connection, String sql, String data, int rows) throws SQLException {
    long start = System.nanoTime();
    StatementBinder rowCount = new StatementBinder() {
      @Override
      public void bind(PreparedStatement statement) {}

      @Override
      public List<?> values() {
        return List.of(rows + " rows");
      }
    };
    try {
      long copied = connection.unwrap(PGConnection.class).getCopyAPI().copyIn(sql, new StringReader(data));
      timing.executed(sql, System.nanoTime() - start, null, rowCount);
      return copied;
    } catch (IOException e) {
      SQLException failure = new SQLException("COPY failed: " + e.getMessage(), "08006", e);
      timing.executed(sql, System.nanoTime() - start, failure.getSQLState(), rowCount);
      throw failure;
    } catch (SQLException e) {
      timing.executed(sql, System.nanoTime() - start, e.getSQLState(), rowCount);
      throw e;
    }
  }

  /** Runs a statement without a result; returns the number of rows it changed. */
  public int update(Connection connection, String sql, StatementBinder binder) throws SQLException {
    long start = System.nanoTime();
    try (PreparedStatement statement = connection.prepareStatement(sql)) {
      binder.bind(statement);
      int rows = statement.executeUpdate();
      timing.executed(sql, System.nanoTime() - start, null, binder);
      return rows;
    } catch (SQLException e) {
      timing.executed(sql, System.nanoTime() - start, e.getSQLState(), binder);
      throw e;
    }
  }
}
