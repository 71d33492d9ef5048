package dev.sequor;

/** Transaction isolation levels, Sequelize's {@code Transaction.ISOLATION_LEVELS}; PostgreSQL's default is read committed. */
public enum Isolation {
  /** Behaves as {@link #READ_COMMITTED} in PostgreSQL. */
  READ_UNCOMMITTED,
  READ_COMMITTED,
  REPEATABLE_READ,
  SERIALIZABLE
}
