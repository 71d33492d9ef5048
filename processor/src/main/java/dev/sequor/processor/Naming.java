package dev.sequor.processor;

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
}
