package dev.sequor;

/** The base of every exception Sequor throws. */
public class SequorException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  public SequorException(String message) {
    super(message);
  }

  public SequorException(String message, Throwable cause) {
    super(message, cause);
  }
}
