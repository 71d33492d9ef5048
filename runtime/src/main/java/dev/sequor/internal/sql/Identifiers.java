package dev.sequor.internal.sql;

/** PostgreSQL identifiers, always double-quoted (as jOOQ renders them with Sequor's settings). */
public final class Identifiers {

  private Identifiers() {}

  /** {@code name} in double quotes, inner quotes doubled. */
  public static String quote(String name) {
    StringBuilder sb = new StringBuilder(name.length() + 2);
    quote(sb, name);
    return sb.toString();
  }

  static void quote(StringBuilder sb, String name) {
    sb.append('"');
    for (int i = 0; i < name.length(); i++) {
      char c = name.charAt(i);
      if (c == '"') {
        sb.append('"');
      }
      sb.append(c);
    }
    sb.append('"');
  }
}
