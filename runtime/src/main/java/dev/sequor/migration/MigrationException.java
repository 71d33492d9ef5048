package dev.sequor.migration;

import dev.sequor.SequorException;

/**
 * A migration command failed or refused to run. The message says what happened, to which file, and what to do;
 * when PostgreSQL refused a statement it also holds the statement, the database's message and its SQLState
 * (the driver's exception is the cause).
 */
public class MigrationException extends SequorException {

  private static final long serialVersionUID = 1L;

  private final String migration;
  private final String statement;
  private final String sqlState;

  public MigrationException(String message, String migration, String statement, String sqlState, Throwable cause) {
    super(message, cause);
    this.migration = migration;
    this.statement = statement;
    this.sqlState = sqlState;
  }

  public MigrationException(String message, String migration) {
    this(message, migration, null, null, null);
  }

  /** The migration's name (its file name), or null when the problem is not one file's. */
  public String migration() {
    return migration;
  }

  /** The statement PostgreSQL refused, or null when no statement failed. */
  public String statement() {
    return statement;
  }

  /** PostgreSQL's SQLState of the failure (for example {@code 42P07}), or null when no statement failed. */
  public String sqlState() {
    return sqlState;
  }
}
