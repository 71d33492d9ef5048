package dev.sequor.internal.seed;

import dev.sequor.Sequor;
import dev.sequor.internal.Database;
import dev.sequor.seed.SeederRunner;
import java.util.Objects;

/** The {@link SeederRunner}s that {@link Sequor#seeders} hands out. */
public final class Seeders {

  private Seeders() {}

  /**
   * The seeders of the index on {@code loader}'s class path, run in {@code environment} on {@code sequor}, whose
   * transactions are {@code database}'s.
   */
  public static SeederRunner runner(Sequor sequor, Database database, ClassLoader loader, String environment) {
    return new SeederEngine(Objects.requireNonNull(sequor, "sequor"), Objects.requireNonNull(database, "database"),
        Objects.requireNonNull(loader, "loader"), Objects.requireNonNull(environment, "environment"), true);
  }
}
