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

  <T extends Number & Comparable<? super T>> Amount(NumberAttribute<M, T> attribute, T value) {
    this.attribute = Objects.requireNonNull(attribute, "attribute");
    this.value = Objects.requireNonNull(value, "amount");
  }

  /** The attribute to change. */
  public NumberAttribute<M, ?> attribute() {
    return attribute;
  }

  /** The amount, of the attribute's Java type. */
  public Number value() {
    return value;
  }

  /** {@code SET column = column + value} when {@code add}, else {@code column - value}. */
  Assignment<M> assignment(boolean add) {
    return assignment(attribute, add);
  }

  @SuppressWarnings("unchecked") // the constructor took a value of the attribute's type T
  private <T extends Number & Comparable<? super T>> Assignment<M> assignment(NumberAttribute<M, T> of, boolean add) {
    T by = (T) value;
    return add ? of.increment(by) : of.decrement(by);
  }

  /** For example {@code Product.stock by 5}. */
  @Override
  public String toString() {
    return attribute + " by " + value;
  }
}
