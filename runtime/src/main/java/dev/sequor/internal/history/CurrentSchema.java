package dev.sequor.internal.history;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * The schema a connection works in (the first schema of its {@code search_path} that exists), where the history
 * tables are; {@code name} is null when no schema on the path exists.
 */
record CurrentSchema(String name, String searchPath) {

  static CurrentSchema of(Connection connection) throws SQLException {
    try (Statement statement = connection.createStatement();
        ResultSet rs = statement.executeQuery("SELECT current_schema(), current_setting('search_path')")) {
      rs.next();
      return new CurrentSchema(rs.getString(1), rs.getString(2));
    }
  }

  /** {@code "schema"."table"}, quoted, so that a table of that name elsewhere on the search_path is never used. */
  String qualify(String table) {
    return quote(name) + "." + quote(table);
  }

  private static String quote(String identifier) {
    return '"' + identifier.replace("\"", "\"\"") + '"';
  }

  /** Whether this schema has a table (or any relation) named {@code table}. */
  boolean hasTable(Connection connection, String table) throws SQLException {
    try (PreparedStatement statement = connection.prepareStatement(
        "SELECT 1 FROM pg_catalog.pg_class c JOIN pg_catalog.pg_namespace n ON n.oid = c.relnamespace"
            + " WHERE n.nspname = ? AND c.relname = ?")) {
      statement.setString(1, name);
      statement.setString(2, table);
      try (ResultSet rs = statement.executeQuery()) {
        return rs.next();
      }
    }
  }
}
