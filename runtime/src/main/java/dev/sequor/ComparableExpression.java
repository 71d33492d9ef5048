package dev.sequor;

import dev.sequor.internal.Operator;
import dev.sequor.internal.SqlTree;

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
    return SqlTree.criterion(Operator.GT, this, SqlTree.value(type(), value));
  }

  /**
   * {@code expr > other}, column against column (Sequelize's {@code {[Op.gt]: col('other')}}): {@code other} is
   * an attribute or expression of the same model and type, for example {@code STOCK.gt(RESERVED)}.
   */
  default Criterion<M> gt(Expression<M, T> other) {
    return SqlTree.compare(Operator.GT, this, other);
  }

  /** {@code expr > ANY (...)} or {@code > ALL (...)}: Sequelize's {@code {[Op.gt]: {[Op.all]: [...]}}}. */
  default Criterion<M> gt(Quantified<T> values) {
    return SqlTree.quantified(this, ">", values.isAll(), values.values());
  }

  /** {@code expr >= value}. */
  default Criterion<M> gte(T value) {
    return SqlTree.criterion(Operator.GE, this, SqlTree.value(type(), value));
  }

  /**
   * {@code expr >= other}, column against column (Sequelize's {@code {[Op.gte]: col('other')}}): {@code other} is
   * an attribute or expression of the same model and type, for example {@code STOCK.gte(RESERVED)}.
   */
  default Criterion<M> gte(Expression<M, T> other) {
    return SqlTree.compare(Operator.GE, this, other);
  }

  /** {@code expr >= ANY (...)} or {@code >= ALL (...)}. */
  default Criterion<M> gte(Quantified<T> values) {
    return SqlTree.quantified(this, ">=", values.isAll(), values.values());
  }

  /** {@code expr < value}. */
  default Criterion<M> lt(T value) {
    return SqlTree.criterion(Operator.LT, this, SqlTree.value(type(), value));
  }

  /**
   * {@code expr < other}, column against column (Sequelize's {@code {[Op.lt]: col('other')}}): {@code other} is
   * an attribute or expression of the same model and type, for example {@code STOCK.lt(RESERVED)}.
   */
  default Criterion<M> lt(Expression<M, T> other) {
    return SqlTree.compare(Operator.LT, this, other);
  }

  /** {@code expr < ANY (...)} or {@code < ALL (...)}. */
  default Criterion<M> lt(Quantified<T> values) {
    return SqlTree.quantified(this, "<", values.isAll(), values.values());
  }

  /** {@code expr <= value}. */
  default Criterion<M> lte(T value) {
    return SqlTree.criterion(Operator.LE, this, SqlTree.value(type(), value));
  }

  /**
   * {@code expr <= other}, column against column (Sequelize's {@code {[Op.lte]: col('other')}}): {@code other} is
   * an attribute or expression of the same model and type, for example {@code STOCK.lte(RESERVED)}.
   */
  default Criterion<M> lte(Expression<M, T> other) {
    return SqlTree.compare(Operator.LE, this, other);
  }

  /** {@code expr <= ANY (...)} or {@code <= ALL (...)}. */
  default Criterion<M> lte(Quantified<T> values) {
    return SqlTree.quantified(this, "<=", values.isAll(), values.values());
  }

  /** {@code expr BETWEEN low AND high}, both ends included. */
  default Criterion<M> between(T low, T high) {
    return SqlTree.criterion(Operator.BETWEEN, this, SqlTree.value(type(), low), SqlTree.value(type(), high));
  }

  /** {@code expr NOT BETWEEN low AND high}. */
  default Criterion<M> notBetween(T low, T high) {
    return SqlTree.criterion(Operator.NOT_BETWEEN, this, SqlTree.value(type(), low), SqlTree.value(type(), high));
  }

  /** {@code expr BETWEEN low AND high} over two other attributes or expressions of the model, both ends included. */
  default Criterion<M> between(Expression<M, T> low, Expression<M, T> high) {
    return SqlTree.compare(Operator.BETWEEN, this, low, high);
  }

  /** {@code expr NOT BETWEEN low AND high} over two other attributes or expressions of the model. */
  default Criterion<M> notBetween(Expression<M, T> low, Expression<M, T> high) {
    return SqlTree.compare(Operator.NOT_BETWEEN, this, low, high);
  }
}
