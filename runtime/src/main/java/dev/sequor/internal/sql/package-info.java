/**
 * SQL text and bind values of the statements Sequor runs.
 *
 * <p>Implementation, not an API: no compatibility promise, any class may change in any release (see
 * {@link dev.sequor.internal}).
 */
package dev.sequor.internal.sql;
