/**
 * The seeder runner behind {@link dev.sequor.seed.SeederRunner}: the seeder index on the class path, the
 * {@link dev.sequor.seed.SeedContext} of a run, and seed files (CSV, JSON) read into model instances.
 *
 * <p>Implementation, not an API: no compatibility promise, any class may change in any release (see
 * {@link dev.sequor.internal}).
 */
package dev.sequor.internal.seed;
