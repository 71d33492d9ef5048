package dev.sequor;

import dev.sequor.internal.sql.SqlRenderable;
import java.util.Objects;
import java.util.function.Supplier;
import org.jooq.Field;

/**
 * One {@code SET column = ...} of an update: a value, made by {@link Attribute#set}, or a value the database
 * computes from the row, made by {@link NumberAttribute#increment} and {@link NumberAttribute#decrement}.
 *
 * @param <M> the model type
 */
public final class Assignment<M> {

  private final Attribute<M, ?> attribute;
  private final Object value;
  private final Supplier<Field<?>> computed;
  private final SqlRenderable renderable;

  private Assignment(Attribute<M, ?> attribute, Object value, Supplier<Field<?>> computed,
      SqlRenderable renderable) {
    this.attribute = Objects.requireNonNull(attribute);
    this.value = value;
    this.computed = computed;
    this.renderable = renderable;
  }

  <T> Assignment(Attribute<M, T> attribute, T value) {
    this(attribute, value, null, null);
  }

  /** {@code column = expression}, computed by the database; its jOOQ field built only when asked for. */
  static <M, T> Assignment<M> computed(Attribute<M, T> attribute, Supplier<Field<T>> expression,
      SqlRenderable renderable) {
    Objects.requireNonNull(expression);
    return new Assignment<>(attribute, null, expression::get, renderable);
  }

  /** The attribute assigned. */
  public Attribute<M, ?> attribute() {
    return attribute;
  }

  /** The new value; {@code null} for a computed assignment. */
  public Object value() {
    return value;
  }

  /** Whether the database computes the value ({@code increment}/{@code decrement}). */
  public boolean isComputed() {
    return computed != null;
  }

  /** The SQL the database computes the value with, for a computed assignment; {@code null} otherwise. */
  public Field<?> expression() {
    return computed == null ? null : computed.get();
  }

  /**
   * For the runtime; not an API. A computed assignment's value as Sequor renders it ({@code "stock" + ?}), or
   * {@code null} for a plain value or when only jOOQ can render it.
   */
  public SqlRenderable renderable() {
    return renderable;
  }

  @Override
  public String toString() {
    return attribute.name() + " = " + (computed != null ? expression() : value);
  }
}
