package dev.sequor.internal;

import dev.sequor.DatabaseException;
import dev.sequor.ForeignKeyConstraintException;
import dev.sequor.SequorException;
import dev.sequor.UniqueConstraintException;
import java.sql.SQLException;
import org.jooq.exception.DataAccessException;

/**
 * Turns driver and jOOQ failures into Sequor's exceptions, with a message that names the operation and the
 * model: shared by the repository and its selects so that both fail alike.
 */
final class Failures {

  /** One operation against the database. */
  @FunctionalInterface
  interface Call<T> {
    T run() throws SQLException;
  }

  private Failures() {}

  /** Runs {@code call}, translating its failures for {@code operation} on {@code modelName}. */
  static <T> T call(String modelName, String operation, Call<T> call) {
    try {
      return call.run();
    } catch (SQLException e) {
      throw translate(modelName, operation, e, e.getSQLState());
    } catch (DataAccessException e) {
      throw translate(modelName, operation, e, e.sqlState());
    }
  }

  static SequorException translate(String modelName, String operation, Exception e, String sqlState) {
    SQLException sql = e instanceof SQLException s ? s : findSqlException(e);
    ConnectionLoss.Lost lost = sql instanceof ConnectionLoss.Lost l ? l : null;
    if (lost != null) {
      sql = lost.driver();
    }
    String detail = sql != null ? sql.getMessage() : e.getMessage();
    String message = "Unable to " + operation + " " + modelName + ": " + detail
        + (sqlState == null ? "" : " [SQLState " + sqlState + "]") + (lost == null ? "" : ". " + lost.outcome());
    Throwable cause = sql != null ? sql : e; // the driver's exception, not jOOQ's wrapper of it
    SequorException failure;
    if ("23505".equals(sqlState)) {
      failure = new UniqueConstraintException(modelName, message, sqlState, cause);
    } else if ("23503".equals(sqlState)) {
      failure = new ForeignKeyConstraintException(modelName, message, sqlState, cause);
    } else {
      failure = new DatabaseException(modelName, message, sqlState, cause);
    }
    if (lost != null) {
      for (Throwable cleanup : lost.getSuppressed()) { // the rollback and the like that failed after it
        failure.addSuppressed(cleanup);
      }
    }
    return failure;
  }

  private static SQLException findSqlException(Throwable t) {
    for (Throwable c = t; c != null; c = c.getCause()) {
      if (c instanceof SQLException s) {
        return s;
      }
    }
    return null;
  }
}
