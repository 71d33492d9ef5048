package dev.sequor.internal;

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
final class JdbcStatements {

  /** Reads a whole result. */
  @FunctionalInterface
  interface ResultReader<T> {
    T read(ResultSet rs) throws SQLException;
  }

  private final StatementTiming timing;

  JdbcStatements(StatementTiming timing) {
    this.timing = timing;
  }

  /** Runs a query (or a DML statement with {@code RETURNING}) and reads its result. */
  <T> T query(Connection connection, String sql, StatementBinder binder, ResultReader<T> reader)
      throws SQLException {
    return timed(sql, binder, () -> {
      try (PreparedStatement statement = connection.prepareStatement(sql)) {
        binder.bind(statement);
        try (ResultSet rs = statement.executeQuery()) {
          return reader.read(rs);
        }
      }
    });
  }

  /**
   * Runs a query and returns its open result, to be read {@code fetchSize} rows at a time (a cursor, with autocommit
   * off); closing the result closes the statement.
   */
  ResultSet open(Connection connection, String sql, StatementBinder binder, int fetchSize) throws SQLException {
    return timed(sql, binder, () -> {
      PreparedStatement statement = connection.prepareStatement(sql);
      try {
        binder.bind(statement);
        statement.setFetchSize(fetchSize);
        ResultSet rs = statement.executeQuery();
        statement.closeOnCompletion();
        return rs;
      } catch (SQLException | RuntimeException e) {
        statement.close();
        throw e;
      }
    });
  }

  /** Runs a statement without a result; returns the number of rows it changed. */
  int update(Connection connection, String sql, StatementBinder binder) throws SQLException {
    return timed(sql, binder, () -> {
      try (PreparedStatement statement = connection.prepareStatement(sql)) {
        binder.bind(statement);
        return statement.executeUpdate();
      }
    });
  }

  /**
   * Runs {@code COPY ... FROM STDIN} with {@code data} in text format; returns the number of rows copied. The log
   * shows the row count, never the data.
   */
  long copy(Connection connection, String sql, String data, int rows) throws SQLException {
    StatementBinder rowCount = new StatementBinder() {
      @Override
      public void bind(PreparedStatement statement) {}

      @Override
      public List<?> values() {
        return List.of(rows + " rows");
      }
    };
    return timed(sql, rowCount, () -> {
      try {
        return connection.unwrap(PGConnection.class).getCopyAPI().copyIn(sql, new StringReader(data));
      } catch (IOException e) {
        throw new SQLException("COPY failed: " + e.getMessage(), "08006", e);
      }
    });
  }

  @FunctionalInterface
  private interface Execution<T> {
    T run() throws SQLException;
  }

  /** Runs one statement, then logs it and tells the listeners, with its SQLState when it failed. */
  private <T> T timed(String sql, StatementBinder binder, Execution<T> execution) throws SQLException {
    long start = System.nanoTime();
    try {
      T result = execution.run();
      timing.executed(sql, System.nanoTime() - start, null, binder);
      return result;
    } catch (SQLException e) {
      timing.executed(sql, System.nanoTime() - start, e.getSQLState(), binder);
      throw e;
    }
  }
}
