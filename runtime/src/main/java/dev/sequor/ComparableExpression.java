package dev.sequor;

import dev.sequor.internal.Operator;
import dev.sequor.internal.SqlTree;
import java.util.Collection;

/**
 * An expression whose values are ordered: numbers, dates and times, UUIDs, text and enums (in declaration
 * order, as PostgreSQL orders enum types).
 *
 * <p>Each form of a comparison has its own name, so that a mistake gets one short message from javac rather than a
 * list of candidates: {@code gt(value)} against a value, {@code gtCol(other)} against another attribute or
 * expression of the model (Sequelize's {@code col}), {@code gtAny(values)}/{@code gtAll(values)} against a list
 * (Sequelize's {@code Op.any}/{@code Op.all}). A quantified comparison over an empty list matches no row under
 * {@code ANY} and every row under {@code ALL} (SQL's rules for an empty array); a {@code null} element is refused
 * with a {@link NullPointerException}, since {@code x > ANY (ARRAY[NULL])} is never true.
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
   * an attribute or expression of the same model and type, for example {@code STOCK.gtCol(RESERVED)}.
   */
  default Criterion<M> gtCol(Expression<M, T> other) {
    return SqlTree.compare(Operator.GT, this, other);
  }

  /** {@code expr > ANY (...)}: Sequelize's {@code {[Op.gt]: {[Op.any]: [...]}}}. */
  default Criterion<M> gtAny(Collection<? extends T> values) {
    return SqlTree.quantified(this, ">", false, values);
  }

  /** {@code expr > ALL (...)}: Sequelize's {@code {[Op.gt]: {[Op.all]: [...]}}}. */
  default Criterion<M> gtAll(Collection<? extends T> values) {
    return SqlTree.quantified(this, ">", true, values);
  }

  /** {@code expr >= value}. */
  default Criterion<M> gte(T value) {
    return SqlTree.criterion(Operator.GE, this, SqlTree.value(type(), value));
  }

  /**
   * {@code expr >= other}, column against column (Sequelize's {@code {[Op.gte]: col('other')}}): {@code other} is
   * an attribute or expression of the same model and type, for example {@code STOCK.gteCol(RESERVED)}.
   */
  default Criterion<M> gteCol(Expression<M, T> other) {
    return SqlTree.compare(Operator.GE, this, other);
  }

  /** {@code expr >= ANY (...)}. */
  default Criterion<M> gteAny(Collection<? extends T> values) {
    return SqlTree.quantified(this, ">=", false, values);
  }

  /** {@code expr >= ALL (...)}. */
  default Criterion<M> gteAll(Collection<? extends T> values) {
    return SqlTree.quantified(this, ">=", true, values);
  }

  /** {@code expr < value}. */
  default Criterion<M> lt(T value) {
    return SqlTree.criterion(Operator.LT, this, SqlTree.value(type(), value));
  }

  /**
   * {@code expr < other}, column against column (Sequelize's {@code {[Op.lt]: col('other')}}): {@code other} is
   * an attribute or expression of the same model and type, for example {@code STOCK.ltCol(RESERVED)}.
   */
  default Criterion<M> ltCol(Expression<M, T> other) {
    return SqlTree.compare(Operator.LT, this, other);
  }

  /** {@code expr < ANY (...)}. */
  default Criterion<M> ltAny(Collection<? extends T> values) {
    return SqlTree.quantified(this, "<", false, values);
  }

  /** {@code expr < ALL (...)}. */
  default Criterion<M> ltAll(Collection<? extends T> values) {
    return SqlTree.quantified(this, "<", true, values);
  }

  /** {@code expr <= value}. */
  default Criterion<M> lte(T value) {
    return SqlTree.criterion(Operator.LE, this, SqlTree.value(type(), value));
  }

  /**
   * {@code expr <= other}, column against column (Sequelize's {@code {[Op.lte]: col('other')}}): {@code other} is
   * an attribute or expression of the same model and type, for example {@code STOCK.lteCol(RESERVED)}.
   */
  default Criterion<M> lteCol(Expression<M, T> other) {
    return SqlTree.compare(Operator.LE, this, other);
  }

  /** {@code expr <= ANY (...)}. */
  default Criterion<M> lteAny(Collection<? extends T> values) {
    return SqlTree.quantified(this, "<=", false, values);
  }

  /** {@code expr <= ALL (...)}. */
  default Criterion<M> lteAll(Collection<? extends T> values) {
    return SqlTree.quantified(this, "<=", true, values);
  }

  /** {@code expr BETWEEN low AND high}, both ends included. */
  default Criterion<M> between(T low, T high) {
    return SqlTree.criterion(Operator.BETWEEN, this, SqlTree.value(type(), low), SqlTree.value(type(), high));
  }

  /** {@code expr NOT BETWEEN low AND high}. */
  default Criterion<M> notBetween(T low, T high) {
    return SqlTree.criterion(Operator.NOT_BETWEEN, this, SqlTree.value(type(), low), SqlTree.value(type(), high));
  }

  /**
   * {@code expr BETWEEN low AND high} over two other attributes or expressions of the model and type, both ends
   * included: {@code STOCK.betweenCols(MIN_STOCK, MAX_STOCK)}.
   */
  default Criterion<M> betweenCols(Expression<M, T> low, Expression<M, T> high) {
    return SqlTree.compare(Operator.BETWEEN, this, low, high);
  }

  /** {@code expr NOT BETWEEN low AND high} over two other attributes or expressions of the model and type. */
  default Criterion<M> notBetweenCols(Expression<M, T> low, Expression<M, T> high) {
    return SqlTree.compare(Operator.NOT_BETWEEN, this, low, high);
  }
}
