package dev.sequor.maven;

import java.io.File;
import java.io.IOException;
import java.time.Instant;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;

/**
 * Writes a seeder skeleton, {@code src/main/java/<package>/seeders/<Name>.java}, a class implementing
 * {@code Seeder} annotated {@code @Seed(name = "<yyyyMMddHHmmss>-<name>")} (sequelize-cli's {@code seed:generate}):
 * {@code mvn sequor:seed-generate -Dname=demo-products}. It never overwrites a file.
 */
@Mojo(name = "seed-generate", threadSafe = true)
public class SeedGenerateMojo extends SequorMojo {

  /** Required: the seeder's name, in kebab-case after the timestamp: demo-products, demoProducts, "demo products". */
  @Parameter(property = "name")
  String name;

  /** The project's Java package; the seeder goes to its {@code seeders} subpackage. Default: the groupId. */
  @Parameter(property = "package", defaultValue = "${project.groupId}")
  String packageName;

  @Parameter(defaultValue = "${project.build.sourceDirectory}", readonly = true, required = true)
  File sourceDirectory;

  @Override
  boolean generatesFromSources() {
    return true;
  }

  @Override
  void run() throws IOException {
    String seed = required(name, "name", "the seeder's name", "sequor:seed-generate -Dname=demo-products");
    SeederSource seeder = SeederSource.of(packageName, seed, Instant.now());
    print("New seed was created at " + relative(seeder.write(sourceDirectory.toPath())) + ".");
  }
}
