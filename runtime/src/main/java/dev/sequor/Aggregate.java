package dev.sequor;

import dev.sequor.internal.Operator;
import dev.sequor.internal.SqlTree;
import java.util.Collection;

/**
 * An aggregate over the rows of model {@code M} (of each group, with {@link Select#groupBy}): {@link Fn#count()},
 * {@link Fn#sum}, {@link Fn#avg}, {@link Fn#max}, {@link Fn#min}. Sequelize's {@code sequelize.fn('SUM', ...)}.
 *
 * <p>An aggregate is typed apart from row-level {@link Expression}s, as SQL treats it: its operators make an
 * {@link AggregateCriterion}, which {@link Select#having} takes and {@code where} does not (PostgreSQL: "aggregate
 * functions are not allowed in WHERE"); it cannot be grouped by, nor nested in another aggregate. Each of these
 * mistakes fails in javac, the message naming {@code AggregateCriterion} or {@code Aggregate}. Aggregates are made by
 * {@link Fn} only; do not implement this interface.
 *
 * @param <M> the model type
 * @param <T> the Java type of the value
 */
public interface Aggregate<M, T> extends Selectable<M, T> {

  @Override
  Aggregate<M, T> as(String alias);

  /** {@code aggregate = value}, for {@link Select#having}; a {@code null} value means {@code IS NULL}. */
  default AggregateCriterion<M> eq(T value) {
    return value == null ? isNull() : SqlTree.having(Operator.EQ, this, SqlTree.value(type(), value));
  }

  /** {@code aggregate <> value}, for {@link Select#having}; a {@code null} value means {@code IS NOT NULL}. */
  default AggregateCriterion<M> ne(T value) {
    return value == null ? isNotNull() : SqlTree.having(Operator.NE, this, SqlTree.value(type(), value));
  }

  /** {@code aggregate IN (...)}, for {@link Select#having}; an empty collection matches no group. */
  default AggregateCriterion<M> in(Collection<? extends T> values) {
    return SqlTree.having(SqlTree.in(this, values, false));
  }

  /** {@code aggregate IS NULL}: a {@code sum}, {@code max} or {@code min} over no non-null values. */
  default AggregateCriterion<M> isNull() {
    return SqlTree.having(Operator.IS_NULL, this);
  }

  /** {@code aggregate IS NOT NULL}. */
  default AggregateCriterion<M> isNotNull() {
    return SqlTree.having(Operator.IS_NOT_NULL, this);
  }
}
