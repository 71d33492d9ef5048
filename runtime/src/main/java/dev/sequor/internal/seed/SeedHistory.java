package dev.sequor.internal.seed;

import dev.sequor.seed.SeedException;
import dev.sequor.internal.CurrentSchema;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * The history table {@code "SequorData"} (the role of Sequelize's {@code SequelizeData}) in the connection's
 * current schema: one row per seeder that ran, with when and how long. Every statement names the table with its
 * schema, as the migration history does.
 */
final class SeedHistory {

  static final String TABLE = "SequorData";

  /** One row. */
  record Row(String name, OffsetDateTime runAt, Duration duration) {}

  private final Connection connection;
  private final CurrentSchema schema;
  private final String table;

  private SeedHistory(Connection connection, CurrentSchema schema) {
    this.connection = connection;
    this.schema = schema;
    this.table = schema.qualify(TABLE);
  }

  /** The history in the connection's current schema (the first schema of its {@code search_path} that exists). */
  static SeedHistory of(Connection connection) throws SQLException {
    CurrentSchema current = CurrentSchema.of(connection);
    if (current.name() == null) {
      throw new SeedException("No schema to keep the seeder history in: none of the schemas on the search_path ("
          + current.searchPath() + ") exists. Create the schema, or fix currentSchema in the database URL.", null);
    }
    return new SeedHistory(connection, current);
  }

  String schema() {
    return schema.name();
  }

  boolean exists() throws SQLException {
    return schema.hasTable(connection, TABLE);
  }


  /** Creates the table unless it exists; call it holding the seeder lock. */
  void createIfMissing() throws SQLException {
    if (exists()) {
      return;
    }
    try (Statement statement = connection.createStatement()) {
      statement.execute("CREATE TABLE " + table + " ("
          + "name VARCHAR(255) PRIMARY KEY, "
          + "run_at TIMESTAMPTZ NOT NULL, "
          + "duration_ms BIGINT NOT NULL)");
    }
  }

  /** The seeders that ran, by name; none when the table does not exist yet. */
  List<Row> read() throws SQLException {
    if (!exists()) {
      return List.of();
    }
    List<Row> rows = new ArrayList<>();
    try (Statement statement = connection.createStatement();
        ResultSet rs = statement.executeQuery("SELECT name, run_at, duration_ms FROM " + table)) {
      while (rs.next()) {
        rows.add(new Row(rs.getString(1), rs.getObject(2, OffsetDateTime.class), Duration.ofMillis(rs.getLong(3))));
      }
    }
    rows.sort(Comparator.comparing(Row::name)); // Java's order, the index's order, whatever the collation
    return rows;
  }

  void insert(String name, Duration duration) throws SQLException {
    try (PreparedStatement statement = connection.prepareStatement(
        "INSERT INTO " + table + " (name, run_at, duration_ms) VALUES (?, now(), ?)")) {
      statement.setString(1, name);
      statement.setLong(2, duration.toMillis());
      statement.executeUpdate();
    }
  }

  void delete(String name) throws SQLException {
    try (PreparedStatement statement = connection.prepareStatement("DELETE FROM " + table + " WHERE name = ?")) {
      statement.setString(1, name);
      if (statement.executeUpdate() != 1) {
        throw new SQLException("no history row for " + name);
      }
    }
  }
}
