package dev.sequor.maven;

import dev.sequor.seed.SeedReport;
import dev.sequor.seed.SeederRunner;
import org.apache.maven.plugins.annotations.Execute;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;
import org.apache.maven.plugins.annotations.ResolutionScope;

/**
 * Runs one seeder, {@code -Dseed=<name>}, unless the seed history says it ran (sequelize-cli's
 * {@code db:seed --seed <name>}). The project is compiled first.
 */
@Mojo(name = "seed", threadSafe = true, requiresDependencyResolution = ResolutionScope.RUNTIME)
@Execute(phase = LifecyclePhase.COMPILE)
public class SeedMojo extends SeedingMojo {

  /** The seeder's name, as in its {@code @Seed}: 20261125120000-demo-products. */
  @Parameter(property = "seed", required = true)
  String seed;

  @Override
  SeedReport command(SeederRunner runner) {
    return runner.seed(seed.strip());
  }
}
