package dev.sequor;

import dev.sequor.internal.Operator;
import dev.sequor.internal.SqlTree;
import java.util.Arrays;
import java.util.Collection;

/**
 * A typed row-level SQL value over rows of model {@code M}: an attribute ({@code PRICE}) or a computed value
 * ({@code Fn.lower(NAME)}, {@code PRICE.times(STOCK)}). Expressions build criteria for {@code where} (and
 * {@code having}, on grouped values), {@code GROUP BY} keys, order keys and the columns of a {@link Select}; an
 * expression alone is an ascending order key. Operators take only values of {@code T}: {@code PRICE.eq("x")} does not
 * compile. Aggregates ({@code Fn.sum(STOCK)}) are not expressions but {@link Aggregate}s, kept apart so that a
 * {@code where} cannot hold one. Expressions are made by Sequor only (the generated attribute constants and
 * {@link Fn}); do not implement this interface.
 *
 * <p>Sub-interfaces add the operators that make sense for the type: {@link ComparableExpression} for ordered
 * values, {@link NumberExpression} for numbers, {@link StringExpression} for text.
 *
 * @param <M> the model type
 * @param <T> the Java type of the value
 */
public interface Expression<M, T> extends Selectable<M, T> {

  @Override
  default Expression<M, T> as(String alias) {
    return SqlTree.alias(this, alias);
  }

  /**
   * {@code expr = value}; a {@code null} value means {@code IS NULL}, as in Sequelize. To compare with another
   * attribute or expression of the model, use {@link #eqCol}.
   */
  default Criterion<M> eq(T value) {
    return value == null ? isNull() : SqlTree.criterion(Operator.EQ, this, SqlTree.value(type(), value));
  }

  /**
   * {@code expr <> value}; a {@code null} value means {@code IS NOT NULL}, as in Sequelize. To compare with another
   * attribute or expression of the model, use {@link #neCol}.
   */
  default Criterion<M> ne(T value) {
    return value == null ? isNotNull() : SqlTree.criterion(Operator.NE, this, SqlTree.value(type(), value));
  }

  /**
   * {@code expr = other}, column against column (Sequelize's {@code {[Op.eq]: col('other')}}): for example
   * {@code SHIPPED_ON.eqCol(ORDERED_ON)}. {@code other} is an attribute or expression of the same model and type.
   * Named apart from {@link #eq} so that {@code eq(null)} stays {@code IS NULL} rather than an ambiguous call. As in
   * SQL, a row where either side is {@code NULL} does not match.
   */
  default Criterion<M> eqCol(Expression<M, T> other) {
    return SqlTree.compare(Operator.EQ, this, other);
  }

  /**
   * {@code expr <> other}, column against column: see {@link #eqCol}. A row where either side is {@code NULL} does
   * not match.
   */
  default Criterion<M> neCol(Expression<M, T> other) {
    return SqlTree.compare(Operator.NE, this, other);
  }

  /**
   * {@code expr IN (...)}; an empty collection matches no row, as in Sequelize. This is also Sequelize's
   * bare {@code {[Op.any]: [...]}}. On PostgreSQL the values travel as one array parameter
   * ({@code expr = ANY (?)}), so a list of any length is one statement shape and has no parameter limit; an array
   * column's values as one array of their literals. Only a {@link ColumnType} of your own, whose array form Sequor
   * cannot know, takes a parameter per value, and more than a statement's 65,535 are refused.
   */
  default Criterion<M> in(Collection<? extends T> values) {
    return SqlTree.in(this, values, false);
  }

  /** {@code expr IN (...)}; no values match no row, as in Sequelize. */
  @SuppressWarnings("unchecked")
  default Criterion<M> in(T... values) {
    return in(Arrays.asList(values));
  }

  /** {@code expr NOT IN (...)}; an empty collection keeps every row, as in Sequelize. */
  default Criterion<M> notIn(Collection<? extends T> values) {
    return SqlTree.in(this, values, true);
  }

  /** {@code expr NOT IN (...)}; no values keep every row, as in Sequelize. */
  @SuppressWarnings("unchecked")
  default Criterion<M> notIn(T... values) {
    return notIn(Arrays.asList(values));
  }

  /** {@code expr IS NULL}: Sequelize's {@code {[Op.is]: null}}. */
  default Criterion<M> isNull() {
    return SqlTree.criterion(Operator.IS_NULL, this);
  }

  /** {@code expr IS NOT NULL}: Sequelize's {@code {[Op.not]: null}} / {@code {[Op.isNot]: null}}. */
  default Criterion<M> isNotNull() {
    return SqlTree.criterion(Operator.IS_NOT_NULL, this);
  }
}
