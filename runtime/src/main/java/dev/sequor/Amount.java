package dev.sequor;

import java.util.Objects;

/**
 * An amount to increment or decrement one numeric attribute by: {@code STOCK.by(5)}, for
 * {@link Repository#increment(Object, Amount[])} and its kin. Made by {@link NumberAttribute#by}, which takes only a
 * value of the attribute's type, so that the repository's methods need no type variable of their own. Immutable.
 *
 * @param <M> the model type
 */
public final class Amount<M> {

  private final NumberAttribute<M, ?> attribute;
  private final Number value;
  private final Assignment<M> increment;
  private final Assignment<M> decrement;

  <T extends Number & Comparable<? super T>> Amount(NumberAttribute<M, T> attribute, T value) {
    this.attribute = Objects.requireNonNull(attribute, "attribute");
    this.value = Objects.requireNonNull(value, "amount");
    this.increment = attribute.increment(value);
    this.decrement = attribute.decrement(value);
  }

  /** The attribute to change. */
  public NumberAttribute<M, ?> attribute() {
    return attribute;
  }

  /** The amount, of the attribute's Java type. */
  public Number value() {
    return value;
  }

  /** {@code SET column = column + value}. */
  Assignment<M> increment() {
    return increment;
  }

  /** {@code SET column = column - value}. */
  Assignment<M> decrement() {
    return decrement;
  }

  /** For example {@code Product.stock by 5}. */
  @Override
  public String toString() {
    return attribute + " by " + value;
  }
}
