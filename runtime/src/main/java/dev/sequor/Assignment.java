package dev.sequor;

import org.jooq.Field;

/**
 * One {@code SET column = ...} of an update: a value, made by {@link Attribute#set}, or a value the database
 * computes from the row, made by {@link NumberAttribute#increment} and {@link NumberAttribute#decrement}.
 * Immutable.
 *
 * @param <M> the model type
 */
public interface Assignment<M> {

  /** The attribute assigned. */
  Attribute<M, ?> attribute();

  /** The new value; {@code null} for a computed assignment. */
  Object value();

  /** Whether the database computes the value ({@code increment}/{@code decrement}). */
  boolean isComputed();

  /** The SQL the database computes the value with, for a computed assignment; {@code null} otherwise. */
  Field<?> expression();
}
