package dev.sequor.maven;

import dev.sequor.seed.SeedReport;
import dev.sequor.seed.SeederRunner;
import org.apache.maven.plugins.annotations.Execute;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.ResolutionScope;

/**
 * Reverts every seeder run, last first, each with its down (sequelize-cli's {@code db:seed:undo:all}). The project
 * is compiled first.
 */
@Mojo(name = "seed-undo-all", threadSafe = true, requiresDependencyResolution = ResolutionScope.RUNTIME)
@Execute(phase = LifecyclePhase.COMPILE)
public class SeedUndoAllMojo extends SeedingMojo {

  @Override
  SeedReport command(SeederRunner runner) {
    return runner.undoAll();
  }
}
