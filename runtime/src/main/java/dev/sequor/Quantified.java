package dev.sequor;

import java.util.List;
import java.util.Objects;
import org.jooq.Field;
import org.jooq.impl.DSL;

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

  /**
   * {@code field <operator> ANY/ALL (ARRAY[?, ...])}, each value bound with the field's type, so that enums are
   * cast to their PostgreSQL type. Rendered as a template: jOOQ cannot build an array type from a custom binding.
   */
  <M> Criterion<M> compare(Field<T> field, String operator) {
    Objects.requireNonNull(field);
    if (values.isEmpty()) {
      return Criterion.of(all ? DSL.trueCondition() : DSL.falseCondition());
    }
    List<Field<T>> binds = values.stream().<Field<T>>map(v -> DSL.val(v, field)).toList();
    return Criterion.of(DSL.condition("{0} " + operator + (all ? " all" : " any") + " (array[{1}])", field,
        DSL.list(binds)));
  }

  @Override
  public String toString() {
    return (all ? "ALL " : "ANY ") + values;
  }
}
