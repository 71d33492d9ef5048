package dev.sequor.internal.migration;

import dev.sequor.migration.MigrationException;
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
 * The history table {@code "SequorMeta"} (the role of Sequelize's {@code SequelizeMeta}) in the connection's
 * current schema: one row per applied migration with its file's checksum, when it was applied and how long it
 * took. Every statement names the table with its schema, so a table of that name elsewhere on the
 * {@code search_path} is never used by mistake.
 */
final class SchemaHistory {

  static final String TABLE = "SequorMeta";

  /** One row. */
  record Row(String name, String checksum, OffsetDateTime appliedAt, Duration duration) {}

  private final Connection connection;
  private final CurrentSchema schema;
  private final String table;

  private SchemaHistory(Connection connection, CurrentSchema schema) {
    this.connection = connection;
    this.schema = schema;
    this.table = schema.qualify(TABLE);
  }

  /** The history in the connection's current schema (the first schema of its {@code search_path} that exists). */
  static SchemaHistory of(Connection connection) throws SQLException {
    CurrentSchema current = CurrentSchema.of(connection);
    if (current.name() == null) {
      throw new MigrationException("No schema to keep the migration history in: none of the schemas on the"
          + " search_path (" + current.searchPath() + ") exists. Create the schema, or fix currentSchema in the database URL.",
          null);
    }
    return new SchemaHistory(connection, current);
  }

  String schema() {
    return schema.name();
  }

  /** {@code "schema"."SequorMeta"}. */
  String table() {
    return table;
  }

  boolean exists() throws SQLException {
    return schema.hasTable(connection, TABLE);
  }


  /** Creates the table unless it exists; call it holding the migration lock, so that runners never race on it. */
  void createIfMissing() throws SQLException {
    if (exists()) {
      return;
    }
    try (Statement statement = connection.createStatement()) {
      statement.execute("CREATE TABLE " + table + " ("
          + "name VARCHAR(255) PRIMARY KEY, "
          + "checksum VARCHAR(64) NOT NULL, "
          + "applied_at TIMESTAMPTZ NOT NULL, "
          + "duration_ms BIGINT NOT NULL)");
    }
  }

  /** The applied migrations, by name; none when the table does not exist yet. */
  List<Row> read() throws SQLException {
    if (!exists()) {
      return List.of();
    }
    List<Row> rows = new ArrayList<>();
    try (Statement statement = connection.createStatement();
        ResultSet rs = statement.executeQuery("SELECT name, checksum, applied_at, duration_ms FROM " + table)) {
      while (rs.next()) {
        rows.add(new Row(rs.getString(1), rs.getString(2), rs.getObject(3, OffsetDateTime.class),
            Duration.ofMillis(rs.getLong(4))));
      }
    }
    rows.sort(Comparator.comparing(Row::name)); // Java's order, the files' order, whatever the database collation
    return rows;
  }

  void insert(String name, String checksum, Duration duration) throws SQLException {
    try (PreparedStatement statement = connection.prepareStatement(
        "INSERT INTO " + table + " (name, checksum, applied_at, duration_ms) VALUES (?, ?, now(), ?)")) {
      statement.setString(1, name);
      statement.setString(2, checksum);
      statement.setLong(3, duration.toMillis());
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

  void updateChecksum(String name, String checksum) throws SQLException {
    try (PreparedStatement statement = connection.prepareStatement(
        "UPDATE " + table + " SET checksum = ? WHERE name = ?")) {
      statement.setString(1, checksum);
      statement.setString(2, name);
      statement.executeUpdate();
    }
  }
}
