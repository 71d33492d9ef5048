package dev.sequor.maven;

import java.sql.SQLException;
import org.apache.maven.plugins.annotations.Mojo;

/**
 * Drops the configured database if it exists, connected to the server's maintenance database {@code postgres}
 * (sequelize-cli's {@code db:drop}).
 */
@Mojo(name = "db-drop", threadSafe = true)
public class DbDropMojo extends SequorMojo {

  @Override
  void run() throws SQLException {
    DatabaseServer server = DatabaseServer.of(databaseConfig());
    print(server.drop()
        ? "Database " + server.database() + " dropped."
        : "Database " + server.database() + " does not exist; nothing to drop.");
  }
}
