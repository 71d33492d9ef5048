package dev.sequor.processor;

import java.util.List;
import java.util.Locale;

/**
 * The names Sequelize infers, computed once at compile time: table names, column names, and the names
 * of generated constants. One function per name, shared by metadata, criteria and SQL, so they never disagree.
 */
final class Naming {

  private Naming() {}

  /**
   * Sequelize v6's table name: {@code freezeTableName ? modelName : underscoredIf(pluralize(modelName), underscored)}.
   */
  static String tableName(String modelName, boolean freezeTableName, boolean underscored) {
    if (freezeTableName) {
      return modelName;
    }
    String plural = Inflection.pluralize(modelName);
    return underscored ? Inflection.underscore(plural) : plural;
  }

  /** Sequelize's column name: the attribute name, underscored when the model is. */
  static String columnName(String attribute, boolean underscored) {
    return underscored ? Inflection.underscore(attribute) : attribute;
  }

  /** A Java constant name for an attribute: {@code createdAt} becomes {@code CREATED_AT}, {@code HTMLPage} {@code HTML_PAGE}. */
  static String constantName(String attribute) {
    StringBuilder sb = new StringBuilder(attribute.length() + 4);
    for (int i = 0; i < attribute.length(); i++) {
      char c = attribute.charAt(i);
      if (i > 0 && Character.isUpperCase(c)) {
        char previous = attribute.charAt(i - 1);
        boolean nextIsLower = i + 1 < attribute.length() && Character.isLowerCase(attribute.charAt(i + 1));
        if (Character.isLowerCase(previous) || Character.isDigit(previous)
            || (Character.isUpperCase(previous) && nextIsLower)) {
          sb.append('_');
        }
      }
      sb.append(c);
    }
    return sb.toString().toUpperCase(Locale.ROOT);
  }

  /** Sequelize's enum type name: {@code enum_<table>_<column>}. */
  static String enumTypeName(String table, String column) {
    return "enum_" + table + "_" + column;
  }

  /** PostgreSQL's name for a table's primary key constraint: {@code <table>_pkey}. */
  static String primaryKeyName(String table) {
    return Sql.objectName(table, null, "pkey");
  }

  /** PostgreSQL's name for the {@code UNIQUE} constraint of one column: {@code <table>_<column>_key}. */
  static String uniqueKeyName(String table, String column) {
    return Sql.objectName(table, column, "key");
  }

  /** PostgreSQL's name for the sequence of a serial column: {@code <table>_<column>_seq}. */
  static String sequenceName(String table, String column) {
    return Sql.objectName(table, column, "seq");
  }

  /** PostgreSQL's name for a foreign key: {@code <table>_<columns joined by _>_fkey}. */
  static String foreignKeyName(String table, List<String> columns) {
    return Sql.objectName(table, String.join("_", columns), "fkey");
  }

  /** Sequelize's index name: {@code underscore(table + "_" + columns.join("_"))}, e.g. {@code products_category}. */
  static String indexName(String table, List<String> columns) {
    return Inflection.underscore(table + "_" + String.join("_", columns));
  }
}
