package dev.sequor;

import java.sql.SQLException;

/**
 * PostgreSQL refused a statement (Sequelize's {@code DatabaseError}). Names the model, keeps the
 * SQLState and the driver's exception as the cause. Subclasses name the common constraint violations.
 */
public class DatabaseException extends SequorException {

  private static final long serialVersionUID = 1L;

  private final String model;
  private final String sqlState;

  public DatabaseException(String model, String message, String sqlState, Throwable cause) {
    super(message, cause);
    this.model = model;
    this.sqlState = sqlState;
  }

  /** The model whose statement failed. */
  public String model() {
    return model;
  }

  /** PostgreSQL's SQLState, for example {@code 23505} for a unique violation. */
  public String sqlState() {
    return sqlState;
  }

  /** The driver's exception, if the cause chain holds one. */
  public SQLException sqlException() {
    for (Throwable t = getCause(); t != null; t = t.getCause()) {
      if (t instanceof SQLException e) {
        return e;
      }
    }
    return null;
  }
}
