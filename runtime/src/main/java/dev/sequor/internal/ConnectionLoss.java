package dev.sequor.internal;

import java.sql.SQLException;

/**
 * The failures that mean the session with PostgreSQL is gone, and what became of the statement that met one: only
 * the code that ran it knows (outside or inside a transaction, a read or a write, at commit), and only the message
 * made from it ({@link Failures}) tells the user.
 */
public final class ConnectionLoss {

  /** A write outside a transaction: it may have committed just before the session ended. */
  static final String NOT_RETRIED = "The connection was lost, so whether the statement was committed is unknown (it"
      + " commits as a whole or not at all, but the session can end between the commit and the reply); it was not"
      + " retried, since a write run twice could apply twice: check before running it again";
  /** A statement inside a transaction: nothing was committed. */
  static final String ROLLED_BACK = "The connection was lost inside a transaction: PostgreSQL rolled the"
      + " transaction back, and nothing of it was stored";
  /** The commit itself. */
  static final String COMMIT_UNKNOWN = "The connection was lost during the commit, so whether the transaction was"
      + " committed (all of it) or not (none of it) is unknown; check before running it again";
  /** A read, retried once on a new connection. */
  static final String RETRY_FAILED = "The connection was lost, and so was the new connection the read was retried"
      + " on";

  private ConnectionLoss() {}

  /**
   * Whether {@code sqlState} says the session is gone: class {@code 08} (connection exception: the driver's I/O
   * error {@code 08006}, a closed connection {@code 08003}), or PostgreSQL ending it: {@code 57P01} (the backend
   * was terminated, {@code pg_terminate_backend}, or the server shuts down), {@code 57P02} (another backend crashed),
   * {@code 57P03} (the server is starting or stopping).
   */
  public static boolean is(String sqlState) {
    return sqlState != null && (sqlState.startsWith("08") || sqlState.equals("57P01") || sqlState.equals("57P02")
        || sqlState.equals("57P03"));
  }

  /**
   * {@code e} itself when it is no connection loss; else {@code e} with what became of the statement, for the
   * message.
   */
  static SQLException lost(SQLException e, String outcome) {
    return is(e.getSQLState()) && !(e instanceof Lost) ? new Lost(e, outcome) : e;
  }

  /**
   * A driver's failure that lost the connection, with what became of the statement: made by {@link Database}, read
   * by {@link Failures}, which keeps the driver's exception as the cause. It never reaches the user.
   */
  static final class Lost extends SQLException {
    private static final long serialVersionUID = 1L;

    private final String outcome;

    private Lost(SQLException driver, String outcome) {
      super(driver.getMessage(), driver.getSQLState(), driver.getErrorCode(), driver);
      this.outcome = outcome;
    }

    /** The driver's exception. */
    SQLException driver() {
      return (SQLException) getCause();
    }

    /** What became of the statement: a sentence without its full stop. */
    String outcome() {
      return outcome;
    }
  }
}
