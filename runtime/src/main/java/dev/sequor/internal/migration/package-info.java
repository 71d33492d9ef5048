/**
 * The migrator behind {@link dev.sequor.migration.Migrator}: migration files from a folder or the class path, their
 * sections and statements, and the runner that applies and reverts them under the history's lock.
 *
 * <p>Implementation, not an API: no compatibility promise, any class may change in any release (see
 * {@link dev.sequor.internal}).
 */
package dev.sequor.internal.migration;
