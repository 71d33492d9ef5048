package dev.sequor;

/**
 * Reads attribute {@code index} (in declaration order) of an instance: one generated method per model
 * instead of a method reference per attribute, which keeps {@code javac} fast on large models.
 *
 * @param <M> the model type
 */
@FunctionalInterface
public interface AttributeAccessor<M> {
  Object get(M instance, int index);
}
