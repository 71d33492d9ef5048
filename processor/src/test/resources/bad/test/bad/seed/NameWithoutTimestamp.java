package test.bad.seed;

import dev.sequor.seed.Seed;
import dev.sequor.seed.SeedContext;
import dev.sequor.seed.Seeder;

@Seed(
    name = "demo-products")
public class NameWithoutTimestamp implements Seeder {

  @Override
  public void up(SeedContext context) {}

  @Override
  public void down(SeedContext context) {}
}
