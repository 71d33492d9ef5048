package dev.sequor.internal.seed;

import dev.sequor.seed.SeedException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A minimal JSON reader (RFC 8259) for seed files, keeping the line of every value: objects become
 * {@code Map<String, Value>} in file order, arrays {@code List<Value>}, numbers {@link BigDecimal}, and
 * strings, booleans and {@code null} themselves. A key given twice is an error. Not an API.
 */
final class JsonReader {

  /** A value and the (1-based) line it starts on. */
  record Value(Object value, int line) {}

  private final String text;
  private final String file;
  private int pos;
  private int line = 1;

  private JsonReader(String text, String file) {
    this.text = text;
    this.file = file;
  }

  static Value parse(String text, String file) {
    JsonReader reader = new JsonReader(text, file);
    reader.skipWhitespace();
    if (reader.pos >= text.length()) {
      throw reader.error("the file is empty; a JSON seed file holds an array of objects");
    }
    Value value = reader.value();
    reader.skipWhitespace();
    if (reader.pos < text.length()) {
      throw reader.error("unexpected " + reader.next() + " after the end of the JSON value");
    }
    return value;
  }

  /** A value as messages show it. */
  static String describe(Object value) {
    if (value == null) {
      return "null";
    } else if (value instanceof String s) {
      return "the string \"" + (s.length() > 60 ? s.substring(0, 60) + "…" : s) + "\"";
    } else if (value instanceof BigDecimal n) {
      return "the number " + n;
    } else if (value instanceof Boolean b) {
      return b.toString();
    } else if (value instanceof List<?>) {
      return "an array";
    }
    return "an object";
  }

  private Value value() {
    skipWhitespace();
    if (pos >= text.length()) {
      throw error("the file ends where a value is expected");
    }
    int start = line;
    char c = text.charAt(pos);
    return switch (c) {
      case '{' -> new Value(object(), start);
      case '[' -> new Value(array(), start);
      case '"' -> new Value(string(), start);
      case 't' -> literal("true", Boolean.TRUE, start);
      case 'f' -> literal("false", Boolean.FALSE, start);
      case 'n' -> literal("null", null, start);
      default -> {
        if (c == '-' || (c >= '0' && c <= '9')) {
          yield new Value(number(), start);
        }
        throw error("unexpected " + next() + " where a value is expected");
      }
    };
  }

  private Map<String, Value> object() {
    pos++; // {
    Map<String, Value> members = new LinkedHashMap<>();
    skipWhitespace();
    if (peek() == '}') {
      pos++;
      return members;
    }
    while (true) {
      skipWhitespace();
      if (peek() != '"') {
        throw error("expected a key in double quotes, found " + next());
      }
      int keyLine = line;
      String key = string();
      skipWhitespace();
      expect(':');
      Value value = value();
      if (members.put(key, value) != null) {
        throw new SeedException(file + ", line " + keyLine + ": the key \"" + key + "\" appears twice in one object",
            null, file, keyLine, key, null);
      }
      skipWhitespace();
      char c = peek();
      pos++;
      if (c == '}') {
        return members;
      }
      if (c != ',') {
        pos--;
        throw error("expected ',' or '}' in an object, found " + next());
      }
    }
  }

  private List<Value> array() {
    pos++; // [
    List<Value> elements = new ArrayList<>();
    skipWhitespace();
    if (peek() == ']') {
      pos++;
      return elements;
    }
    while (true) {
      elements.add(value());
      skipWhitespace();
      char c = peek();
      pos++;
      if (c == ']') {
        return elements;
      }
      if (c != ',') {
        pos--;
        throw error("expected ',' or ']' in an array, found " + next());
      }
    }
  }

  private String string() {
    pos++; // "
    StringBuilder sb = new StringBuilder();
    while (true) {
      if (pos >= text.length()) {
        throw error("a string is never closed (a '\"' is missing)");
      }
      char c = text.charAt(pos++);
      if (c == '"') {
        return sb.toString();
      }
      if (c < 0x20) {
        pos--;
        throw error("a control character (such as a line break) inside a string: write it as an escape (\\n)");
      }
      if (c != '\\') {
        sb.append(c);
        continue;
      }
      if (pos >= text.length()) {
        throw error("a string is never closed (a '\"' is missing)");
      }
      char e = text.charAt(pos++);
      switch (e) {
        case '"' -> sb.append('"');
        case '\\' -> sb.append('\\');
        case '/' -> sb.append('/');
        case 'b' -> sb.append('\b');
        case 'f' -> sb.append('\f');
        case 'n' -> sb.append('\n');
        case 'r' -> sb.append('\r');
        case 't' -> sb.append('\t');
        case 'u' -> {
          if (pos + 4 > text.length()) {
            throw error("an incomplete \\u escape");
          }
          try {
            sb.append((char) Integer.parseInt(text.substring(pos, pos + 4), 16));
          } catch (NumberFormatException ex) {
            throw error("an invalid \\u escape: \\u" + text.substring(pos, pos + 4));
          }
          pos += 4;
        }
        default -> throw error("an invalid escape \\" + e + " in a string");
      }
    }
  }

  private BigDecimal number() {
    int start = pos;
    if (peek() == '-') {
      pos++;
    }
    while (pos < text.length() && "0123456789.eE+-".indexOf(text.charAt(pos)) >= 0) {
      pos++;
    }
    String token = text.substring(start, pos);
    if (!token.matches("-?(0|[1-9][0-9]*)(\\.[0-9]+)?([eE][+-]?[0-9]+)?")) {
      throw error("'" + token + "' is not a JSON number");
    }
    return new BigDecimal(token);
  }

  private Value literal(String word, Object value, int start) {
    if (!text.startsWith(word, pos)) {
      throw error("unexpected " + next() + " where a value is expected");
    }
    pos += word.length();
    return new Value(value, start);
  }

  private void expect(char c) {
    if (peek() != c) {
      throw error("expected '" + c + "', found " + next());
    }
    pos++;
  }

  private char peek() {
    return pos < text.length() ? text.charAt(pos) : '\0';
  }

  private String next() {
    if (pos >= text.length()) {
      return "the end of the file";
    }
    int end = pos;
    while (end < text.length() && end - pos < 20 && !Character.isWhitespace(text.charAt(end))) {
      end++;
    }
    return "'" + text.substring(pos, Math.max(end, pos + 1)) + "'";
  }

  private void skipWhitespace() {
    while (pos < text.length()) {
      char c = text.charAt(pos);
      if (c == '\n') {
        line++;
      } else if (c == '\r') {
        if (!text.startsWith("\r\n", pos)) {
          line++;
        }
      } else if (c != ' ' && c != '\t') {
        return;
      }
      pos++;
    }
  }

  private SeedException error(String problem) {
    return new SeedException(file + ", line " + line + ": malformed JSON: " + problem, null, file, line, null, null);
  }
}
