package dev.sequor;

import dev.sequor.internal.Operator;
import dev.sequor.internal.SqlTree;

/**
 * A numeric expression: the comparisons, plus arithmetic for computed columns and {@link Fn#sum}/{@link Fn#avg}.
 *
 * @param <M> the model type
 * @param <T> the Java type of the value
 */
public interface NumberExpression<M, T extends Number & Comparable<? super T>> extends ComparableExpression<M, T> {

  /** {@code expr + value}. */
  default NumberExpression<M, T> plus(T value) {
    return SqlTree.number(Operator.PLUS, type(), this, SqlTree.value(type(), value));
  }

  /** {@code expr - value}. */
  default NumberExpression<M, T> minus(T value) {
    return SqlTree.number(Operator.MINUS, type(), this, SqlTree.value(type(), value));
  }

  /** {@code expr * value}. */
  default NumberExpression<M, T> times(T value) {
    return SqlTree.number(Operator.TIMES, type(), this, SqlTree.value(type(), value));
  }

  /**
   * {@code expr + other}, column with column: {@code other} is an attribute or expression of the same model and type,
   * for example {@code PRICE.plusCol(SHIPPING)}.
   */
  default NumberExpression<M, T> plusCol(NumberExpression<M, T> other) {
    return SqlTree.number(Operator.PLUS, type(), this, other);
  }

  /**
   * {@code expr * other}, column with column: for example {@code PRICE.timesCol(QUANTITY)} for a line's total.
   */
  default NumberExpression<M, T> timesCol(NumberExpression<M, T> other) {
    return SqlTree.number(Operator.TIMES, type(), this, other);
  }
}
