package dev.sequor;

import dev.sequor.internal.SqlTree;
import org.jooq.Field;
import org.jooq.SortField;

/**
 * A typed value a {@link Select} can return and order by: a row-level {@link Expression} (an attribute, a computed
 * value) or an {@link Aggregate} ({@code Fn.sum(STOCK)}, {@code Fn.count()}). The two are kept apart because SQL
 * keeps them apart: criteria on expressions go in {@code where}, criteria on aggregates only in
 * {@link Select#having}, and only expressions can be grouped by. Made by Sequor only; do not implement this
 * interface.
 *
 * <p>A selectable is itself an ascending order key, as Sequelize's {@code order: ['name']}:
 * {@code orderBy(NAME)} is {@code orderBy(NAME.asc())}.
 *
 * @param <M> the model type
 * @param <T> the Java type of the value
 */
public interface Selectable<M, T> extends Order<M> {

  /** The jOOQ field this value renders as, for use in jOOQ's DSL. */
  Field<T> field();

  /** How this value is bound and read. */
  ColumnType<T> type();

  /** The name of the value in a result: the attribute name, the alias given by {@link #as}, or the SQL. */
  String label();

  /**
   * The same value under an alias ({@code SELECT ... AS "alias"}), Sequelize's {@code [expr, 'alias']}: the alias
   * names the value in {@link Select#fetchMaps()} results. Sequor quotes it, so any text works, quotes and spaces
   * included.
   *
   * @throws IllegalArgumentException when the alias would break the statement or come back under another name:
   *     empty, holding NUL or an unpaired UTF-16 surrogate, or longer than the 63 bytes of UTF-8 PostgreSQL keeps
   */
  Selectable<M, T> as(String alias);

  /** Ascending order on this value; the value itself is also an ascending order key. */
  default Order<M> asc() {
    return SqlTree.order(this, false);
  }

  /** Descending order on this value. */
  default Order<M> desc() {
    return SqlTree.order(this, true);
  }

  /** Ascending order on this value with {@code NULLS FIRST}: {@code asc().nullsFirst()}. */
  @Override
  default Order<M> nullsFirst() {
    return asc().nullsFirst();
  }

  /** Ascending order on this value with {@code NULLS LAST}: {@code asc().nullsLast()}. */
  @Override
  default Order<M> nullsLast() {
    return asc().nullsLast();
  }

  /** The jOOQ sort field of ascending order on this value. */
  @Override
  default SortField<?> sortField() {
    return asc().sortField();
  }
}
