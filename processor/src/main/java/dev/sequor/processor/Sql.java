package dev.sequor.processor;

/** PostgreSQL quoting, in one place so that another dialect has one place to change. */
final class Sql {

  private Sql() {}

  /** PostgreSQL truncates longer identifiers (NAMEDATALEN - 1). */
  static final int MAX_IDENTIFIER_LENGTH = 63;

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

  private static boolean isAsciiLetter(char c) {
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
  }
}
