package dev.sequor;

import java.util.Collection;
import java.util.Objects;
import org.jooq.Field;

/** Expressions the runtime builds for {@link Fn} and the expression interfaces' defaults; not an API. */
final class Expressions {

  static final char LIKE_ESCAPE = '\\';

  private Expressions() {}

  /** A plain expression over a jOOQ field. */
  record Plain<M, T>(Field<T> field, ColumnType<T> type, String label) implements Expression<M, T> {}

  record Comparable<M, T extends java.lang.Comparable<? super T>>(Field<T> field, ColumnType<T> type, String label)
      implements ComparableExpression<M, T> {}

  record Number<M, T extends java.lang.Number & java.lang.Comparable<? super T>>(Field<T> field, ColumnType<T> type,
      String label) implements NumberExpression<M, T> {}

  record Text<M>(Field<String> field, ColumnType<String> type, String label) implements StringExpression<M> {}

  /**
   * An expression under an alias. Only a select list declares the alias ({@code sum("stock") AS "total"}):
   * jOOQ renders an aliased field elsewhere as the bare alias, which PostgreSQL rejects in {@code WHERE} and
   * {@code HAVING}, so the criteria and order keys made from it use the expression itself.
   */
  record Aliased<M, T>(Expression<M, T> expression, String label, Field<T> field) implements Expression<M, T> {

    Aliased(Expression<M, T> expression, String label) {
      this(expression, label, expression.field().as(label));
    }

    @Override
    public ColumnType<T> type() {
      return expression.type();
    }

    @Override
    public Criterion<M> eq(T value) {
      return expression.eq(value);
    }

    @Override
    public Criterion<M> ne(T value) {
      return expression.ne(value);
    }

    @Override
    public Criterion<M> in(Collection<? extends T> values) {
      return expression.in(values);
    }

    @Override
    public Criterion<M> notIn(Collection<? extends T> values) {
      return expression.notIn(values);
    }

    @Override
    public Criterion<M> isNull() {
      return expression.isNull();
    }

    @Override
    public Criterion<M> isNotNull() {
      return expression.isNotNull();
    }

    @Override
    public Order<M> asc() {
      return expression.asc();
    }

    @Override
    public Order<M> desc() {
      return expression.desc();
    }
  }

  static <M, T> Expression<M, T> aliased(Expression<M, T> expression, String alias) {
    Objects.requireNonNull(alias, "alias");
    return new Aliased<>(expression instanceof Aliased<M, T> a ? a.expression() : expression, alias);
  }

  /** The field of {@code expression} as an operand of a function: without its alias, if it has one. */
  static Field<?> operand(Expression<?, ?> expression) {
    return expression instanceof Aliased<?, ?> a ? a.expression().field() : expression.field();
  }

  static <M, T extends java.lang.Number & java.lang.Comparable<? super T>> NumberExpression<M, T> number(
      Field<T> field, ColumnType<T> type) {
    return new Number<>(field, type, field.toString());
  }

  static <M, T extends java.lang.Comparable<? super T>> ComparableExpression<M, T> comparable(
      Field<T> field, ColumnType<T> type) {
    return new Comparable<>(field, type, field.toString());
  }

  static <M> StringExpression<M> text(Field<String> field) {
    return new Text<>(field, ColumnTypes.STRING, field.toString());
  }

  /** Escapes LIKE's wildcards so that a user's value matches only itself. */
  static String escapeLike(String value) {
    StringBuilder sb = new StringBuilder(value.length() + 8);
    for (int i = 0; i < value.length(); i++) {
      char c = value.charAt(i);
      if (c == '%' || c == '_' || c == LIKE_ESCAPE) {
        sb.append(LIKE_ESCAPE);
      }
      sb.append(c);
    }
    return sb.toString();
  }
}
