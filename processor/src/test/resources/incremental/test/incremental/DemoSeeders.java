package test.incremental;

import dev.sequor.seed.Seed;
import dev.sequor.seed.SeedContext;
import dev.sequor.seed.Seeder;

/** A seeder with a nested one, for some environments. */
@Seed(name = "20261202090000-demo-books", environments = {"development", "test"})
public class DemoSeeders implements Seeder {

  @Override
  public void up(SeedContext context) {}

  @Override
  public void down(SeedContext context) {}

  @Seed(name = "20261201120000-demo-tags", environments = "development")
  public static class Tags implements Seeder {

    @Override
    public void up(SeedContext context) {}

    @Override
    public void down(SeedContext context) {}
  }
}
