package dev.sequor.maven;

import dev.sequor.DatabaseUrl;
import dev.sequor.config.SequorConfig;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Properties;
import org.postgresql.Driver;

/**
 * The server of the configured database, reached through its maintenance database {@code postgres}, as
 * sequelize-cli's {@code db:create} and {@code db:drop} do: a database cannot create or drop itself.
 */
final class DatabaseServer {

  static final String MAINTENANCE_DATABASE = "postgres";

  private final String database;
  private final String maintenanceUrl;
  private final Properties info;
  private final String display;

  private DatabaseServer(String database, String maintenanceUrl, Properties info, String display) {
    this.database = database;
    this.maintenanceUrl = maintenanceUrl;
    this.info = info;
    this.display = display;
  }

  /** The server of the configured database, with the same credentials. */
  static DatabaseServer of(SequorConfig config) {
    String database = config.database();
    DatabaseUrl maintenance = DatabaseUrl.parse(config.withDatabase(MAINTENANCE_DATABASE).url());
    Properties info = new Properties();
    if (maintenance.user() != null) {
      info.setProperty("user", maintenance.user());
    }
    if (maintenance.password() != null) {
      info.setProperty("password", maintenance.password());
    }
    return new DatabaseServer(database, maintenance.jdbcUrl(), info, maintenance.toString());
  }

  /** The configured database's name. */
  String database() {
    return database;
  }

  /** The maintenance database's URL and user: never the password. */
  String display() {
    return display;
  }

  /** {@code CREATE DATABASE "<name>"}; refuses when it exists. */
  void create() throws SQLException {
    try (Connection connection = connect()) {
      if (exists(connection)) {
        throw new UsageException("Database " + database + " already exists (server " + display + ").");
      }
      try (Statement statement = connection.createStatement()) {
        statement.execute("CREATE DATABASE " + quote(database));
      }
    }
  }

  /** {@code DROP DATABASE IF EXISTS "<name>"}; false when there was none. */
  boolean drop() throws SQLException {
    if (database.equals(MAINTENANCE_DATABASE)) {
      throw new UsageException("The configured database is " + MAINTENANCE_DATABASE + ", the maintenance database"
          + " that sequor:db-drop connects to; Sequor does not drop it.");
    }
    try (Connection connection = connect()) {
      boolean existed = exists(connection);
      try (Statement statement = connection.createStatement()) {
        statement.execute("DROP DATABASE IF EXISTS " + quote(database));
      }
      return existed;
    }
  }

  private boolean exists(Connection connection) throws SQLException {
    try (PreparedStatement query = connection.prepareStatement("SELECT 1 FROM pg_database WHERE datname = ?")) {
      query.setString(1, database);
      try (ResultSet rows = query.executeQuery()) {
        return rows.next();
      }
    }
  }

  private Connection connect() throws SQLException {
    Connection connection = new Driver().connect(maintenanceUrl, info);
    if (connection == null) {
      throw new SQLException("PostgreSQL's driver does not accept the URL " + maintenanceUrl);
    }
    return connection;
  }

  /** A PostgreSQL quoted identifier: {@code my"db} → {@code "my""db"}. */
  static String quote(String identifier) {
    return '"' + identifier.replace("\"", "\"\"") + '"';
  }
}
