package dev.sequor.maven;

import dev.sequor.config.SequorConfig;
import java.io.File;
import java.io.IOException;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;
import org.apache.maven.plugins.annotations.ResolutionScope;

/**
 * Writes a {@code @Model} record and its create migration (sequelize-cli's {@code model:generate}):
 * {@code mvn sequor:model-generate -Dname=Product -Dattributes=name:string,price:decimal}. It runs the processor
 * over the sources without compiling them (javac -proc:only) before, to be sure no other model change is pending,
 * and after the source is written, to compute the migration.
 */
@Mojo(name = "model-generate", requiresDependencyResolution = ResolutionScope.COMPILE, threadSafe = true)
public class ModelGenerateMojo extends ModelsMojo {

  /** Required: the model's name, the class name (Product, line-item → LineItem) and the base of its table's name. */
  @Parameter(property = "name")
  String name;

  /**
   * Required: sequelize-cli's attributes, {@code name:string,price:decimal,status:enum:{draft,live}}, separated by
   * commas or spaces. Types: string, text, integer, bigint, smallint, float, real, double, decimal, boolean, date,
   * dateonly, time, uuid, blob, and enum:{A,B} (a nested Java enum).
   */
  @Parameter(property = "attributes")
  String attributes;

  /** The model's Java package; default: the project's groupId. */
  @Parameter(property = "package", defaultValue = "${project.groupId}")
  String packageName;

  @Parameter(defaultValue = "${project.build.sourceDirectory}", readonly = true, required = true)
  File sourceDirectory;

  @Override
  void run() throws IOException, MojoExecutionException, MojoFailureException {
    String example = "sequor:model-generate -Dname=Product -Dattributes=name:string,price:decimal";
    String className = required(name, "name", "the model's class name", example);
    String attributeList = required(attributes, "attributes", "the model's attributes", example);
    ModelSource model = ModelSource.of(packageName, className, ModelAttributes.parse(attributeList));
    SequorConfig config = config();
    ModelCompiler models = modelCompiler(config);
    MigrationGenerator migrations = new MigrationGenerator(models.classOutput(), config.migrationsDir(),
        config.snapshotDir(), Clock.systemUTC());
    try {
      models.compile(); // the models as they are: nothing may be pending
      List<String> warnings = new ArrayList<>();
      ModelGenerator.Result result = ModelGenerator.generate(model, sourceDirectory.toPath(), migrations, mvn(),
          () -> warnings.addAll(models.compile()));
      deletePendingOfLastCompile();
      print(warnings);
      print("New model was created at " + relative(result.model()) + ".");
      print("New migration was created at " + relative(result.migration()) + ".");
      print(result.notes());
    } catch (ModelGenerator.CompileFailedException e) {
      throw new MojoFailureException(e.getMessage(), e);
    } finally {
      models.clean();
    }
  }
}
