package dev.sequor;

import dev.sequor.internal.Operator;
import dev.sequor.internal.SqlTree;
import java.util.Arrays;
import java.util.Collection;
import org.jooq.Field;

/**
 * A typed SQL value over rows of model {@code M}: an attribute ({@code PRICE}), an aggregate
 * ({@code Fn.sum(STOCK)}) or a computed value ({@code Fn.lower(NAME)}). Expressions build criteria
 * ({@code where}, {@code having}), order keys and the columns of a {@link Select}. Operators take only values
 * of {@code T}: {@code PRICE.eq("x")} does not compile. Expressions are made by Sequor only (the generated
 * attribute constants and {@link Fn}); do not implement this interface.
 *
 * <p>Sub-interfaces add the operators that make sense for the type: {@link ComparableExpression} for ordered
 * values, {@link NumberExpression} for numbers, {@link StringExpression} for text.
 *
 * @param <M> the model type
 * @param <T> the Java type of the value
 */
public interface Expression<M, T> {

  /** The jOOQ field this expression renders as, for use in jOOQ's DSL. */
  Field<T> field();

  /** How values of this expression are bound and read. */
  ColumnType<T> type();

  /** The name of the value in a result: the attribute name, the alias given by {@link #as}, or the SQL. */
  String label();

  /**
   * The same value under an alias ({@code SELECT ... AS "alias"}), Sequelize's {@code [expr, 'alias']}: the
   * alias names the value in {@link Select#fetchMaps()} results. Sequor quotes it, so any text works, quotes and
   * spaces included.
   *
   * @throws IllegalArgumentException when the alias would break the statement or come back under another name:
   *     empty, holding NUL or an unpaired UTF-16 surrogate, or longer than the 63 bytes of UTF-8 PostgreSQL keeps
   */
  default Expression<M, T> as(String alias) {
    return SqlTree.alias(this, alias);
  }

  /** {@code expr = value}; a {@code null} value means {@code IS NULL}, as in Sequelize. */
  default Criterion<M> eq(T value) {
    return value == null ? isNull() : SqlTree.criterion(Operator.EQ, this, SqlTree.value(type(), value));
  }

  /** {@code expr <> value}; a {@code null} value means {@code IS NOT NULL}, as in Sequelize. */
  default Criterion<M> ne(T value) {
    return value == null ? isNotNull() : SqlTree.criterion(Operator.NE, this, SqlTree.value(type(), value));
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

  /** Ascending order on this expression. */
  default Order<M> asc() {
    return SqlTree.order(this, false);
  }

  /** Descending order on this expression. */
  default Order<M> desc() {
    return SqlTree.order(this, true);
  }
}
