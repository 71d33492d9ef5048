package dev.sequor.maven;

import dev.sequor.seed.SeedReport;
import dev.sequor.seed.SeederRunner;
import org.apache.maven.plugins.annotations.Execute;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.ResolutionScope;

/**
 * Runs every seeder the seed history does not record, in name order, each in its own transaction, skipping those
 * limited to other environments (sequelize-cli's {@code db:seed:all}). The project is compiled first.
 */
@Mojo(name = "seed-all", threadSafe = true, requiresDependencyResolution = ResolutionScope.RUNTIME)
@Execute(phase = LifecyclePhase.COMPILE)
public class SeedAllMojo extends SeedingMojo {

  @Override
  SeedReport command(SeederRunner runner) {
    return runner.seedAll();
  }
}
