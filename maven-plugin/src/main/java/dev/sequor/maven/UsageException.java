package dev.sequor.maven;

/**
 * Something the user has to change before a goal can go on: a bad parameter, a file in the way, a migration
 * generation that needs a decision. Its message says what and how; the goal fails without a stack trace.
 */
final class UsageException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  UsageException(String message) {
    super(message);
  }

  UsageException(String message, Throwable cause) {
    super(message, cause);
  }
}
