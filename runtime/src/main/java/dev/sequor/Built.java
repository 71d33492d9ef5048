package dev.sequor;

/**
 * The outcome of {@link Repository#findOrBuild}: the row found, or a new unsaved instance (Sequelize's
 * {@code [instance, built]}).
 *
 * @param instance the row found, or the instance built and not stored
 * @param built {@code true} when nothing was found and {@code instance} is new and unsaved
 * @param <M> the model type
 */
public record Built<M>(M instance, boolean built) {}
