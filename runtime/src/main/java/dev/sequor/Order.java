package dev.sequor;

import org.jooq.SortField;

/**
 * One key of a query's {@code ORDER BY}, made by {@link Expression#asc()} or {@link Expression#desc()}; immutable.
 * An attribute or other {@link Expression} is itself a key, ascending: {@code Query.orderBy(NAME, PRICE.desc())}.
 *
 * @param <M> the model type
 */
public interface Order<M> {

  /** The same key with {@code NULLS FIRST}. */
  Order<M> nullsFirst();

  /** The same key with {@code NULLS LAST}. */
  Order<M> nullsLast();

  /** The jOOQ sort field, for use in jOOQ's DSL. */
  SortField<?> sortField();
}
