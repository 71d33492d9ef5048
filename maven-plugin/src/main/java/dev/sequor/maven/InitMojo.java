package dev.sequor.maven;

import java.io.IOException;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;

/**
 * Writes {@code sequor.properties} (development, test and production, documented, with example values and no
 * password) and creates the migrations and snapshot folders (sequelize-cli's {@code init}).
 */
@Mojo(name = "init", threadSafe = true)
public class InitMojo extends SequorMojo {

  /** Overwrite an existing sequor.properties. */
  @Parameter(property = "force", defaultValue = "false")
  boolean force;

  /** Names the example databases: {@code <artifactId>_development}, {@code <artifactId>_test}. */
  @Parameter(defaultValue = "${project.artifactId}", readonly = true)
  String artifactId;

  @Override
  void run() throws IOException {
    print(ConfigTemplate.init(basedir.toPath(), artifactId, force));
    print("Next: set the URLs in " + ConfigTemplate.FILE_NAME + ", then " + mvn() + " sequor:db-create");
  }
}
