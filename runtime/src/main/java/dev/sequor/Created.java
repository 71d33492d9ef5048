package dev.sequor;

/**
 * The outcome of {@link Repository#findOrCreate} and {@link Repository#upsert}: the row as stored, and whether
 * this call inserted it (Sequelize's {@code [instance, created]}).
 *
 * @param instance the row as stored
 * @param created {@code true} when this call inserted the row, {@code false} when it found (or updated) it
 * @param <M> the model type
 */
public record Created<M>(M instance, boolean created) {}
