package test.seeders;

import dev.sequor.seed.Seed;
import dev.sequor.seed.SeedContext;
import dev.sequor.seed.Seeder;

/** Every environment; implements Seeder through a base class; an explicit public constructor. */
@Seed(name = "20261124090000-categories")
public class Categories extends BaseSeeder {

  public Categories() {}

  @Override
  public void up(SeedContext context) {}
}

abstract class BaseSeeder implements Seeder {

  @Override
  public void down(SeedContext context) {}
}
