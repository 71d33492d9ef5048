package dev.sequor;

/**
 * Reads attribute {@code index} (in declaration order) of an instance: one per model, over the accessors
 * {@link GeneratedModels} found for it.
 *
 * @param <M> the model type
 */
@FunctionalInterface
interface AttributeAccessor<M> {
  Object get(M instance, int index);
}
