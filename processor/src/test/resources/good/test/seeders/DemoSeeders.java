package test.seeders;

import dev.sequor.seed.Seed;
import dev.sequor.seed.SeedContext;
import dev.sequor.seed.Seeder;

/** Two seeders in one file, declared out of name order; one is nested. */
@Seed(name = "20261125120500-demo-customers", environments = {"development", "test"})
public class DemoSeeders implements Seeder {

  @Override
  public void up(SeedContext context) {}

  @Override
  public void down(SeedContext context) {}

  @Seed(name = "20261125120000-demo-products", environments = "development")
  public static class Products implements Seeder {

    @Override
    public void up(SeedContext context) {}

    @Override
    public void down(SeedContext context) {}
  }
}
