package dev.sequor;

import dev.sequor.internal.Operator;
import dev.sequor.internal.SqlTree;
import java.util.Arrays;
import java.util.Collection;
import org.jooq.Field;
import org.jooq.SortField;

/**
 * A typed SQL value over rows of model {@code M}: an attribute ({@code PRICE}), an aggregate
 * ({@code Fn.sum(STOCK)}) or a computed value ({@code Fn.lower(NAME)}). Expressions build criteria
 * ({@code where}, {@code having}), order keys and the columns of a {@link Select}. An expression is itself an
 * ascending order key, as Sequelize's {@code order: ['name']}: {@code Query.orderBy(NAME)} is
 * {@code Query.orderBy(NAME.asc())}. Operators take only values
 * of {@code T}: {@code PRICE.eq("x")} does not compile. Expressions are made by Sequor only (the generated
 * attribute constants and {@link Fn}); do not implement this interface.
 *
 * <p>Sub-interfaces add the operators that make sense for the type: {@link ComparableExpression} for ordered
 * values, {@link NumberExpression} for numbers, {@link StringExpression} for text.
 *
 * @param <M> the model type
 * @param <T> the Java type of the value
 */
public interface Expression<M, T> extends Order<M> {

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

  /** Ascending order on this expression; the expression itself is also an ascending order key. */
  default Order<M> asc() {
    return SqlTree.order(this, false);
  }

  /** Descending order on this expression. */
  default Order<M> desc() {
    return SqlTree.order(this, true);
  }

  /** Ascending order on this expression with {@code NULLS FIRST}: {@code asc().nullsFirst()}. */
  @Override
  default Order<M> nullsFirst() {
    return asc().nullsFirst();
  }

  /** Ascending order on this expression with {@code NULLS LAST}: {@code asc().nullsLast()}. */
  @Override
  default Order<M> nullsLast() {
    return asc().nullsLast();
  }

  /** The jOOQ sort field of ascending order on this expression. */
  @Override
  default SortField<?> sortField() {
    return asc().sortField();
  }
}
