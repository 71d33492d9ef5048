package dev.sequor.processor;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/**
 * The PostgreSQL statements for schema objects, without the terminating semicolon. One place for the DDL
 * shapes, shared by the {@code CREATE TABLE} script and the migrations.
 */
final class Ddl {

  private Ddl() {}

  /** {@code CREATE TABLE}, in the shape of Sequelize's {@code createTable}: the primary key as a table constraint. */
  static String createTable(Schema.Table table) {
    List<String> lines = new ArrayList<>();
    for (Schema.Column column : table.columns()) {
      lines.add(columnDefinition(column));
    }
    lines.add("PRIMARY KEY (" + columnList(table.primaryKey()) + ")");
    return "CREATE TABLE " + Sql.quote(table.name()) + " (\n  " + String.join(",\n  ", lines) + "\n)";
  }

  /** {@code "name" TYPE [NOT NULL] [DEFAULT x] [UNIQUE]}; a serial column is not null without saying so. */
  static String columnDefinition(Schema.Column column) {
    StringBuilder sb = new StringBuilder(Sql.quote(column.name())).append(' ').append(column.type());
    if (column.notNull() && !column.isSerial()) {
      sb.append(" NOT NULL");
    }
    if (column.defaultValue() != null) {
      sb.append(" DEFAULT ").append(column.defaultValue());
    }
    if (column.unique()) {
      sb.append(" UNIQUE");
    }
    return sb.toString();
  }

  /** The enum types of a table's columns, in column order (the order the script creates them in). */
  static List<Schema.EnumType> enumTypesInColumnOrder(Schema.Table table) {
    List<Schema.EnumType> types = new ArrayList<>();
    for (Schema.Column column : table.columns()) {
      Schema.EnumType type = table.enumTypeOf(column);
      if (type != null && !types.contains(type)) {
        types.add(type);
      }
    }
    return types;
  }

  static String dropTable(String table) {
    return "DROP TABLE " + Sql.quote(table);
  }

  static String createType(Schema.EnumType type) {
    return "CREATE TYPE " + Sql.quote(type.name()) + " AS ENUM ("
        + type.values().stream().map(Sql::literal).collect(Collectors.joining(", ")) + ")";
  }

  static String dropType(String type) {
    return "DROP TYPE " + Sql.quote(type);
  }

  static String createIndex(String table, Schema.Index index) {
    return "CREATE " + (index.unique() ? "UNIQUE " : "") + "INDEX " + Sql.quote(index.name()) + " ON "
        + Sql.quote(table) + " (" + columnList(index.columns()) + ")";
  }

  static String dropIndex(String index) {
    return "DROP INDEX " + Sql.quote(index);
  }

  /** {@code ADD CONSTRAINT ... FOREIGN KEY}, with {@code ON DELETE}/{@code ON UPDATE} unless {@code NO ACTION}. */
  static String addForeignKey(String table, Schema.ForeignKey key) {
    return alterTable(table) + "ADD CONSTRAINT " + Sql.quote(key.name()) + " FOREIGN KEY (" + columnList(key.columns())
        + ") REFERENCES " + Sql.quote(key.referencedTable()) + " (" + columnList(key.referencedColumns()) + ")"
        + (key.onDelete().equals("NO ACTION") ? "" : " ON DELETE " + key.onDelete())
        + (key.onUpdate().equals("NO ACTION") ? "" : " ON UPDATE " + key.onUpdate());
  }

  static String addPrimaryKey(String table, List<String> columns) {
    return alterTable(table) + "ADD CONSTRAINT " + Sql.quote(Naming.primaryKeyName(table)) + " PRIMARY KEY ("
        + columnList(columns) + ")";
  }

  static String addUnique(String table, String column) {
    return alterTable(table) + "ADD CONSTRAINT " + Sql.quote(Naming.uniqueKeyName(table, column)) + " UNIQUE ("
        + Sql.quote(column) + ")";
  }

  static String dropConstraint(String table, String constraint) {
    return alterTable(table) + "DROP CONSTRAINT " + Sql.quote(constraint);
  }

  static String renameConstraint(String table, String from, String to) {
    return alterTable(table) + "RENAME CONSTRAINT " + Sql.quote(from) + " TO " + Sql.quote(to);
  }

  static String addColumn(String table, Schema.Column column) {
    return alterTable(table) + "ADD COLUMN " + columnDefinition(column);
  }

  static String dropColumn(String table, String column) {
    return alterTable(table) + "DROP COLUMN " + Sql.quote(column);
  }

  static String renameTable(String from, String to) {
    return alterTable(from) + "RENAME TO " + Sql.quote(to);
  }

  static String renameColumn(String table, String from, String to) {
    return alterTable(table) + "RENAME COLUMN " + Sql.quote(from) + " TO " + Sql.quote(to);
  }

  static String renameIndex(String from, String to) {
    return "ALTER INDEX " + Sql.quote(from) + " RENAME TO " + Sql.quote(to);
  }

  static String renameSequence(String from, String to) {
    return "ALTER SEQUENCE " + Sql.quote(from) + " RENAME TO " + Sql.quote(to);
  }

  static String renameType(String from, String to) {
    return "ALTER TYPE " + Sql.quote(from) + " RENAME TO " + Sql.quote(to);
  }

  /** {@code ALTER TYPE ... ADD VALUE 'v' [BEFORE 'w']}. */
  static String addEnumValue(String type, String value, String before) {
    return "ALTER TYPE " + Sql.quote(type) + " ADD VALUE " + Sql.literal(value)
        + (before == null ? "" : " BEFORE " + Sql.literal(before));
  }

  static String setDefault(String table, String column, String value) {
    return alterColumn(table, column) + "SET DEFAULT " + value;
  }

  static String dropDefault(String table, String column) {
    return alterColumn(table, column) + "DROP DEFAULT";
  }

  static String setNotNull(String table, String column, boolean notNull) {
    return alterColumn(table, column) + (notNull ? "SET NOT NULL" : "DROP NOT NULL");
  }

  /** {@code ALTER COLUMN ... TYPE t USING "c"::t}, through {@code text} from or to an enum type. */
  /**
   * A change of type with {@code USING "column"::type}, or {@code ::text::type} from or to an enum. To a string type
   * ({@code VARCHAR(n)}, {@code TEXT} or an array of them) the value is cast to {@code TEXT} and assigned: an explicit
   * cast to {@code VARCHAR(n)} would silently cut a longer value, which the assignment refuses.
   */
  static String alterType(String table, String column, String type, boolean throughText) {
    String using = Sql.isStringType(type) ? (type.endsWith("[]") ? "TEXT[]" : "TEXT")
        : (throughText ? "text::" : "") + type;
    return alterColumn(table, column) + "TYPE " + type + " USING " + Sql.quote(column) + "::" + using;
  }

  /**
   * A change between string types ({@code VARCHAR(n)}, {@code TEXT}, or arrays of them) without {@code USING}: by
   * assignment, which refuses a value too long for the new type (see {@link #alterType}).
   */
  static String alterStringType(String table, String column, String type) {
    return alterColumn(table, column) + "TYPE " + type;
  }

  static String createSequence(String table, String column, String sequence, String type) {
    return "CREATE SEQUENCE " + Sql.quote(sequence) + " AS " + type + " OWNED BY " + Sql.quote(table) + "."
        + Sql.quote(column);
  }

  /** Starts a re-created sequence after the column's largest value. */
  static String restartSequence(String table, String column, String sequence) {
    return "SELECT setval(" + Sql.literal(Sql.quote(sequence)) + ", COALESCE(MAX(" + Sql.quote(column) + "), 0) + 1, false) FROM "
        + Sql.quote(table);
  }

  static String alterSequenceType(String sequence, String type) {
    return "ALTER SEQUENCE " + Sql.quote(sequence) + " AS " + type;
  }

  static String dropSequence(String sequence) {
    return "DROP SEQUENCE " + Sql.quote(sequence);
  }

  static String nextval(String sequence) {
    return "nextval(" + Sql.literal(Sql.quote(sequence)) + "::regclass)";
  }

  private static String alterTable(String table) {
    return "ALTER TABLE " + Sql.quote(table) + " ";
  }

  private static String alterColumn(String table, String column) {
    return alterTable(table) + "ALTER COLUMN " + Sql.quote(column) + " ";
  }

  static String columnList(List<String> columns) {
    return columns.stream().map(Sql::quote).collect(Collectors.joining(", "));
  }
}
