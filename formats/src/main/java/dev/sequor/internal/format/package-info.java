/**
 * The files Sequor's processor, runtime and Maven plugin hand each other, each defined once: the pending migration
 * ({@link dev.sequor.internal.format.PendingDirectory}, {@link dev.sequor.internal.format.PendingProblem}),
 * migration files ({@link dev.sequor.internal.format.MigrationFormat}), the seeder index
 * ({@link dev.sequor.internal.format.SeederIndexFile}), the time-stamped names of migrations and seeders
 * ({@link dev.sequor.internal.format.TimestampedName}), the models' {@code CREATE TABLE} scripts
 * ({@link dev.sequor.internal.format.SchemaScript}), and the one JSON codec of snapshots, seed files and
 * {@code toJSON} ({@link dev.sequor.internal.format.Json}).
 *
 * <p>Implementation, not an API: these classes have no compatibility promise and may change in any release. They
 * depend on nothing but the JDK, because the processor runs them inside {@code javac}.
 */
package dev.sequor.internal.format;
