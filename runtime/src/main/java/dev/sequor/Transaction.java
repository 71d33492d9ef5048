package dev.sequor;

import java.sql.Connection;
import org.jooq.DSLContext;

/**
 * The transaction a {@link Sequor#transaction} callback runs in. Every repository of the same {@code Sequor}
 * joins it on the calling thread, so finders and writes inside the callback commit or roll back together.
 * Valid only during the callback, and only on its thread.
 */
public interface Transaction {

  /** jOOQ on this transaction's connection: the generated {@code Columns} and {@code TABLE} work with it. */
  DSLContext dsl();

  /** The JDBC connection of this transaction; do not commit, roll back or close it. */
  Connection connection();

  /** Whether this is a savepoint inside an enclosing transaction. */
  boolean isNested();

  /** Roll back when the callback returns, instead of committing (its result is still returned). */
  void setRollbackOnly();
}
