package dev.sequor.maven;

import dev.sequor.config.SequorConfig;
import java.io.File;
import java.io.IOException;
import java.time.Clock;
import org.apache.maven.plugins.annotations.Execute;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;

/**
 * Writes {@code <migrations>/<yyyyMMddHHmmss>-<name>.sql} with the change from the committed snapshot to the
 * models, and updates the snapshot; with no model change, an empty migration to write by hand (sequelize-cli's
 * {@code migration:generate}). The project is compiled first, in the same command (the processor computes the
 * change), so it works on a fresh checkout: {@code ./mvnw sequor:migration-generate -Dname=add-stock}.
 */
@Mojo(name = "migration-generate", threadSafe = true)
@Execute(phase = LifecyclePhase.COMPILE)
public class MigrationGenerateMojo extends SequorMojo {

  /** The migration's name, written in kebab-case after the timestamp: add-stock, addStock, "add stock". */
  @Parameter(property = "name", required = true)
  String name;

  /**
   * Tables or columns the migration may drop, comma-separated ({@code products}, {@code products.price}), or
   * {@code *} for every drop. Without it a table or column gone from the models stops generation.
   */
  @Parameter(property = "allowDrop")
  String allowDrop;

  /** Where the processor wrote the pending change. */
  @Parameter(defaultValue = "${project.build.outputDirectory}", readonly = true, required = true)
  File outputDirectory;

  @Override
  boolean generatesFromSources() {
    return true;
  }

  @Override
  void run() throws IOException {
    SequorConfig config = config();
    MigrationGenerator.Result result = new MigrationGenerator(outputDirectory.toPath(), config.migrationsDir(),
        config.snapshotDir(), Clock.systemUTC()).generate(name, DropPolicy.parse(allowDrop));
    print((result.skeleton() ? "No model changed: wrote an empty migration to fill in by hand at "
        : "New migration was created at ") + relative(result.file()) + ".");
    result.notes().forEach(this::print);
  }
}
