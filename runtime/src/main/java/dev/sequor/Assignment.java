package dev.sequor;

import java.util.Objects;
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
  private final Field<?> computed;

  private Assignment(Attribute<M, ?> attribute, Object value, Field<?> computed) {
    this.attribute = Objects.requireNonNull(attribute);
    this.value = value;
    this.computed = computed;
  }

  <T> Assignment(Attribute<M, T> attribute, T value) {
    this(attribute, value, null);
  }

  /** {@code column = expression}, computed by the database. */
  static <M, T> Assignment<M> computed(Attribute<M, T> attribute, Field<T> expression) {
    return new Assignment<>(attribute, null, Objects.requireNonNull(expression));
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
    return computed;
  }

  @Override
  public String toString() {
    return attribute.name() + " = " + (computed != null ? computed : value);
  }
}
