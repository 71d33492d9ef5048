package dev.sequor.internal;

import java.sql.SQLException;

/**
 * Cleanup steps (a rollback, restoring autocommit, releasing a lock) that never hide the failure they clean up
 * after. When a connection dies, every later call on it fails too; a cleanup step thrown from a {@code finally}
 * would replace the failure in flight, which is the one that says what happened (the statement, PostgreSQL's
 * SQLState), with "connection closed". So a step run while a failure is in flight adds its own failure to that one
 * as suppressed; with none in flight, the step's failure is the one to report and is thrown.
 *
 * <p>The idiom, where {@code finally} cannot see the exception in flight:
 *
 * <pre>{@code
 * Throwable failure = null;
 * try {
 *   ...
 * } catch (Throwable t) {
 *   failure = t;
 *   throw t;              // rethrown as precisely as it was thrown
 * } finally {
 *   Cleanup.after(failure, () -> connection.setAutoCommit(true));
 * }
 * }</pre>
 */
public final class Cleanup {

  /** One cleanup step. */
  @FunctionalInterface
  public interface Step {
    void run() throws SQLException;
  }

  private Cleanup() {}

  /**
   * Runs {@code step}; when {@code failure} is not null, a failure of the step is added to it as suppressed instead
   * of being thrown.
   *
   * @param failure the exception in flight, or null when the work succeeded
   */
  public static void after(Throwable failure, Step step) throws SQLException {
    if (failure == null) {
      step.run();
    } else {
      afterFailure(failure, step);
    }
  }

  /** Runs {@code step} (a rollback) after {@code failure}, to which a failure of the step is added as suppressed. */
  public static void afterFailure(Throwable failure, Step step) {
    try {
      step.run();
    } catch (SQLException | RuntimeException e) {
      failure.addSuppressed(e);
    }
  }
}
