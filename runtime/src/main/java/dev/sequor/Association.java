package dev.sequor;

import dev.sequor.internal.Operator;
import dev.sequor.internal.SqlTree;
import java.util.List;
import java.util.Optional;

/**
 * An association between two models, declared with {@link BelongsTo}, {@link HasOne}, {@link HasMany} or
 * {@link BelongsToMany}: the generated {@code FooModel} holds one per association ({@code OrderModel.CUSTOMER}).
 * Pass it to {@link Query#include} to load the associated rows with the rows found, as Sequelize's
 * {@code include}:
 *
 * <pre>{@code
 * orders.findAll(orders.query()
 *     .include(OrderModel.CUSTOMER)
 *     .include(OrderModel.ITEMS.where(ItemModel.QUANTITY.gt(1)).order(ItemModel.ID.asc())));
 * }</pre>
 *
 * <p>Associations are made by generated code only (through {@link GeneratedModels}); the runtime accepts no other
 * implementation of this interface. An association is an immutable value: {@link #where}, {@link #required}, {@link #include} and {@link #order}
 * return a refined copy, which includes the same association with those options.
 *
 * <p>Each included association costs one statement, whatever the number of rows: the rows found first, then,
 * per association and level of nesting, one {@code SELECT} of the associated rows whose key is among the keys found
 * ({@code IN (SELECT unnest(?))}, one array parameter). No statement runs for an association when no row found has a
 * key for it.
 *
 * @param <S> the model that declares it (the source)
 * @param <T> the associated model (the target)
 */
public interface Association<S, T> {

  /** The four kinds of Sequelize's associations. */
  enum Kind {
    /** The source holds the foreign key; one target row. */
    BELONGS_TO,
    /** The target holds the foreign key; at most one target row. */
    HAS_ONE,
    /** The target holds the foreign key; a list of target rows. */
    HAS_MANY,
    /** A join table holds both keys; a list of target rows. */
    BELONGS_TO_MANY;

    /** Whether the association holds a list. */
    public boolean isMany() {
      return this == HAS_MANY || this == BELONGS_TO_MANY;
    }
  }

  /** The alias: the name of the attribute that holds the associated rows. */
  String name();

  /** The association's kind. */
  Kind kind();

  /** The model that declares it. */
  ModelType<S, ?> source();

  /** The associated model. */
  ModelType<T, ?> target();

  /**
   * Includes only the target rows matching {@code criterion} (ANDed with any earlier one). As in Sequelize, this
   * makes the include {@link #required} unless {@code required(false)} is given after it.
   */
  Association<S, T> where(Criterion<T> criterion);

  /**
   * {@code true}: the find returns only source rows that have an associated row (matching {@link #where}), as
   * Sequelize's {@code required: true} (an inner join); {@code false}: every source row, with {@code null} or an
   * empty list where none matches (the default, a left outer join).
   */
  Association<S, T> required(boolean required);

  /** {@code required(true)}. */
  default Association<S, T> required() {
    return required(true);
  }

  /** Includes {@code nested}, an association of the target, in each target row (Sequelize's nested include). */
  Association<S, T> include(Association<T, ?> nested);

  /**
   * Orders the target rows of each source row by {@code key}, after any key already given; an attribute alone means
   * ascending.
   */
  Association<S, T> order(Order<T> key);

  /**
   * A column of the associated row, as a value of each source row: Sequelize's {@code '$customer.creditLimit$'} or
   * {@code col('customer.creditLimit')}. It builds criteria, select columns and order keys of the source like any
   * of its own attributes:
   *
   * <pre>{@code
   * orders.findAll(OrderModel.TOTAL.gtCol(OrderModel.CUSTOMER.col(CustomerModel.CREDIT_LIMIT)));
   * }</pre>
   *
   * <p>The value is read by a correlated subquery, {@code (SELECT "t"."credit_limit" FROM "customers" AS "t" WHERE
   * "t"."id" = "orders"."customer_id")}: {@code NULL} when the source row has no associated row (or none matching
   * this association's {@link #where}), so a comparison with it does not match. Only an expression of the target
   * model compiles: {@code column} may be an attribute or an expression over its attributes
   * ({@code Fn.lower(CustomerModel.NAME)}), not an aggregate, and not a {@code col} of a further association (one
   * association deep; query from a model nearer the value instead). No join is added, so the rows found are not
   * repeated, and no include is needed.
   *
   * @throws IllegalArgumentException for a {@code hasMany} or {@code belongsToMany}, which has many target rows per
   *     source row and so no single value: filter by them with {@code include(assoc.where(...))}, or query the
   *     target model; and for an association refined with {@code include}, {@code order} or {@code required}, which
   *     mean nothing here
   */
  default <V> Expression<S, V> col(Expression<T, V> column) {
    return SqlTree.expression(Operator.ASSOCIATED, column.type(), SqlTree.associated(this, column));
  }

  /** {@link #col(Expression)} of an ordered value: the result has the ordering operators ({@code gt}, ...). */
  default <V extends Comparable<? super V>> ComparableExpression<S, V> col(ComparableExpression<T, V> column) {
    return SqlTree.comparable(Operator.ASSOCIATED, column.type(), SqlTree.associated(this, column));
  }

  /** {@link #col(Expression)} of a number: the result has the arithmetic operators ({@code plus}, ...). */
  default <V extends Number & Comparable<? super V>> NumberExpression<S, V> col(NumberExpression<T, V> column) {
    return SqlTree.number(Operator.ASSOCIATED, column.type(), SqlTree.associated(this, column));
  }

  /** {@link #col(Expression)} of text: the result has the text operators ({@code like}, ...). */
  default StringExpression<S> col(StringExpression<T> column) {
    return SqlTree.text(Operator.ASSOCIATED, SqlTree.associated(this, column));
  }

  /** The criterion on target rows, if any. */
  Optional<Criterion<T>> criterion();

  /** Whether only source rows with an associated row are found. */
  boolean isRequired();

  /** The nested includes, in the order given. */
  List<Association<T, ?>> includes();

  /** The order keys of the target rows. */
  List<Order<T>> orderKeys();
}
