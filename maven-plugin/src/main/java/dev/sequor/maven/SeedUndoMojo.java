package dev.sequor.maven;

import dev.sequor.seed.SeedReport;
import dev.sequor.seed.SeederRunner;
import org.apache.maven.plugins.annotations.Execute;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;
import org.apache.maven.plugins.annotations.ResolutionScope;

/**
 * Reverts the last seeder run, or the one of {@code -Dseed=<name>}, with its down (sequelize-cli's
 * {@code db:seed:undo}). The project is compiled first.
 */
@Mojo(name = "seed-undo", threadSafe = true, requiresDependencyResolution = ResolutionScope.RUNTIME)
@Execute(phase = LifecyclePhase.COMPILE)
public class SeedUndoMojo extends SeedingMojo {

  /** The seeder to revert, as in its {@code @Seed}; default: the last one run. */
  @Parameter(property = "seed")
  String seed;

  @Override
  SeedReport command(SeederRunner runner) {
    return seed == null || seed.isBlank() ? runner.undo() : runner.undo(seed.strip());
  }
}
