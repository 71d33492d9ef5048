package test.incremental;

import dev.sequor.seed.Seed;
import dev.sequor.seed.SeedContext;
import dev.sequor.seed.Seeder;

/** Changed: for development only. */
@Seed(name = "20261201090000-authors", environments = "development")
public class AuthorsSeeder implements Seeder {

  @Override
  public void up(SeedContext context) {}

  @Override
  public void down(SeedContext context) {}
}
