package dev.sequor;

import dev.sequor.internal.sql.Renderables;

/**
 * A numeric expression: the comparisons, plus arithmetic for computed columns and {@link Fn#sum}/{@link Fn#avg}.
 *
 * @param <M> the model type
 * @param <T> the Java type of the value
 */
public interface NumberExpression<M, T extends Number & Comparable<? super T>> extends ComparableExpression<M, T> {

  /** {@code expr + value}. */
  default NumberExpression<M, T> plus(T value) {
    return Expressions.number(() -> field().plus(value), type(), Renderables.arithmetic(renderable(), " + ", type(), value));
  }

  /** {@code expr - value}. */
  default NumberExpression<M, T> minus(T value) {
    return Expressions.number(() -> field().minus(value), type(), Renderables.arithmetic(renderable(), " - ", type(), value));
  }

  /** {@code expr * value}. */
  default NumberExpression<M, T> times(T value) {
    return Expressions.number(() -> field().times(value), type(), Renderables.arithmetic(renderable(), " * ", type(), value));
  }

  /** {@code expr + other}, for example {@code PRICE.plus(SHIPPING)}. */
  default NumberExpression<M, T> plus(NumberExpression<M, T> other) {
    return Expressions.number(() -> field().plus(other.field()), type(),
        Renderables.arithmetic(renderable(), " + ", other.renderable()));
  }

  /** {@code expr * other}, for example {@code PRICE.times(STOCK)} for a stock value. */
  default NumberExpression<M, T> times(NumberExpression<M, T> other) {
    return Expressions.number(() -> field().times(other.field()), type(),
        Renderables.arithmetic(renderable(), " * ", other.renderable()));
  }
}
