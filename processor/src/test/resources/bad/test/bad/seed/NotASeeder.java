package test.bad.seed;

import dev.sequor.seed.Seed;
import dev.sequor.seed.SeedContext;

@Seed(name = "20261125120000-not-a-seeder")
public class NotASeeder {

  public void up(SeedContext context) {}

  public void down(SeedContext context) {}
}
