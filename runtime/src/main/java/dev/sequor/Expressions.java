package dev.sequor;

import dev.sequor.internal.sql.Renderables;
import dev.sequor.internal.sql.SqlRenderable;
import java.util.Collection;
import java.util.Objects;
import java.util.function.Supplier;
import org.jooq.Field;
import org.jooq.impl.DSL;

/** Expressions the runtime builds for {@link Fn} and the expression interfaces' defaults; not an API. */
final class Expressions {

  static final char LIKE_ESCAPE = '\\';

  private Expressions() {}

  /**
   * A jOOQ field built on first use: most expressions are only ever rendered by Sequor, and building their jOOQ
   * form eagerly (a plain-SQL template such as {@code sum({0})} is parsed) cost more than the rest of a query.
   * Racing threads build equal fields, so no lock is needed.
   */
  static final class LazyField<T> {
    private final Supplier<Field<T>> build;
    private volatile Field<T> field;

    LazyField(Supplier<Field<T>> build) {
      this.build = build;
    }

    Field<T> get() {
      Field<T> f = field;
      if (f == null) {
        f = Objects.requireNonNull(build.get());
        field = f;
      }
      return f;
    }
  }

  /**
   * What the expression records below share: a jOOQ field built on first use, and a label that is the given one
   * or else the field's SQL, rendered by jOOQ only when asked (rendering per expression made {@code Fn.count()}
   * cost ~100 µs).
   */
  private interface Built<M, T> extends Expression<M, T> {
    LazyField<T> lazyField();

    /** The label given at construction, or null. */
    String givenLabel();

    @Override
    default Field<T> field() {
      return lazyField().get();
    }

    @Override
    default String label() {
      String label = givenLabel();
      return label != null ? label : field().toString();
    }
  }

  /**
   * A plain expression over a jOOQ field, and its own rendering ({@code null} when only jOOQ renders it, as a
   * {@link Fn#literal}); likewise for the typed records below.
   */
  record Plain<M, T>(LazyField<T> lazyField, ColumnType<T> type, String givenLabel, SqlRenderable renderable)
      implements Built<M, T> {}

  record Comparable<M, T extends java.lang.Comparable<? super T>>(LazyField<T> lazyField, ColumnType<T> type,
      String givenLabel, SqlRenderable renderable) implements Built<M, T>, ComparableExpression<M, T> {}

  record Number<M, T extends java.lang.Number & java.lang.Comparable<? super T>>(LazyField<T> lazyField,
      ColumnType<T> type, String givenLabel, SqlRenderable renderable)
      implements Built<M, T>, NumberExpression<M, T> {}

  record Text<M>(LazyField<String> lazyField, ColumnType<String> type, String givenLabel, SqlRenderable renderable)
      implements Built<M, String>, StringExpression<M> {}

  /**
   * An expression under an alias. Only a select list declares the alias ({@code sum("stock") AS "total"}):
   * jOOQ renders an aliased field elsewhere as the bare alias, which PostgreSQL rejects in {@code WHERE} and
   * {@code HAVING}, so the criteria and order keys made from it use the expression itself.
   */
  record Aliased<M, T>(Expression<M, T> expression, String label, LazyField<T> lazyField)
      implements Expression<M, T> {

    Aliased(Expression<M, T> expression, String label) {
      this(expression, label, new LazyField<>(() -> expression.field().as(label)));
    }

    @Override
    public Field<T> field() {
      return lazyField.get();
    }

    @Override
    public ColumnType<T> type() {
      return expression.type();
    }

    /** Renders the expression; only a select list adds the alias (see {@link Renderables.Aliased}). */
    @Override
    public SqlRenderable renderable() {
      SqlRenderable inner = expression.renderable();
      return inner == null ? null : new Renderables.Aliased(inner, label);
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

  /** A number expression whose jOOQ field {@code field} builds when first asked for. */
  static <M, T extends java.lang.Number & java.lang.Comparable<? super T>> NumberExpression<M, T> number(
      Supplier<Field<T>> field, ColumnType<T> type, SqlRenderable renderable) {
    return new Number<>(new LazyField<>(field), type, null, renderable);
  }

  static <M, T extends java.lang.Comparable<? super T>> ComparableExpression<M, T> comparable(
      Supplier<Field<T>> field, ColumnType<T> type, SqlRenderable renderable) {
    return new Comparable<>(new LazyField<>(field), type, null, renderable);
  }

  static <M> StringExpression<M> text(Supplier<Field<String>> field, SqlRenderable renderable) {
    return new Text<>(new LazyField<>(field), ColumnTypes.STRING, null, renderable);
  }

  static <M, T> Expression<M, T> plain(Supplier<Field<T>> field, ColumnType<T> type, String label,
      SqlRenderable renderable) {
    return new Plain<>(new LazyField<>(field), type, label, renderable);
  }

  /** {@code name(expr)}: the function's rendering of an expression (without its alias), or null. */
  static SqlRenderable function(String name, Expression<?, ?> expression) {
    return Renderables.function(name + "(", expression.renderable());
  }

  /**
   * {@code expr [not ]like pattern escape '\'}: {@code startsWith} and the like, whose pattern is the escaped
   * value with wildcards around it.
   */
  static <M> Criterion<M> likeEscaped(StringExpression<M> expression, boolean not, String pattern) {
    Supplier<org.jooq.Condition> condition = not
        ? () -> expression.field().notLike(pattern, LIKE_ESCAPE)
        : () -> expression.field().like(pattern, LIKE_ESCAPE);
    SqlRenderable like = Renderables.compare(expression.renderable(), not ? " not like " : " like ",
        expression.type(), pattern);
    return Criterion.of(condition, Renderables.suffix(like, " escape '" + LIKE_ESCAPE + "'"));
  }

  /** {@code expr <operator> regex} for PostgreSQL's POSIX operators {@code ~}, {@code !~}, {@code ~*}, {@code !~*}. */
  static <M> Criterion<M> regexp(StringExpression<M> expression, String operator, String regex) {
    return Criterion.of(() -> DSL.condition("{0} " + operator + " {1}", expression.field(), DSL.val(regex)),
        Renderables.compare(expression.renderable(), " " + operator + " ", ColumnTypes.STRING, regex));
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
