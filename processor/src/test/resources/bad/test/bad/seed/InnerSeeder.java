package test.bad.seed;

import dev.sequor.seed.Seed;
import dev.sequor.seed.SeedContext;
import dev.sequor.seed.Seeder;

public class InnerSeeder {

  @Seed(name = "20261125120000-inner")
  public class Inner implements Seeder {

    @Override
    public void up(SeedContext context) {}

    @Override
    public void down(SeedContext context) {}
  }
}
