package dev.sequor.benchmarks;

import java.math.BigDecimal;
import java.util.List;

/**
 * One way of talking to the database, one method per workload. Each method does one operation and returns a
 * digest ({@link Checksum}) of what it got back, computed on the objects the implementation naturally produces,
 * so that the harness can check the answer without forcing a conversion onto any implementation.
 */
interface Impl extends AutoCloseable {

  /** The name in the results table. */
  String name();

  /** Whether this implementation runs {@code workload} (one that shows a variant of a single workload does not). */
  default boolean runs(Workload workload) {
    return true;
  }

  /** Called before each run of a workload, outside the measurement. */
  default void beforeRun(Workload workload) {}

  /** W1: inserts one row in autocommit; the digest of the row as stored (with its id and timestamps). */
  long create(Product product);

  /** W2: inserts all rows in one transaction, {@code batchSize} per round trip; the number of rows stored. */
  int bulkCreate(List<Product> products, int batchSize);

  /** W3: the digest of the row with this id (0 when there is none). */
  long findByPk(long id);

  /**
   * W4: the ordered digest of the {@code limit} rows of {@code category} priced above {@code minPrice}, most
   * expensive first (ties by id, so that every implementation must return the same rows).
   */
  long topByCategory(String category, BigDecimal minPrice, int limit);

  /** W5: the sum of the digests of every row. */
  long findAll();

  /** W6: one page of {@code category} by id and the count of all its rows, as {@link Checksum#page}. */
  long findAndCountAll(String category, int limit, int offset);

  /** W7: count and sum of stock per category, summed as {@link Checksum#group} digests. */
  long countAndStockByCategory();

  /** W8: sets the price of the product's row (and its {@code updated_at}); the number of rows updated. */
  int updatePrice(Product product, BigDecimal price);

  /**
   * W9: the first {@code limit} parents by id, each with all its children (in any order), as the ordered digest
   * ({@link Checksum#then}) of the parents' {@link Checksum#parent} digests.
   */
  long parentsWithChildren(int limit);

  @Override
  void close();
}
