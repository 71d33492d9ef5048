package test.bad.seed;

import dev.sequor.seed.Seed;
import dev.sequor.seed.Seeder;

@Seed(name = "20261125120000-on-interface")
public interface SeedOnInterface extends Seeder {}
