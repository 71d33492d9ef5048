package dev.sequor;

import dev.sequor.internal.sql.SqlRenderable;
import org.jooq.SortField;

/**
 * One key of a query's {@code ORDER BY}, made by {@link Attribute#asc()} or {@link Attribute#desc()}.
 *
 * @param <M> the model type
 */
public final class Order<M> {

  /** Where {@code NULL}s go: PostgreSQL's default (last ascending, first descending), first or last. */
  private enum Nulls { DEFAULT, FIRST, LAST }

  /** Each direction's suffix, by {@code (descending ? 3 : 0) + nulls.ordinal()}: no string built per key. */
  private static final String[] SUFFIXES =
      {" asc", " asc nulls first", " asc nulls last", " desc", " desc nulls first", " desc nulls last"};

  private final Expression<?, ?> expression;
  private final boolean descending;
  private final Nulls nulls;
  private final SqlRenderable renderable;

  Order(Expression<?, ?> expression, boolean descending) {
    this(expression, descending, Nulls.DEFAULT);
  }

  private Order(Expression<?, ?> expression, boolean descending, Nulls nulls) {
    this.expression = expression;
    this.descending = descending;
    this.nulls = nulls;
    SqlRenderable key = expression.renderable();
    String suffix = SUFFIXES[(descending ? 3 : 0) + nulls.ordinal()];
    this.renderable = key == null ? null : out -> {
      key.render(out);
      out.append(suffix);
    };
  }

  /** The same key with {@code NULLS FIRST}. */
  public Order<M> nullsFirst() {
    return new Order<>(expression, descending, Nulls.FIRST);
  }

  /** The same key with {@code NULLS LAST}. */
  public Order<M> nullsLast() {
    return new Order<>(expression, descending, Nulls.LAST);
  }

  /** The jOOQ sort field. */
  public SortField<?> sortField() {
    SortField<?> field = descending ? expression.field().desc() : expression.field().asc();
    return switch (nulls) {
      case DEFAULT -> field;
      case FIRST -> field.nullsFirst();
      case LAST -> field.nullsLast();
    };
  }

  /**
   * For the runtime; not an API. The key as Sequor renders it ({@code "price" desc nulls last}), or {@code null}
   * when only jOOQ can render its expression.
   */
  public SqlRenderable renderable() {
    return renderable;
  }

  @Override
  public String toString() {
    return sortField().toString();
  }
}
