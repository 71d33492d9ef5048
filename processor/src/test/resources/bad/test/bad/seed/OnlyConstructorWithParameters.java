package test.bad.seed;

import dev.sequor.seed.Seed;
import dev.sequor.seed.SeedContext;
import dev.sequor.seed.Seeder;

@Seed(name = "20261125120000-constructor-with-parameters")
public class OnlyConstructorWithParameters implements Seeder {

  public OnlyConstructorWithParameters(String table) {}

  @Override
  public void up(SeedContext context) {}

  @Override
  public void down(SeedContext context) {}
}
