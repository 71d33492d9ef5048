package dev.sequor.maven;

import dev.sequor.config.SequorConfig;
import dev.sequor.internal.format.PendingDirectory;
import java.io.File;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javax.inject.Inject;
import org.apache.maven.artifact.DependencyResolutionRequiredException;
import org.apache.maven.execution.MavenSession;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugins.annotations.Parameter;
import org.eclipse.aether.RepositorySystem;
import org.eclipse.aether.artifact.ArtifactType;
import org.eclipse.aether.artifact.DefaultArtifact;
import org.eclipse.aether.collection.CollectRequest;
import org.eclipse.aether.graph.Dependency;
import org.eclipse.aether.graph.Exclusion;
import org.eclipse.aether.resolution.ArtifactResult;
import org.eclipse.aether.resolution.DependencyRequest;
import org.eclipse.aether.resolution.DependencyResolutionException;

/**
 * What the goals that generate from the models share: the processor run over the project's sources with
 * {@code javac -proc:only} ({@link ModelCompiler}), set up from the project's compile class path and its
 * {@code maven-compiler-plugin} configuration ({@link CompilerSettings}). No compile runs first: the goals need
 * only the models to compile, not the call sites a model change breaks.
 */
abstract class ModelsMojo extends SequorMojo {

  @Parameter(defaultValue = "${session}", readonly = true, required = true)
  MavenSession session;

  /** The compile's output: never on the goals' class path, and its pending change is stale once one is written. */
  @Parameter(defaultValue = "${project.build.outputDirectory}", readonly = true, required = true)
  File outputDirectory;

  @Parameter(defaultValue = "${project.build.directory}", readonly = true, required = true)
  File buildDirectory;

  /** Resolves the processor path; injected by Maven's container (JSR-330, which replaces {@code @Component}). */
  @Inject
  RepositorySystem repositorySystem;

  @Override
  final boolean generatesFromSources() {
    return true;
  }

  /** A {@link ModelCompiler} for the project's sources, comparing the models with the configured snapshot. */
  final ModelCompiler modelCompiler(SequorConfig config) throws MojoExecutionException {
    CompilerSettings compiler = CompilerSettings.of(project, session.getUserProperties());
    compiler.snapshotDir().filter(dir -> !normal(dir).equals(normal(config.snapshotDir()))).ifPresent(dir ->
        getLog().warn("maven-compiler-plugin passes -A" + CompilerSettings.SNAPSHOT_DIR_OPTION + "=" + dir
            + ", but the snapshot this goal reads and writes is " + relative(config.snapshotDir())
            + " (sequor.properties): make them the same folder, or every compile reports the models as changed."));
    List<Path> sourceRoots = project.getCompileSourceRoots().stream().map(Path::of)
        .filter(root -> !normal(root).equals(normal(compiler.generatedSourcesDirectory()))).toList();
    ModelCompiler.Settings settings = new ModelCompiler.Settings(sourceRoots, classpath(),
        processorPath(compiler.processorPath()), compiler.options());
    return new ModelCompiler(settings, buildDirectory.toPath().resolve("sequor"), config.snapshotDir(),
        basedir.toPath());
  }

  /**
   * Deletes the pending change the last compile left in {@code target/classes}: once a migration is written from
   * the models, it describes a change already made, and the compiler would not run again to replace it until a
   * source changes (so it would end up in the jar).
   */
  final void deletePendingOfLastCompile() throws IOException {
    Folders.deleteRecursively(outputDirectory.toPath().resolve(PendingDirectory.PATH));
  }

  /** The compile class path without the project's own classes, which may be those of models since deleted. */
  private List<Path> classpath() throws MojoExecutionException {
    try {
      Path classes = normal(outputDirectory.toPath());
      return project.getCompileClasspathElements().stream().map(Path::of)
          .filter(element -> !normal(element).equals(classes)).toList();
    } catch (DependencyResolutionRequiredException e) {
      throw new MojoExecutionException("The project's compile class path is not resolved: " + e.getMessage(), e);
    }
  }

  /** The files of {@code annotationProcessorPaths} and their dependencies, resolved as the compiler plugin does. */
  private List<Path> processorPath(List<CompilerSettings.ProcessorArtifact> artifacts)
      throws MojoExecutionException {
    if (artifacts.isEmpty()) {
      return List.of();
    }
    CollectRequest collect = new CollectRequest();
    for (CompilerSettings.ProcessorArtifact artifact : artifacts) {
      if (artifact.version() == null) {
        throw new UsageException("maven-compiler-plugin's annotationProcessorPaths has " + artifact.coordinates()
            + " without a version, and the project's dependencyManagement has none for it: give it one.");
      }
      ArtifactType type = session.getRepositorySession().getArtifactTypeRegistry().get(artifact.type());
      List<Exclusion> exclusions = artifact.exclusions().stream()
          .map(e -> new Exclusion(e.substring(0, e.indexOf(':')), e.substring(e.indexOf(':') + 1), "*", "*"))
          .toList();
      collect.addDependency(new Dependency(new DefaultArtifact(artifact.groupId(), artifact.artifactId(),
          artifact.classifier(), type == null ? artifact.type() : type.getExtension(), artifact.version(), type),
          "runtime", false, exclusions));
    }
    collect.setRepositories(project.getRemoteProjectRepositories());
    try {
      List<Path> files = new ArrayList<>();
      for (ArtifactResult result : repositorySystem.resolveDependencies(session.getRepositorySession(),
          new DependencyRequest(collect, null)).getArtifactResults()) {
        files.add(result.getArtifact().getFile().toPath());
      }
      return files;
    } catch (DependencyResolutionException e) {
      throw new MojoExecutionException("Cannot resolve maven-compiler-plugin's annotationProcessorPaths: "
          + e.getMessage(), e);
    }
  }

  private Path normal(Path path) {
    return basedir.toPath().resolve(path).toAbsolutePath().normalize();
  }
}
