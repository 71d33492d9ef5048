package dev.sequor;

import java.util.List;

/**
 * A list of values under PostgreSQL's {@code ANY} or {@code ALL}, made by {@link Op#any} or {@link Op#all}:
 * {@code PRICE.gt(Op.all(a, b))} is {@code "price" > ALL (ARRAY[a, b])}. An empty list under {@code ANY}
 * matches no row; under {@code ALL}, every row (SQL's rules for an empty array).
 *
 * @param <T> the values' Java type
 */
public final class Quantified<T> {

  private final boolean all;
  private final List<T> values;

  Quantified(boolean all, List<T> values) {
    this.all = all;
    this.values = List.copyOf(values); // rejects nulls: "x = ANY (ARRAY[NULL])" is never true
  }

  /** Whether this is {@code ALL} (else {@code ANY}). */
  public boolean isAll() {
    return all;
  }

  /** The values. */
  public List<T> values() {
    return values;
  }

  @Override
  public String toString() {
    return (all ? "ALL " : "ANY ") + values;
  }
}
