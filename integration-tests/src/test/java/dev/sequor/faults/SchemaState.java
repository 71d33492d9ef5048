package dev.sequor.faults;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

/**
 * What a schema holds, read from the catalog: its content (every relation, column with type, nullability and
 * default, index with its validity, constraint and enum type, and each table's rows as a count and a digest) and the
 * names in its migration history. Two states are equal when the catalog shows the same objects and the tables hold
 * the same rows.
 *
 * @param content sorted lines; the history table itself is left out
 * @param history the applied migrations in name order; empty when the history table does not exist (yet)
 */
record SchemaState(List<String> content, List<String> history) {

  static final String HISTORY_TABLE = "SequorMeta";

  /** Catalog lines of one schema (the parameter); each query yields lines that say what they are. */
  private static final List<String> CATALOG = List.of(
      "SELECT 'relation ' || c.relkind::text || ' ' || c.relname FROM pg_class c"
          + " JOIN pg_namespace n ON n.oid = c.relnamespace"
          + " WHERE n.nspname = ? AND c.relname NOT IN ('SequorMeta', 'SequorMeta_pkey')",
      "SELECT 'column ' || c.relname || '.' || a.attname || ' ' || format_type(a.atttypid, a.atttypmod)"
          + " || CASE WHEN a.attnotnull THEN ' not null' ELSE '' END"
          + " || coalesce(' default ' || pg_get_expr(d.adbin, d.adrelid), '')"
          + " || CASE WHEN a.attidentity <> '' THEN ' identity ' || a.attidentity::text ELSE '' END"
          + " FROM pg_attribute a JOIN pg_class c ON c.oid = a.attrelid"
          + " JOIN pg_namespace n ON n.oid = c.relnamespace"
          + " LEFT JOIN pg_attrdef d ON d.adrelid = a.attrelid AND d.adnum = a.attnum"
          + " WHERE n.nspname = ? AND c.relkind IN ('r', 'p', 'v') AND a.attnum > 0 AND NOT a.attisdropped"
          + " AND c.relname <> 'SequorMeta'",
      // an index left by an interrupted CREATE INDEX CONCURRENTLY is invalid: a partial schema
      "SELECT 'index ' || pg_get_indexdef(i.indexrelid)"
          + " || CASE WHEN i.indisvalid THEN '' ELSE ' INVALID' END"
          + " || CASE WHEN i.indisready THEN '' ELSE ' NOT READY' END"
          + " FROM pg_index i JOIN pg_class c ON c.oid = i.indrelid JOIN pg_namespace n ON n.oid = c.relnamespace"
          + " WHERE n.nspname = ? AND c.relname <> 'SequorMeta'",
      "SELECT 'constraint ' || c.relname || ' ' || k.conname || ' ' || pg_get_constraintdef(k.oid)"
          + " FROM pg_constraint k JOIN pg_class c ON c.oid = k.conrelid JOIN pg_namespace n ON n.oid = c.relnamespace"
          + " WHERE n.nspname = ? AND c.relname <> 'SequorMeta'",
      "SELECT 'type ' || t.typname || ' ' || t.typtype::text || ' ' || coalesce((SELECT string_agg(e.enumlabel, ','"
          + " ORDER BY e.enumsortorder) FROM pg_enum e WHERE e.enumtypid = t.oid), '')"
          + " FROM pg_type t JOIN pg_namespace n ON n.oid = t.typnamespace"
          + " WHERE n.nspname = ? AND t.typtype IN ('e', 'd')");

  private static final String TABLES = "SELECT c.relname FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace"
      + " WHERE n.nspname = ? AND c.relkind IN ('r', 'p') AND c.relname <> 'SequorMeta'";

  static SchemaState read(Connection connection, String schema) throws SQLException {
    List<String> content = new ArrayList<>();
    for (String query : CATALOG) {
      content.addAll(strings(connection, query, schema));
    }
    for (String table : strings(connection, TABLES, schema)) {
      String qualified = quote(schema) + "." + quote(table);
      content.addAll(strings(connection, "SELECT 'rows " + table.replace("'", "''") + " ' || count(*) || ' '"
          + " || md5(coalesce(string_agg(t::text, '|' ORDER BY t::text), '')) FROM " + qualified + " t", null));
    }
    content.sort(null);
    List<String> history = hasHistory(connection, schema)
        ? strings(connection, "SELECT name FROM " + quote(schema) + "." + quote(HISTORY_TABLE) + " ORDER BY name",
            null)
        : List.of();
    return new SchemaState(List.copyOf(content), history);
  }

  private static boolean hasHistory(Connection connection, String schema) throws SQLException {
    return !strings(connection, "SELECT 1 FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace"
        + " WHERE n.nspname = ? AND c.relname = '" + HISTORY_TABLE + "'", schema).isEmpty();
  }

  private static List<String> strings(Connection connection, String query, String parameter) throws SQLException {
    List<String> result = new ArrayList<>();
    try (PreparedStatement statement = connection.prepareStatement(query)) {
      if (parameter != null) {
        statement.setString(1, parameter);
      }
      try (ResultSet rs = statement.executeQuery()) {
        while (rs.next()) {
          result.add(rs.getString(1));
        }
      }
    }
    return result;
  }

  static void execute(Connection connection, String sql) throws SQLException {
    try (Statement statement = connection.createStatement()) {
      statement.execute(sql);
    }
  }

  static String quote(String identifier) {
    return '"' + identifier.replace("\"", "\"\"") + '"';
  }
}
