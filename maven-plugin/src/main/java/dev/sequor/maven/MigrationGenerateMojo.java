package dev.sequor.maven;

import dev.sequor.config.SequorConfig;
import java.io.IOException;
import java.time.Clock;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;
import org.apache.maven.plugins.annotations.ResolutionScope;

/**
 * Writes {@code <migrations>/<yyyyMMddHHmmss>-<name>.sql} with the change from the committed snapshot to the
 * models, and updates the snapshot; with no model change, an empty migration to write by hand (sequelize-cli's
 * {@code migration:generate}): {@code mvn sequor:migration-generate -Dname=add-stock}. It runs the processor over
 * the sources without compiling them (javac -proc:only), so only the models need to compile: call sites that the
 * model change broke can be fixed after.
 */
@Mojo(name = "migration-generate", requiresDependencyResolution = ResolutionScope.COMPILE, threadSafe = true)
public class MigrationGenerateMojo extends ModelsMojo {

  /** Required: the migration's name, written in kebab-case after the timestamp: add-stock, addStock, "add stock". */
  @Parameter(property = "name")
  String name;

  /**
   * Tables or columns the migration may drop, comma-separated ({@code products}, {@code products.price}), or
   * {@code *} for every drop. Without it a table or column gone from the models stops generation.
   */
  @Parameter(property = "allowDrop")
  String allowDrop;

  @Override
  void run() throws IOException, MojoExecutionException {
    String migration = required(name, "name", "the migration's name",
        "sequor:migration-generate -Dname=add-stock");
    DropPolicy drop = DropPolicy.parse(allowDrop);
    SequorConfig config = config();
    ModelCompiler models = modelCompiler(config);
    try {
      print(models.compile());
      MigrationGenerator.Result result = new MigrationGenerator(models.classOutput(), config.migrationsDir(),
          config.snapshotDir(), Clock.systemUTC()).generate(migration, drop);
      deletePendingOfLastCompile();
      print((result.skeleton() ? "No model changed: wrote an empty migration to fill in by hand at "
          : "New migration was created at ") + relative(result.file()) + ".");
      print(result.notes());
    } finally {
      models.clean();
    }
  }
}
