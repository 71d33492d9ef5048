package dev.sequor.internal.seed;

import java.util.ArrayList;
import java.util.List;

/**
 * Splits a one-dimensional PostgreSQL array literal, as {@code psql} and {@code COPY ... CSV} write it, into its
 * element texts: {@code {a,"b, c",NULL}} is {@code a}, {@code b, c} and {@code null}. A CSV seed cell for an
 * array attribute holds one, so that a table exported from PostgreSQL loads as it is.
 */
final class ArrayLiteral {

  private ArrayLiteral() {}

  /**
   * The elements, {@code null} for an unquoted {@code NULL}; throws {@link IllegalArgumentException} saying what
   * is wrong.
   */
  static List<String> parse(String text) {
    if (text.length() < 2 || text.charAt(0) != '{' || text.charAt(text.length() - 1) != '}') {
      throw new IllegalArgumentException("it must start with { and end with }");
    }
    List<String> elements = new ArrayList<>();
    String body = text.substring(1, text.length() - 1);
    if (body.isBlank()) {
      return elements;
    }
    int i = 0;
    while (true) {
      while (i < body.length() && Character.isWhitespace(body.charAt(i))) {
        i++;
      }
      StringBuilder element = new StringBuilder();
      boolean quoted = i < body.length() && body.charAt(i) == '"';
      if (quoted) {
        i++;
        while (true) {
          if (i >= body.length()) {
            throw new IllegalArgumentException("a quoted element is not closed");
          }
          char c = body.charAt(i++);
          if (c == '"') {
            break;
          }
          if (c == '\\') {
            if (i >= body.length()) {
              throw new IllegalArgumentException("it ends with a backslash");
            }
            c = body.charAt(i++);
          }
          element.append(c);
        }
        while (i < body.length() && Character.isWhitespace(body.charAt(i))) {
          i++;
        }
      } else {
        while (i < body.length() && body.charAt(i) != ',') {
          char c = body.charAt(i++);
          if (c == '{' || c == '}' || c == '"') {
            throw new IllegalArgumentException("unexpected " + c + " (nested arrays are not supported; quote an"
                + " element that holds one)");
          }
          if (c == '\\' && i < body.length()) {
            c = body.charAt(i++);
          }
          element.append(c);
        }
      }
      String value = quoted ? element.toString() : element.toString().strip();
      if (!quoted && value.isEmpty()) {
        throw new IllegalArgumentException("an element is empty; write \"\" for an empty string");
      }
      elements.add(!quoted && value.equalsIgnoreCase("NULL") ? null : value);
      if (i >= body.length()) {
        return elements;
      }
      if (body.charAt(i) != ',') {
        throw new IllegalArgumentException("expected a comma after an element, found " + body.charAt(i));
      }
      i++;
    }
  }
}
