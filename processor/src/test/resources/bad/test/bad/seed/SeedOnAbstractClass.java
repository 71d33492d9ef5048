package test.bad.seed;

import dev.sequor.seed.Seed;
import dev.sequor.seed.SeedContext;
import dev.sequor.seed.Seeder;

@Seed(name = "20261125120000-on-abstract-class")
public abstract class SeedOnAbstractClass implements Seeder {

  @Override
  public void up(SeedContext context) {}
}
