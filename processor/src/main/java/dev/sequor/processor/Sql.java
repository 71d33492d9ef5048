package dev.sequor.processor;

/** PostgreSQL quoting, in one place so that another dialect has one place to change. */
final class Sql {

  private Sql() {}

  /** PostgreSQL truncates longer identifiers (NAMEDATALEN - 1). */
  static final int MAX_IDENTIFIER_LENGTH = 63;
  /** The longest {@code VARCHAR(n)} PostgreSQL accepts. */
  static final int MAX_VARCHAR_LENGTH = 10_485_760;
  /** The largest precision (and scale) of a {@code NUMERIC(precision, scale)} PostgreSQL accepts. */
  static final int MAX_NUMERIC_PRECISION = 1000;

  static String quote(String identifier) {
    return '"' + identifier.replace("\"", "\"\"") + '"';
  }

  static String literal(String value) {
    return '\'' + value.replace("'", "''") + '\'';
  }

  /** Why {@code name} cannot be a Sequor identifier, or null when it can. */
  static String identifierProblem(String name) {
    if (name.isEmpty()) {
      return "it is empty";
    }
    if (name.length() > MAX_IDENTIFIER_LENGTH) {
      return "it has " + name.length() + " characters and PostgreSQL keeps only " + MAX_IDENTIFIER_LENGTH;
    }
    char first = name.charAt(0);
    if (!(isAsciiLetter(first) || first == '_')) {
      return "it starts with '" + first + "'";
    }
    for (int i = 1; i < name.length(); i++) {
      char c = name.charAt(i);
      if (!(isAsciiLetter(c) || (c >= '0' && c <= '9') || c == '_')) {
        return "it contains '" + c + "'";
      }
    }
    return null;
  }

  /** Whether a column type is an auto-incremented one, which PostgreSQL expands to an integer, a sequence and a default. */
  static boolean isSerial(String type) {
    return type.equals("SERIAL") || type.equals("BIGSERIAL") || type.equals("SMALLSERIAL");
  }

  /** The integer type behind a serial type ({@code BIGSERIAL} is a {@code BIGINT}), else the type itself. */
  static String serialBase(String type) {
    return switch (type) {
      case "SERIAL" -> "INTEGER";
      case "BIGSERIAL" -> "BIGINT";
      case "SMALLSERIAL" -> "SMALLINT";
      default -> type;
    };
  }

  /** Whether a column type holds strings: {@code VARCHAR(n)}, {@code TEXT}, or an array of either. */
  static boolean isStringType(String type) {
    return type.matches("(VARCHAR\\([0-9]+\\)|TEXT)(\\[])?");
  }

  /**
   * A name built as PostgreSQL's {@code makeObjectName} builds the names it chooses ({@code <table>_pkey},
   * {@code <table>_<column>_key}, {@code _seq}, {@code _fkey}): {@code name1_name2_label}, where the longer of
   * the two names is shortened, one character at a time, until the whole fits in 63 characters.
   *
   * @param name2 null for none
   */
  static String objectName(String name1, String name2, String label) {
    int overhead = (name2 == null ? 0 : 1) + label.length() + 1;
    int available = MAX_IDENTIFIER_LENGTH - overhead;
    int name1Chars = name1.length();
    int name2Chars = name2 == null ? 0 : name2.length();
    while (name1Chars + name2Chars > available) {
      if (name1Chars > name2Chars) {
        name1Chars--;
      } else {
        name2Chars--;
      }
    }
    StringBuilder sb = new StringBuilder(name1.substring(0, name1Chars));
    if (name2 != null) {
      sb.append('_').append(name2, 0, name2Chars);
    }
    return sb.append('_').append(label).toString();
  }

  private static boolean isAsciiLetter(char c) {
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
  }
}
