package dev.sequor;

import dev.sequor.internal.Operator;
import dev.sequor.internal.SqlTree;
import java.math.BigDecimal;
import java.util.Objects;

/**
 * Aggregates and computed values for {@link Select} columns, criteria and order keys: Sequelize's
 * {@code sequelize.fn('COUNT', ...)} with types. {@code Fn.sum(STOCK)} is an {@code Integer} aggregate because
 * {@code STOCK} is; {@code Fn.count()} is a {@code Long}.
 *
 * <p>The aggregates ({@code count}, {@code sum}, {@code avg}, {@code max}, {@code min}) return an {@link Aggregate}:
 * their criteria go in {@link Select#having}, not in {@code where}; they are not grouped by, and take row-level
 * expressions only, so an aggregate of an aggregate does not compile. The row-level functions ({@code lower},
 * {@code upper}, {@code length}, {@code coalesce}, {@code literal}) return an {@link Expression}.
 *
 * <pre>{@code
 * products.select(CATEGORY, Fn.sum(STOCK)).groupBy(CATEGORY).having(Fn.sum(STOCK).gt(10)).fetch();
 * }</pre>
 */
public final class Fn {

  /** {@code count(*)} is the same aggregate for every model: one instance. */
  private static final ComparableAggregate<Object, Long> COUNT =
      SqlTree.aggregate(Operator.COUNT_ALL, ColumnTypes.LONG);

  private Fn() {}

  /**
   * {@code count(*)}: the number of rows (in each group). It belongs to no model in particular: chained before it
   * meets one ({@code Fn.count().as("n")}), it is a {@code ComparableAggregate<Object, Long>}, which the select,
   * {@code having} and {@code orderBy} of any model take.
   */
  @SuppressWarnings("unchecked") // holds no value of M
  public static <M> ComparableAggregate<M, Long> count() {
    return (ComparableAggregate<M, Long>) (ComparableAggregate<?, Long>) COUNT;
  }

  /** {@code count(expr)}: the number of rows where {@code expr} is not null. */
  public static <M> ComparableAggregate<M, Long> count(Expression<M, ?> expression) {
    return SqlTree.aggregate(Operator.COUNT, ColumnTypes.LONG, expression);
  }

  /** {@code count(DISTINCT expr)}: Sequelize's {@code count({distinct: true, col})}. */
  public static <M> ComparableAggregate<M, Long> countDistinct(Expression<M, ?> expression) {
    return SqlTree.aggregate(Operator.COUNT_DISTINCT, ColumnTypes.LONG, expression);
  }

  /**
   * {@code sum(expr)}, of the expression's type: {@code NULL} over no rows (use {@link Repository#sum}
   * for a zero). The sum of an {@code Integer} attribute is read as an {@code Integer}; a total beyond its
   * range fails with the driver's error, so sum such columns as {@code Long} attributes.
   */
  public static <M, T extends Number & Comparable<? super T>> ComparableAggregate<M, T> sum(
      NumberExpression<M, T> expression) {
    return SqlTree.aggregate(Operator.SUM, expression.type(), expression);
  }

  /** {@code avg(expr)}, as an exact {@code BigDecimal} (PostgreSQL's numeric average). */
  public static <M> ComparableAggregate<M, BigDecimal> avg(NumberExpression<M, ?> expression) {
    return SqlTree.aggregate(Operator.AVG, ColumnTypes.BIG_DECIMAL, expression);
  }

  /** {@code max(expr)}: {@code NULL} over no rows. */
  public static <M, T extends Comparable<? super T>> ComparableAggregate<M, T> max(
      ComparableExpression<M, T> expression) {
    return SqlTree.aggregate(Operator.MAX, expression.type(), expression);
  }

  /** {@code min(expr)}: {@code NULL} over no rows. */
  public static <M, T extends Comparable<? super T>> ComparableAggregate<M, T> min(
      ComparableExpression<M, T> expression) {
    return SqlTree.aggregate(Operator.MIN, expression.type(), expression);
  }

  /** {@code lower(expr)}. */
  public static <M> StringExpression<M> lower(StringExpression<M> expression) {
    return SqlTree.text(Operator.LOWER, SqlTree.unaliased(expression));
  }

  /** {@code upper(expr)}. */
  public static <M> StringExpression<M> upper(StringExpression<M> expression) {
    return SqlTree.text(Operator.UPPER, SqlTree.unaliased(expression));
  }

  /** {@code char_length(expr)}: the number of characters. */
  public static <M> NumberExpression<M, Integer> length(StringExpression<M> expression) {
    return SqlTree.number(Operator.CHAR_LENGTH, ColumnTypes.INTEGER, SqlTree.unaliased(expression));
  }

  /** {@code coalesce(expr, fallback)}: {@code fallback} where {@code expr} is null. */
  public static <M, T extends Comparable<? super T>> ComparableExpression<M, T> coalesce(
      ComparableExpression<M, T> expression, T fallback) {
    Objects.requireNonNull(fallback, "fallback");
    return SqlTree.comparable(Operator.COALESCE, expression.type(), SqlTree.unaliased(expression),
        SqlTree.value(expression.type(), fallback));
  }

  /**
   * {@code coalesce(aggregate, fallback)}: {@code fallback} where the aggregate is null, as a {@code sum} or
   * {@code max} over no values is: {@code Fn.coalesce(Fn.sum(STOCK), 0)}.
   */
  public static <M, T extends Comparable<? super T>> ComparableAggregate<M, T> coalesce(
      ComparableAggregate<M, T> aggregate, T fallback) {
    Objects.requireNonNull(fallback, "fallback");
    return SqlTree.aggregate(Operator.COALESCE, aggregate.type(), aggregate, SqlTree.value(aggregate.type(), fallback));
  }

  /**
   * A SQL fragment typed as {@code type}, Sequelize's {@code sequelize.literal}: inserted as written, so never
   * build it from user input. Use {@code {0}}-style placeholders and {@code args} for expressions.
   */
  @SafeVarargs
  public static <M, T> Expression<M, T> literal(String sql, ColumnType<T> type, Expression<M, ?>... args) {
    return SqlTree.literal(sql, type, args);
  }
}
