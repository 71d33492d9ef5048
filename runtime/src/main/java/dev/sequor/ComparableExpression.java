package dev.sequor;

import dev.sequor.internal.sql.Renderables;

/**
 * An expression whose values are ordered: numbers, dates and times, UUIDs, text and enums (in declaration
 * order, as PostgreSQL orders enum types).
 *
 * @param <M> the model type
 * @param <T> the Java type of the value
 */
public interface ComparableExpression<M, T extends Comparable<? super T>> extends Expression<M, T> {

  /** {@code expr > value}. */
  default Criterion<M> gt(T value) {
    return Criterion.of(() -> field().gt(value), Renderables.compare(renderable(), " > ", type(), value));
  }

  /** {@code expr > ANY (...)} or {@code > ALL (...)}: Sequelize's {@code {[Op.gt]: {[Op.all]: [...]}}}. */
  default Criterion<M> gt(Quantified<T> values) {
    return values.compare(field(), ">");
  }

  /** {@code expr >= value}. */
  default Criterion<M> gte(T value) {
    return Criterion.of(() -> field().ge(value), Renderables.compare(renderable(), " >= ", type(), value));
  }

  /** {@code expr >= ANY (...)} or {@code >= ALL (...)}. */
  default Criterion<M> gte(Quantified<T> values) {
    return values.compare(field(), ">=");
  }

  /** {@code expr < value}. */
  default Criterion<M> lt(T value) {
    return Criterion.of(() -> field().lt(value), Renderables.compare(renderable(), " < ", type(), value));
  }

  /** {@code expr < ANY (...)} or {@code < ALL (...)}. */
  default Criterion<M> lt(Quantified<T> values) {
    return values.compare(field(), "<");
  }

  /** {@code expr <= value}. */
  default Criterion<M> lte(T value) {
    return Criterion.of(() -> field().le(value), Renderables.compare(renderable(), " <= ", type(), value));
  }

  /** {@code expr <= ANY (...)} or {@code <= ALL (...)}. */
  default Criterion<M> lte(Quantified<T> values) {
    return values.compare(field(), "<=");
  }

  /** {@code expr BETWEEN low AND high}, both ends included. */
  default Criterion<M> between(T low, T high) {
    return Criterion.of(() -> field().between(low, high), Renderables.between(renderable(), false, type(), low, high));
  }

  /** {@code expr NOT BETWEEN low AND high}. */
  default Criterion<M> notBetween(T low, T high) {
    return Criterion.of(() -> field().notBetween(low, high),
        Renderables.between(renderable(), true, type(), low, high));
  }
}
