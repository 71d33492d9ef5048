package dev.sequor;

/** A row refers to a missing row, or is still referred to (SQLState {@code 23503}; Sequelize's {@code ForeignKeyConstraintError}). */
public class ForeignKeyConstraintException extends DatabaseException {

  private static final long serialVersionUID = 1L;

  public ForeignKeyConstraintException(String model, String message, String sqlState, Throwable cause) {
    super(model, message, sqlState, cause);
  }
}
