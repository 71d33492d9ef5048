package dev.sequor.internal;

import dev.sequor.Sequor;
import java.util.Objects;
import java.util.function.Function;

/**
 * Gives the runtime's internal packages the {@link Database} behind a {@link Sequor} (for example the seeder
 * runner, which runs each seeder in a transaction that the repositories join) without a public accessor.
 * {@code Sequor} installs the accessor when it initialises; not an API.
 */
public final class SequorAccess {

  private static volatile Function<Sequor, Database> databaseOf;

  private SequorAccess() {}

  /** Called once, by {@code Sequor}'s static initialiser. */
  public static void install(Function<Sequor, Database> accessor) {
    if (databaseOf != null) {
      throw new IllegalStateException("already installed");
    }
    databaseOf = Objects.requireNonNull(accessor);
  }

  /** The database of {@code sequor} (whose class, having an instance, has installed the accessor). */
  public static Database database(Sequor sequor) {
    return databaseOf.apply(Objects.requireNonNull(sequor, "sequor"));
  }
}
