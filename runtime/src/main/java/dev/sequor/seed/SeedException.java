package dev.sequor.seed;

import dev.sequor.SequorException;

/**
 * A seeder failed or refused to run, or a seed file does not fit its model. The message says what happened and
 * to what; the seeder's own exception, when it threw one, is the cause. A seeder that failed was rolled back and
 * its history is unchanged.
 */
public class SeedException extends SequorException {

  private static final long serialVersionUID = 1L;

  private final String seeder;
  private final String file;
  private final int line;
  private final String attribute;

  public SeedException(String message, String seeder, String file, int line, String attribute, Throwable cause) {
    super(message, cause);
    this.seeder = seeder;
    this.file = file;
    this.line = line;
    this.attribute = attribute;
  }

  public SeedException(String message, String seeder) {
    this(message, seeder, null, 0, null, null);
  }

  /** The seeder's name, or null when the problem is not one seeder's. */
  public String seeder() {
    return seeder;
  }

  /** The seed file or index at fault, or null. */
  public String file() {
    return file;
  }

  /** The line of {@link #file()} at fault (1-based), or 0. */
  public int line() {
    return line;
  }

  /** The attribute at fault, or null. */
  public String attribute() {
    return attribute;
  }
}
