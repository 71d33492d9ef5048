/**
 * The history tables of migrations ({@code "SequorMeta"}) and seeders ({@code "SequorData"}) and the advisory lock
 * that makes the runs writing them take turns.
 *
 * <p>Implementation, not an API: no compatibility promise, any class may change in any release (see
 * {@link dev.sequor.internal}).
 */
package dev.sequor.internal.history;
