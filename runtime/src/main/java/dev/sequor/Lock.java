package dev.sequor;

/**
 * A row lock for {@link Query#lock}: Sequelize's {@code Transaction.LOCK} levels, rendered as PostgreSQL's
 * {@code FOR UPDATE}, {@code FOR NO KEY UPDATE}, {@code FOR SHARE} and {@code FOR KEY SHARE}. Locks last until
 * the transaction ends, so take them inside {@link Sequor#transaction}.
 */
public enum Lock {
  /** {@code FOR UPDATE}: Sequelize's {@code lock: true}. */
  UPDATE,
  /** {@code FOR NO KEY UPDATE}. */
  NO_KEY_UPDATE,
  /** {@code FOR SHARE}. */
  SHARE,
  /** {@code FOR KEY SHARE}. */
  KEY_SHARE;

  /** What to do about rows another transaction has locked. */
  public enum Wait {
    /** Wait for them (the default). */
    WAIT,
    /** {@code SKIP LOCKED}: leave them out of the result. */
    SKIP_LOCKED,
    /** {@code NOWAIT}: fail at once with a {@link DatabaseException} (SQLState 55P03). */
    NOWAIT
  }
}
