package dev.sequor;

import org.jooq.SortField;

/**
 * One key of a query's {@code ORDER BY}, made by {@link Attribute#asc()} or {@link Attribute#desc()}.
 *
 * @param <M> the model type
 */
public final class Order<M> {

  private final SortField<?> sortField;

  Order(SortField<?> sortField) {
    this.sortField = sortField;
  }

  /** The same key with {@code NULLS FIRST}. */
  public Order<M> nullsFirst() {
    return new Order<>(sortField.nullsFirst());
  }

  /** The same key with {@code NULLS LAST}. */
  public Order<M> nullsLast() {
    return new Order<>(sortField.nullsLast());
  }

  /** The jOOQ sort field. */
  public SortField<?> sortField() {
    return sortField;
  }

  @Override
  public String toString() {
    return sortField.toString();
  }
}
