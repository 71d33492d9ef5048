package dev.sequor;

/** A row would duplicate a unique or primary key (SQLState {@code 23505}; Sequelize's {@code UniqueConstraintError}). */
public class UniqueConstraintException extends DatabaseException {

  private static final long serialVersionUID = 1L;

  public UniqueConstraintException(String model, String message, String sqlState, Throwable cause) {
    super(model, message, sqlState, cause);
  }
}
