package dev.sequor;

/**
 * Work without a result, run in a transaction by {@link Sequor#useTransaction}.
 *
 * @param <X> the checked exception the work may throw (rethrown as is after the rollback)
 */
@FunctionalInterface
public interface TransactionConsumer<X extends Exception> {
  void run(Transaction transaction) throws X;
}
