package dev.sequor;

import java.util.Objects;
import java.util.Optional;

/**
 * Options of {@link Sequor#transaction(TransactionOptions, TransactionCallback)}: isolation level and
 * read-only. Immutable. Options apply to an outermost transaction; a nested one (a savepoint) shares its
 * parent's and refuses different ones.
 */
public final class TransactionOptions {

  private static final TransactionOptions DEFAULTS = new TransactionOptions(null, false);

  private final Isolation isolation;
  private final boolean readOnly;

  private TransactionOptions(Isolation isolation, boolean readOnly) {
    this.isolation = isolation;
    this.readOnly = readOnly;
  }

  /** The database's default isolation, read-write. */
  public static TransactionOptions defaults() {
    return DEFAULTS;
  }

  /** These options at {@code isolation}. */
  public TransactionOptions isolation(Isolation isolation) {
    return new TransactionOptions(Objects.requireNonNull(isolation), readOnly);
  }

  /** These options, read-only ({@code SET TRANSACTION READ ONLY}): writes fail. */
  public TransactionOptions readOnly() {
    return new TransactionOptions(isolation, true);
  }

  /** The isolation level, if one is set. */
  public Optional<Isolation> isolationLevel() {
    return Optional.ofNullable(isolation);
  }

  public boolean isReadOnly() {
    return readOnly;
  }
}
