package dev.sequor.internal;

import dev.sequor.Transaction;
import dev.sequor.TransactionOptions;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Savepoint;
import org.jooq.DSLContext;

/**
 * One level of a thread's transaction on a {@link Database}: the outermost level owns the connection's
 * transaction, a nested level is a savepoint in it. {@link Database} opens and ends the levels; this class only
 * knows how to finish its own.
 */
final class ManagedTransaction implements Transaction {

  private final Connection connection;
  private final DSLContext dsl;
  private final ManagedTransaction parent;
  private final Savepoint savepoint;
  private final TransactionOptions options;
  private boolean rollbackOnly;
  private boolean open = true;

  private ManagedTransaction(Connection connection, DSLContext dsl, ManagedTransaction parent, Savepoint savepoint,
      TransactionOptions options) {
    this.connection = connection;
    this.dsl = dsl;
    this.parent = parent;
    this.savepoint = savepoint;
    this.options = options;
  }

  /** The outermost level, on a connection already out of autocommit. */
  static ManagedTransaction outermost(Connection connection, DSLContext dsl, TransactionOptions options) {
    return new ManagedTransaction(connection, dsl, null, null, options);
  }

  /** A savepoint inside this transaction, sharing its options. */
  ManagedTransaction nested() throws SQLException {
    return new ManagedTransaction(connection, dsl, this, connection.setSavepoint(), options);
  }

  /** The connection, for {@link Database}: usable even after the callback, unlike {@link #connection()}. */
  Connection jdbc() {
    return connection;
  }

  ManagedTransaction parent() {
    return parent;
  }

  TransactionOptions options() {
    return options;
  }

  /** Commits the transaction, or releases the savepoint; rolls back instead when marked rollback-only. */
  void finish() throws SQLException {
    if (rollbackOnly) {
      rollback();
    } else if (savepoint == null) {
      connection.commit();
    } else {
      connection.releaseSavepoint(savepoint);
    }
  }

  /** Rolls back the transaction, or to the savepoint (which is then released: the level is over). */
  void rollback() throws SQLException {
    if (savepoint == null) {
      connection.rollback();
    } else {
      connection.rollback(savepoint);
      connection.releaseSavepoint(savepoint);
    }
  }

  /** The callback has returned: the level is no longer usable through this object. */
  void close() {
    open = false;
  }

  @Override
  public DSLContext dsl() {
    checkOpen();
    return dsl;
  }

  @Override
  public Connection connection() {
    checkOpen();
    return connection;
  }

  @Override
  public boolean isNested() {
    return parent != null;
  }

  @Override
  public void setRollbackOnly() {
    checkOpen();
    rollbackOnly = true;
  }

  /** A {@code Transaction} kept beyond its callback would run statements in whatever the connection does next. */
  private void checkOpen() {
    if (!open) {
      throw new IllegalStateException("this transaction has ended: use a Transaction only inside its callback");
    }
  }

  @Override
  public String toString() {
    return isNested() ? "Transaction[savepoint]" : "Transaction";
  }
}
