package dev.sequor.maven;

import dev.sequor.config.SequorConfig;
import java.io.File;
import java.io.IOException;
import java.time.Clock;
import java.util.List;
import org.apache.maven.execution.MavenSession;
import org.apache.maven.plugin.BuildPluginManager;
import org.apache.maven.plugin.MojoExecution;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.Component;
import org.apache.maven.plugins.annotations.Execute;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;
import org.apache.maven.plugins.annotations.ResolutionScope;

/**
 * Writes a {@code @Model} record and its create migration (sequelize-cli's {@code model:generate}):
 * {@code ./mvnw sequor:model-generate -Dname=Product -Dattributes=name:string,price:decimal}. The project is
 * compiled before (to be sure no other model change is pending) and again after the source is written, by running
 * the same compile executions once more in this build, so that the processor computes the migration.
 */
@Mojo(name = "model-generate", requiresDependencyResolution = ResolutionScope.COMPILE, threadSafe = true)
@Execute(phase = LifecyclePhase.COMPILE)
public class ModelGenerateMojo extends SequorMojo {

  /** The model's name: the class name (Product, line-item → LineItem), and the base of its table's name. */
  @Parameter(property = "name", required = true)
  String name;

  /**
   * sequelize-cli's attributes: {@code name:string,price:decimal,status:enum:{draft,live}}, separated by commas or
   * spaces. Types: string, text, integer, bigint, smallint, float, real, double, decimal, boolean, date, dateonly,
   * time, uuid, blob, and enum:{A,B} (a nested Java enum).
   */
  @Parameter(property = "attributes", required = true)
  String attributes;

  /** The model's Java package; default: the project's groupId. */
  @Parameter(property = "package", defaultValue = "${project.groupId}")
  String packageName;

  @Parameter(defaultValue = "${project.build.sourceDirectory}", readonly = true, required = true)
  File sourceDirectory;

  @Parameter(defaultValue = "${project.build.outputDirectory}", readonly = true, required = true)
  File outputDirectory;

  @Parameter(defaultValue = "${session}", readonly = true, required = true)
  MavenSession session;

  @Parameter(defaultValue = "${mojoExecution}", readonly = true, required = true)
  MojoExecution mojoExecution;

  @Component
  BuildPluginManager pluginManager;

  @Override
  boolean generatesFromSources() {
    return true;
  }

  @Override
  void run() throws IOException, MojoFailureException {
    ModelSource model = ModelSource.of(packageName, name, ModelAttributes.parse(attributes));
    SequorConfig config = config();
    MigrationGenerator migrations = new MigrationGenerator(outputDirectory.toPath(), config.migrationsDir(),
        config.snapshotDir(), Clock.systemUTC());
    try {
      ModelGenerator.Result result = ModelGenerator.generate(model, sourceDirectory.toPath(), migrations,
          this::compileAgain);
      print("New model was created at " + relative(result.model()) + ".");
      print("New migration was created at " + relative(result.migration()) + ".");
      print(result.notes());
    } catch (ModelGenerator.CompileFailedException e) {
      throw new MojoFailureException(e.getMessage(), e);
    }
  }

  /** Runs the executions this goal forked to reach the compile phase (resources, compiler, ...) once more. */
  private void compileAgain() throws Exception {
    String key = session.getCurrentProject().getGroupId() + ":" + session.getCurrentProject().getArtifactId() + ":"
        + session.getCurrentProject().getVersion();
    List<MojoExecution> forked = mojoExecution.getForkedExecutions().get(key);
    if (forked == null || forked.isEmpty()) {
      throw new IllegalStateException("no compile was forked for " + key);
    }
    getLog().info("Compiling again, with the new model");
    for (MojoExecution execution : forked) {
      pluginManager.executeMojo(session, execution);
    }
  }
}
