package dev.sequor;

/** A row the operation needed no longer exists (Sequelize's {@code EmptyResultError}). */
public class EmptyResultException extends SequorException {

  private static final long serialVersionUID = 1L;

  public EmptyResultException(String message) {
    super(message);
  }
}
