package dev.sequor;

import dev.sequor.internal.sql.Renderables;
import dev.sequor.internal.sql.SqlRenderable;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import org.jooq.Field;

/**
 * A typed SQL value over rows of model {@code M}: an attribute ({@code PRICE}), an aggregate
 * ({@code Fn.sum(STOCK)}) or a computed value ({@code Fn.lower(NAME)}). Expressions build criteria
 * ({@code where}, {@code having}), order keys and the columns of a {@link Select}. Operators take only values
 * of {@code T}: {@code PRICE.eq("x")} does not compile.
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
   * For the runtime: this expression's SQL as Sequor renders it without jOOQ, or {@code null} when only jOOQ can
   * render it (then statements using it go through jOOQ). Not an API.
   */
  default SqlRenderable renderable() {
    return null;
  }

  /**
   * The same value under an alias ({@code SELECT ... AS "alias"}), Sequelize's {@code [expr, 'alias']}: the
   * alias names the value in {@link Select#fetchMaps()} results.
   */
  default Expression<M, T> as(String alias) {
    return Expressions.aliased(this, alias);
  }

  /** {@code expr = value}; a {@code null} value means {@code IS NULL}, as in Sequelize. */
  default Criterion<M> eq(T value) {
    return value == null ? isNull()
        : Criterion.of(() -> field().eq(value), Renderables.compare(renderable(), " = ", type(), value));
  }

  /** {@code expr <> value}; a {@code null} value means {@code IS NOT NULL}, as in Sequelize. */
  default Criterion<M> ne(T value) {
    return value == null ? isNotNull()
        : Criterion.of(() -> field().ne(value), Renderables.compare(renderable(), " <> ", type(), value));
  }

  /**
   * {@code expr IN (...)}; an empty collection matches no row, as in Sequelize. This is also Sequelize's
   * bare {@code {[Op.any]: [...]}} ({@code expr = ANY (...)}), which selects the same rows.
   */
  default Criterion<M> in(Collection<? extends T> values) {
    List<T> list = new ArrayList<>(values); // a snapshot; nulls allowed, as jOOQ binds them
    return Criterion.of(() -> field().in(list),
        list.isEmpty() ? Renderables.NO_ROW : Renderables.in(renderable(), false, type(), list));
  }

  /** {@code expr IN (...)}; no values match no row, as in Sequelize. */
  @SuppressWarnings("unchecked")
  default Criterion<M> in(T... values) {
    return in(Arrays.asList(values));
  }

  /** {@code expr NOT IN (...)}; an empty collection keeps every row, as in Sequelize. */
  default Criterion<M> notIn(Collection<? extends T> values) {
    List<T> list = new ArrayList<>(values);
    return Criterion.of(() -> field().notIn(list),
        list.isEmpty() ? Renderables.EVERY_ROW : Renderables.in(renderable(), true, type(), list));
  }

  /** {@code expr NOT IN (...)}; no values keep every row, as in Sequelize. */
  @SuppressWarnings("unchecked")
  default Criterion<M> notIn(T... values) {
    return notIn(Arrays.asList(values));
  }

  /** {@code expr IS NULL}: Sequelize's {@code {[Op.is]: null}}. */
  default Criterion<M> isNull() {
    return Criterion.of(() -> field().isNull(), Renderables.suffix(renderable(), " is null"));
  }

  /** {@code expr IS NOT NULL}: Sequelize's {@code {[Op.not]: null}} / {@code {[Op.isNot]: null}}. */
  default Criterion<M> isNotNull() {
    return Criterion.of(() -> field().isNotNull(), Renderables.suffix(renderable(), " is not null"));
  }

  /** Ascending order on this expression. */
  default Order<M> asc() {
    return new Order<>(this, false);
  }

  /** Descending order on this expression. */
  default Order<M> desc() {
    return new Order<>(this, true);
  }
}
