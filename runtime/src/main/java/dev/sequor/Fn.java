package dev.sequor;

import dev.sequor.internal.sql.Renderables;
import dev.sequor.internal.sql.SqlRenderable;
import java.math.BigDecimal;
import java.util.Objects;
import org.jooq.Field;
import org.jooq.impl.DSL;
import org.jooq.impl.SQLDataType;

/**
 * Aggregate and computed values for {@link Select} columns, {@code having} and order keys: Sequelize's
 * {@code sequelize.fn('COUNT', ...)} with types. {@code Fn.sum(STOCK)} is an {@code Integer} expression
 * because {@code STOCK} is; {@code Fn.count()} is a {@code Long}.
 *
 * <pre>{@code
 * products.select(CATEGORY, Fn.sum(STOCK)).groupBy(CATEGORY).having(Fn.sum(STOCK).gt(10)).fetch();
 * }</pre>
 */
public final class Fn {

  private static final ColumnType<Long> COUNT_TYPE = ColumnTypes.LONG;
  private static final SqlRenderable COUNT_ALL = out -> out.append("count(*)");
  /** {@code count(*)} is the same expression for every model: one instance. */
  private static final NumberExpression<?, Long> COUNT =
      Expressions.number(() -> DSL.field("count(*)", SQLDataType.BIGINT), COUNT_TYPE, COUNT_ALL);

  private Fn() {}

  /** {@code count(*)}: the number of rows (in each group). */
  @SuppressWarnings("unchecked") // holds no value of M
  public static <M> NumberExpression<M, Long> count() {
    return (NumberExpression<M, Long>) COUNT;
  }

  /** {@code count(expr)}: the number of rows where {@code expr} is not null. */
  public static <M> NumberExpression<M, Long> count(Expression<M, ?> expression) {
    return Expressions.number(() -> DSL.field("count({0})", SQLDataType.BIGINT, Expressions.operand(expression)),
        COUNT_TYPE, Expressions.function("count", expression));
  }

  /** {@code count(DISTINCT expr)}: Sequelize's {@code count({distinct: true, col})}. */
  public static <M> NumberExpression<M, Long> countDistinct(Expression<M, ?> expression) {
    return Expressions.number(
        () -> DSL.field("count(distinct {0})", SQLDataType.BIGINT, Expressions.operand(expression)), COUNT_TYPE,
        Renderables.function("count(distinct ", expression.renderable()));
  }

  /**
   * {@code sum(expr)}, of the expression's type: {@code NULL} over no rows (use {@link Repository#sum}
   * for a zero). The sum of an {@code Integer} attribute is read as an {@code Integer}; a total beyond its
   * range fails with the driver's error, so sum such columns as {@code Long} attributes.
   */
  public static <M, T extends Number & Comparable<? super T>> NumberExpression<M, T> sum(
      NumberExpression<M, T> expression) {
    return Expressions.number(() -> DSL.field("sum({0})", expression.field().getDataType(), expression.field()),
        expression.type(), Expressions.function("sum", expression));
  }

  /** {@code avg(expr)}, as an exact {@code BigDecimal} (PostgreSQL's numeric average). */
  public static <M> NumberExpression<M, BigDecimal> avg(NumberExpression<M, ?> expression) {
    return Expressions.number(() -> DSL.field("avg({0})", SQLDataType.NUMERIC, expression.field()),
        ColumnTypes.BIG_DECIMAL, Expressions.function("avg", expression));
  }

  /** {@code max(expr)}: {@code NULL} over no rows. */
  public static <M, T extends Comparable<? super T>> ComparableExpression<M, T> max(
      ComparableExpression<M, T> expression) {
    return Expressions.comparable(() -> DSL.max(expression.field()), expression.type(),
        Expressions.function("max", expression));
  }

  /** {@code min(expr)}: {@code NULL} over no rows. */
  public static <M, T extends Comparable<? super T>> ComparableExpression<M, T> min(
      ComparableExpression<M, T> expression) {
    return Expressions.comparable(() -> DSL.min(expression.field()), expression.type(),
        Expressions.function("min", expression));
  }

  /** {@code lower(expr)}. */
  public static <M> StringExpression<M> lower(StringExpression<M> expression) {
    return Expressions.text(() -> DSL.lower(expression.field()), Expressions.function("lower", expression));
  }

  /** {@code upper(expr)}. */
  public static <M> StringExpression<M> upper(StringExpression<M> expression) {
    return Expressions.text(() -> DSL.upper(expression.field()), Expressions.function("upper", expression));
  }

  /** {@code char_length(expr)}: the number of characters. */
  public static <M> NumberExpression<M, Integer> length(StringExpression<M> expression) {
    return Expressions.number(() -> DSL.charLength(expression.field()), ColumnTypes.INTEGER,
        Expressions.function("char_length", expression));
  }

  /** {@code coalesce(expr, fallback)}: {@code fallback} where {@code expr} is null. */
  public static <M, T extends Comparable<? super T>> ComparableExpression<M, T> coalesce(
      ComparableExpression<M, T> expression, T fallback) {
    Objects.requireNonNull(fallback, "fallback");
    return Expressions.comparable(() -> DSL.coalesce(expression.field(), DSL.val(fallback, expression.field())),
        expression.type(), null); // jOOQ-only: the fallback's binding depends on the field's data type
  }

  /**
   * A SQL fragment typed as {@code type}, Sequelize's {@code sequelize.literal}: inserted as written, so never
   * build it from user input. Use {@code {0}}-style placeholders and {@code args} for expressions.
   */
  public static <M, T> Expression<M, T> literal(String sql, ColumnType<T> type, Expression<M, ?>... args) {
    Object[] fields = new Object[args.length];
    for (int i = 0; i < args.length; i++) {
      fields[i] = Expressions.operand(args[i]);
    }
    Field<T> field = DSL.field(sql, type.dataType(), fields); // built now: a wrong template fails here
    return Expressions.plain(() -> field, type, sql, null);
  }
}
