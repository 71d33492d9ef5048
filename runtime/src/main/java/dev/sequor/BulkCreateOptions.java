package dev.sequor;

import java.util.Arrays;
import java.util.List;

/**
 * Options of {@link Repository#bulkCreate(java.util.Collection, BulkCreateOptions)}, as Sequelize's:
 * {@code ignoreDuplicates} ({@code ON CONFLICT DO NOTHING}), {@code updateOnDuplicate}
 * ({@code ON CONFLICT (...) DO UPDATE SET ...}), {@code conflictAttributes} and the rows per statement.
 * Immutable.
 *
 * @param <M> the model type
 */
public final class BulkCreateOptions<M> {

  private final int batchSize;
  private final boolean ignoreDuplicates;
  private final List<Attribute<M, ?>> updateOnDuplicate;
  private final List<Attribute<M, ?>> conflictAttributes;
  private final boolean returning;

  private BulkCreateOptions(int batchSize, boolean ignoreDuplicates, List<Attribute<M, ?>> updateOnDuplicate,
      List<Attribute<M, ?>> conflictAttributes, boolean returning) {
    this.batchSize = batchSize;
    this.ignoreDuplicates = ignoreDuplicates;
    this.updateOnDuplicate = updateOnDuplicate;
    this.conflictAttributes = conflictAttributes;
    this.returning = returning;
  }

  /** Plain inserts, {@value Repository#DEFAULT_BATCH_SIZE} rows per statement. */
  public static <M> BulkCreateOptions<M> defaults() {
    return new BulkCreateOptions<>(Repository.DEFAULT_BATCH_SIZE, false, List.of(), List.of(), true);
  }

  /** {@code batchSize} rows per statement. */
  public BulkCreateOptions<M> batchSize(int batchSize) {
    if (batchSize < 1) {
      throw new IllegalArgumentException("batchSize must be >= 1, found: " + batchSize);
    }
    return new BulkCreateOptions<>(batchSize, ignoreDuplicates, updateOnDuplicate, conflictAttributes, returning);
  }

  /**
   * {@code ON CONFLICT DO NOTHING}: rows that would break a unique constraint are skipped, and left out of the
   * rows returned.
   */
  public BulkCreateOptions<M> ignoreDuplicates() {
    if (!updateOnDuplicate.isEmpty()) {
      throw new IllegalStateException("ignoreDuplicates and updateOnDuplicate exclude each other");
    }
    return new BulkCreateOptions<>(batchSize, true, updateOnDuplicate, conflictAttributes, returning);
  }

  /**
   * {@code ON CONFLICT (<conflict attributes>) DO UPDATE SET a = EXCLUDED.a, ...} for these attributes: a row
   * whose key exists updates it instead. As in Sequelize, {@code createdAt} is never updated, and
   * {@code updatedAt} only when listed.
   */
  @SafeVarargs
  public final BulkCreateOptions<M> updateOnDuplicate(Attribute<M, ?>... attributes) {
    if (ignoreDuplicates) {
      throw new IllegalStateException("ignoreDuplicates and updateOnDuplicate exclude each other");
    }
    if (attributes.length == 0) {
      throw new IllegalArgumentException("updateOnDuplicate needs at least one attribute");
    }
    return new BulkCreateOptions<>(batchSize, false, List.copyOf(Arrays.asList(attributes)), conflictAttributes,
        returning);
  }

  /**
   * The conflict target: the attributes of a unique constraint. Default: the primary key when the rows carry it,
   * else the model's first unique attribute.
   */
  @SafeVarargs
  public final BulkCreateOptions<M> conflictAttributes(Attribute<M, ?>... attributes) {
    return new BulkCreateOptions<>(batchSize, ignoreDuplicates, updateOnDuplicate,
        List.copyOf(Arrays.asList(attributes)), returning);
  }

  /**
   * Sequelize's {@code returning: false}: insert without reading the rows back, for loads that do not need
   * them (less work for the database and the client). {@code bulkCreate} then returns the instances as given:
   * without the keys, defaults and timestamps the database filled in. With {@link #ignoreDuplicates} or
   * {@link #updateOnDuplicate}, the rows are read back regardless.
   */
  public BulkCreateOptions<M> returning(boolean returning) {
    return new BulkCreateOptions<>(batchSize, ignoreDuplicates, updateOnDuplicate, conflictAttributes, returning);
  }

  /** Whether the stored rows are read back ({@code RETURNING}); true unless {@link #returning(boolean)} said no. */
  public boolean isReturning() {
    return returning;
  }

  public int batchSize() {
    return batchSize;
  }

  public boolean isIgnoreDuplicates() {
    return ignoreDuplicates;
  }

  public List<Attribute<M, ?>> updateOnDuplicate() {
    return updateOnDuplicate;
  }

  public List<Attribute<M, ?>> conflictAttributes() {
    return conflictAttributes;
  }
}
