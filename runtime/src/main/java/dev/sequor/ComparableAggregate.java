package dev.sequor;

import dev.sequor.internal.Operator;
import dev.sequor.internal.SqlTree;

/**
 * An aggregate whose values are ordered, as every aggregate of {@link Fn} is: {@code Fn.count().gt(1L)},
 * {@code Fn.sum(STOCK).between(10, 100)}. Its criteria are {@link AggregateCriterion}s, for {@link Select#having}.
 *
 * @param <M> the model type
 * @param <T> the Java type of the value
 */
public interface ComparableAggregate<M, T extends Comparable<? super T>> extends Aggregate<M, T> {

  @Override
  ComparableAggregate<M, T> as(String alias);

  /** {@code aggregate > value}. */
  default AggregateCriterion<M> gt(T value) {
    return SqlTree.having(Operator.GT, this, SqlTree.value(type(), value));
  }

  /** {@code aggregate >= value}. */
  default AggregateCriterion<M> gte(T value) {
    return SqlTree.having(Operator.GE, this, SqlTree.value(type(), value));
  }

  /** {@code aggregate < value}. */
  default AggregateCriterion<M> lt(T value) {
    return SqlTree.having(Operator.LT, this, SqlTree.value(type(), value));
  }

  /** {@code aggregate <= value}. */
  default AggregateCriterion<M> lte(T value) {
    return SqlTree.having(Operator.LE, this, SqlTree.value(type(), value));
  }

  /** {@code aggregate BETWEEN low AND high}, both ends included. */
  default AggregateCriterion<M> between(T low, T high) {
    return SqlTree.having(Operator.BETWEEN, this, SqlTree.value(type(), low), SqlTree.value(type(), high));
  }

  /** {@code aggregate NOT BETWEEN low AND high}. */
  default AggregateCriterion<M> notBetween(T low, T high) {
    return SqlTree.having(Operator.NOT_BETWEEN, this, SqlTree.value(type(), low), SqlTree.value(type(), high));
  }
}
