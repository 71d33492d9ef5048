package dev.sequor.maven;

import java.sql.SQLException;
import org.apache.maven.plugins.annotations.Mojo;

/**
 * Creates the configured database, connected to the server's maintenance database {@code postgres}
 * (sequelize-cli's {@code db:create}).
 */
@Mojo(name = "db-create", threadSafe = true)
public class DbCreateMojo extends SequorMojo {

  @Override
  void run() throws SQLException {
    DatabaseServer server = DatabaseServer.of(databaseConfig());
    server.create();
    print("Database " + server.database() + " created.");
  }
}
