package dev.sequor;

/**
 * Work run in a transaction by {@link Sequor#transaction}: commits when it returns, rolls back when it throws.
 *
 * @param <T> the result type
 * @param <X> the checked exception the work may throw (rethrown as is after the rollback)
 */
@FunctionalInterface
public interface TransactionCallback<T, X extends Exception> {
  T run(Transaction transaction) throws X;
}
