package dev.sequor;

/**
 * One {@code SET column = value} of an update, made by {@link Attribute#set}.
 *
 * @param <M> the model type
 */
public final class Assignment<M> {

  private final Attribute<M, ?> attribute;
  private final Object value;

  <T> Assignment(Attribute<M, T> attribute, T value) {
    this.attribute = attribute;
    this.value = value;
  }

  /** The attribute assigned. */
  public Attribute<M, ?> attribute() {
    return attribute;
  }

  /** The new value. */
  public Object value() {
    return value;
  }

  @Override
  public String toString() {
    return attribute.name() + " = " + value;
  }
}
