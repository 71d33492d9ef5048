package test.incremental;

import dev.sequor.seed.Seed;
import dev.sequor.seed.SeedContext;
import dev.sequor.seed.Seeder;

/** Every environment. */
@Seed(name = "20261201090000-authors")
public class AuthorsSeeder implements Seeder {

  @Override
  public void up(SeedContext context) {}

  @Override
  public void down(SeedContext context) {}
}
