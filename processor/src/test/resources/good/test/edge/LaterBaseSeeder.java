package test.edge;

import dev.sequor.seed.Seed;
import dev.sequor.seed.SeedContext;

/** Implements Seeder through {@code GeneratedBase}, which another processor writes in the first round. */
@Seed(name = "20261127000000-later-base")
public class LaterBaseSeeder implements GeneratedBase {

  @Override
  public void up(SeedContext context) {}

  @Override
  public void down(SeedContext context) {}
}
