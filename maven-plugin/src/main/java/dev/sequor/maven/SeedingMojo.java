package dev.sequor.maven;

import dev.sequor.Sequor;
import dev.sequor.config.SequorConfig;
import dev.sequor.seed.SeedReport;
import dev.sequor.seed.SeederRunner;
import java.io.File;
import java.io.IOException;
import java.net.URLClassLoader;
import java.util.List;
import org.apache.maven.artifact.Artifact;
import org.apache.maven.artifact.DependencyResolutionRequiredException;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.descriptor.PluginDescriptor;
import org.apache.maven.plugins.annotations.Parameter;

/**
 * What the goals that run seeders share: the project's compiled seeders on a class loader of their own (see
 * {@link ProjectClassLoader}), a {@link SeederRunner} on the configured database and environment, and the report.
 * Each goal is annotated {@code @Execute(phase = COMPILE)} and {@code requiresDependencyResolution = RUNTIME}, so
 * the seeders are compiled and indexed by the processor in the same command.
 */
abstract class SeedingMojo extends SequorMojo {

  /**
   * Runs the seeders without the seed history (Sequelize's {@code seederStorage: "none"}): nothing is recorded, so
   * {@code seed-all} runs every seeder each time, and undo runs every seeder's down.
   */
  @Parameter(property = "untracked", defaultValue = "false")
  boolean untracked;

  @Parameter(defaultValue = "${plugin}", readonly = true, required = true)
  PluginDescriptor plugin;

  @Override
  boolean generatesFromSources() {
    return true;
  }

  /** The runner's command for this goal. */
  abstract SeedReport command(SeederRunner runner);

  @Override
  final void run() throws MojoExecutionException, IOException {
    SequorConfig config = databaseConfig();
    Thread thread = Thread.currentThread();
    ClassLoader previous = thread.getContextClassLoader();
    try (URLClassLoader loader = ProjectClassLoader.create(ProjectClassLoader.urls(classpath(), sequorRuntime()));
        Sequor db = Sequor.connect(dataSource(config))) {
      // libraries a seeder uses (ServiceLoader, JSON mappers) look in the context loader
      thread.setContextClassLoader(loader);
      SeederRunner runner = db.seeders(loader, config.environment());
      if (untracked) {
        runner = runner.untracked();
      }
      print(Reports.seedSummary(command(runner), config.environment()));
    } finally {
      thread.setContextClassLoader(previous);
    }
  }

  private List<String> classpath() throws MojoExecutionException {
    try {
      return project.getRuntimeClasspathElements();
    } catch (DependencyResolutionRequiredException e) {
      throw new MojoExecutionException("The project's runtime class path is not resolved: " + e.getMessage(), e);
    }
  }

  /**
   * The project's sequor-runtime jar, which the plugin's own runtime replaces (see {@link ProjectClassLoader}),
   * with a warning when its version differs from the plugin's.
   */
  private List<File> sequorRuntime() {
    return project.getArtifacts().stream()
        .filter(a -> "dev.sequor".equals(a.getGroupId()) && "sequor-runtime".equals(a.getArtifactId()))
        .filter(a -> a.getFile() != null)
        .peek(this::warnOnOtherVersion)
        .map(Artifact::getFile)
        .toList();
  }

  private void warnOnOtherVersion(Artifact runtime) {
    if (!runtime.getBaseVersion().equals(plugin.getVersion())) {
      getLog().warn("The project uses sequor-runtime " + runtime.getBaseVersion() + ", the plugin runs its seeders"
          + " with sequor-runtime " + plugin.getVersion() + ": use the same version for both.");
    }
  }
}
