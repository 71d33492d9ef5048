package dev.sequor.maven;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Properties;
import org.apache.maven.model.Dependency;
import org.apache.maven.model.Plugin;
import org.apache.maven.model.PluginExecution;
import org.apache.maven.project.MavenProject;
import org.codehaus.plexus.util.xml.Xpp3Dom;

/**
 * What the generate goals take from the project's {@code maven-compiler-plugin} configuration (its
 * {@code default-compile} execution) to run the processor as the compile does: the processor path
 * ({@code annotationProcessorPaths}), the language level, the encoding, explicit processors, and the {@code -A}
 * options of {@code compilerArgs}. Nothing else of the compile matters to {@code javac -proc:only}: lint, debug
 * information and the bytecode target concern class files, which it never writes.
 */
final class CompilerSettings {

  static final String COMPILER_PLUGIN = "org.apache.maven.plugins:maven-compiler-plugin";
  static final String SNAPSHOT_DIR_OPTION = "sequor.snapshotDir";
  static final String PENDING_CHANGES_OPTION = "sequor.pendingChanges";

  /**
   * One entry of {@code annotationProcessorPaths}, resolved with its dependencies.
   *
   * @param version null when the project's dependencyManagement has none for it either
   * @param exclusions {@code groupId:artifactId} of each exclusion
   */
  record ProcessorArtifact(String groupId, String artifactId, String version, String classifier, String type,
      List<String> exclusions) {

    String coordinates() {
      return groupId + ":" + artifactId + (version == null ? "" : ":" + version);
    }
  }

  private final List<String> options;
  private final List<ProcessorArtifact> processorPath;
  private final Path generatedSourcesDirectory;
  private final Path snapshotDir;

  private CompilerSettings(List<String> options, List<ProcessorArtifact> processorPath,
      Path generatedSourcesDirectory, Path snapshotDir) {
    this.options = List.copyOf(options);
    this.processorPath = List.copyOf(processorPath);
    this.generatedSourcesDirectory = generatedSourcesDirectory;
    this.snapshotDir = snapshotDir;
  }

  /**
   * @param userProperties the command line's {@code -D} properties, which override the project's as they do for
   *     the compiler plugin's parameters ({@code maven.compiler.release}, ...)
   */
  static CompilerSettings of(MavenProject project, Properties userProperties) {
    Xpp3Dom config = configuration(project.getPlugin(COMPILER_PLUGIN));
    List<String> options = new ArrayList<>();
    String release = value(config, "release", "maven.compiler.release", project, userProperties);
    if (release != null) {
      options.add("--release");
      options.add(release);
    } else {
      // the compiler plugin's default source, 1.8, cannot be right for a project that compiles records: leave
      // javac's own when none is set
      String source = value(config, "source", "maven.compiler.source", project, userProperties);
      if (source != null) {
        options.add("-source");
        options.add(source);
      }
    }
    String encoding = value(config, "encoding", "project.build.sourceEncoding", project, userProperties);
    if (encoding != null) {
      options.add("-encoding");
      options.add(encoding);
    }
    if (Boolean.parseBoolean(value(config, "enablePreview", "maven.compiler.enablePreview", project,
        userProperties))) {
      options.add("--enable-preview");
    }
    List<String> processors = children(config, "annotationProcessors");
    if (!processors.isEmpty()) {
      options.add("-processor");
      options.add(String.join(",", processors));
    }
    List<String> arguments = new ArrayList<>(children(config, "compilerArgs"));
    String argument = text(config, "compilerArgument");
    if (argument != null) {
      arguments.addAll(List.of(argument.split("\\s+")));
    }
    String snapshotDir = null;
    for (String arg : arguments) {
      if (arg.startsWith("-A" + SNAPSHOT_DIR_OPTION + "=")) {
        snapshotDir = arg.substring(("-A" + SNAPSHOT_DIR_OPTION + "=").length()).strip();
      } else if (arg.startsWith("-A") && !arg.startsWith("-A" + PENDING_CHANGES_OPTION + "=")
          || arg.equals("--enable-preview") && !options.contains(arg)) {
        // the processors' options but Sequor's two, which the goals set themselves
        options.add(arg);
      }
    }
    String generated = text(config, "generatedSourcesDirectory");
    Path generatedSources = generated != null ? Path.of(generated)
        : Path.of(project.getBuild().getDirectory(), "generated-sources", "annotations");
    return new CompilerSettings(options, processorPath(config, project), generatedSources,
        snapshotDir == null || snapshotDir.isEmpty() ? null : Path.of(snapshotDir));
  }

  /** javac options beyond the paths: {@code --release}, {@code -encoding}, {@code -A...}. */
  List<String> options() {
    return options;
  }

  /** {@code annotationProcessorPaths}; empty when not set (javac then finds the processors on the class path). */
  List<ProcessorArtifact> processorPath() {
    return processorPath;
  }

  /** Where the compile writes generated sources: not a source root of the goals, which generate them again. */
  Path generatedSourcesDirectory() {
    return generatedSourcesDirectory;
  }

  /** The compile's {@code -Asequor.snapshotDir}, if it passes one. */
  Optional<Path> snapshotDir() {
    return Optional.ofNullable(snapshotDir);
  }

  /** The default-compile execution's configuration (plugin-level configuration merged in), else the plugin's. */
  private static Xpp3Dom configuration(Plugin plugin) {
    if (plugin == null) {
      return null;
    }
    for (PluginExecution execution : plugin.getExecutions()) {
      if ("default-compile".equals(execution.getId()) && execution.getConfiguration() instanceof Xpp3Dom config) {
        return config;
      }
    }
    return plugin.getConfiguration() instanceof Xpp3Dom config ? config : null;
  }

  private static List<ProcessorArtifact> processorPath(Xpp3Dom config, MavenProject project) {
    Xpp3Dom paths = config == null ? null : config.getChild("annotationProcessorPaths");
    if (paths == null) {
      return List.of();
    }
    List<ProcessorArtifact> artifacts = new ArrayList<>();
    for (Xpp3Dom path : paths.getChildren()) {
      String groupId = text(path, "groupId");
      String artifactId = text(path, "artifactId");
      if (groupId == null || artifactId == null) {
        throw new UsageException("An entry of maven-compiler-plugin's annotationProcessorPaths has no "
            + (groupId == null ? "groupId" : "artifactId") + ": " + path.toString().strip());
      }
      String type = text(path, "type") != null ? text(path, "type") : "jar";
      String classifier = text(path, "classifier") != null ? text(path, "classifier") : "";
      String version = text(path, "version") != null ? text(path, "version")
          : managedVersion(project, groupId, artifactId, type, classifier);
      List<String> exclusions = new ArrayList<>();
      Xpp3Dom excluded = path.getChild("exclusions");
      if (excluded != null) {
        for (Xpp3Dom exclusion : excluded.getChildren()) {
          exclusions.add(text(exclusion, "groupId") + ":" + text(exclusion, "artifactId"));
        }
      }
      artifacts.add(new ProcessorArtifact(groupId, artifactId, version, classifier, type, exclusions));
    }
    return artifacts;
  }

  private static String managedVersion(MavenProject project, String groupId, String artifactId, String type,
      String classifier) {
    if (project.getDependencyManagement() == null) {
      return null;
    }
    for (Dependency managed : project.getDependencyManagement().getDependencies()) {
      if (managed.getGroupId().equals(groupId) && managed.getArtifactId().equals(artifactId)
          && managed.getType().equals(type) && classifier.equals(managed.getClassifier() == null ? ""
              : managed.getClassifier())) {
        return managed.getVersion();
      }
    }
    return null;
  }

  /** The configured value, else the property that is the compiler plugin's default for it. */
  private static String value(Xpp3Dom config, String name, String property, MavenProject project,
      Properties userProperties) {
    String configured = text(config, name);
    if (configured != null) {
      return configured;
    }
    String value = userProperties.getProperty(property, project.getProperties().getProperty(property));
    return value == null || value.isBlank() ? null : value.strip();
  }

  private static String text(Xpp3Dom config, String name) {
    Xpp3Dom child = config == null ? null : config.getChild(name);
    String value = child == null ? null : child.getValue();
    return value == null || value.isBlank() ? null : value.strip();
  }

  private static List<String> children(Xpp3Dom config, String name) {
    Xpp3Dom parent = config == null ? null : config.getChild(name);
    List<String> values = new ArrayList<>();
    if (parent != null) {
      for (Xpp3Dom child : parent.getChildren()) {
        if (child.getValue() != null && !child.getValue().isBlank()) {
          values.add(child.getValue().strip());
        }
      }
    }
    return values;
  }
}
