package dev.sequor.internal.format;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * Sequor's one JSON codec (RFC 8259), without a dependency: the processor reads and writes schema snapshots with it,
 * the runtime reads seed files and writes {@code toJSON}. {@link #parse} keeps the line of every value, for messages
 * that point into a file: objects become {@code Map<String, Located>} in text order, arrays {@code List<Located>},
 * numbers {@link BigDecimal}, and strings, booleans and {@code null} themselves; {@link #parsePlain} gives the same
 * without the lines. A key given twice in an object is an error.
 */
public final class Json {

  /** A value and the (1-based) line it starts on. */
  public record Located(Object value, int line) {}

  /** Text that is not JSON: its message is {@code line N: <problem>}. */
  public static final class SyntaxError extends IllegalArgumentException {
    private static final long serialVersionUID = 1L;
    private final int line;
    private final String key;
    private final String problem;

    SyntaxError(int line, String key, String problem) {
      super("line " + line + ": " + problem);
      this.line = line;
      this.key = key;
      this.problem = problem;
    }

    /** What is wrong, without the line. */
    public String problem() {
      return problem;
    }

    /** The 1-based line of the problem. */
    public int line() {
      return line;
    }

    /** The key given twice, or {@code null}. */
    public String key() {
      return key;
    }
  }

  private final String text;
  private int pos;
  private int line = 1;

  private Json(String text) {
    this.text = text;
  }

  /** Parses {@code text}, keeping each value's line; throws {@link SyntaxError}. */
  public static Located parse(String text) {
    Json json = new Json(text);
    json.skipWhitespace();
    if (json.pos >= text.length()) {
      throw json.error("the text is empty");
    }
    Located value = json.value();
    json.skipWhitespace();
    if (json.pos < text.length()) {
      throw json.error("unexpected " + json.next() + " after the end of the JSON value");
    }
    return value;
  }

  /** Parses {@code text} into plain maps, lists and values; throws {@link SyntaxError}. */
  public static Object parsePlain(String text) {
    return plain(parse(text).value());
  }

  /** A value of {@link #parse}'s tree (its members {@link Located}) as {@link #parsePlain} gives it. */
  public static Object plain(Object value) {
    if (value instanceof Map<?, ?> map) {
      Map<String, Object> plain = new LinkedHashMap<>();
      map.forEach((key, member) -> plain.put((String) key, plain(((Located) member).value())));
      return plain;
    }
    if (value instanceof List<?> list) {
      List<Object> plain = new ArrayList<>(list.size());
      list.forEach(element -> plain.add(plain(((Located) element).value())));
      return plain;
    }
    return value;
  }

  // ---- writing ------------------------------------------------------------------------------------

  private static final Function<Object, String> NONE_VERBATIM = v -> null;

  /**
   * {@code map} as a JSON object: {@code null}, booleans and numbers as JSON's (a non-finite {@code double} as a
   * string, JSON has no literal for it), {@code BigDecimal} in plain notation, {@code byte[]} in Base64, arrays
   * and lists as arrays, maps as objects, enums by name, anything else by {@code toString()} (ISO-8601 for
   * {@code java.time}, the canonical form of a UUID).
   */
  public static String write(Map<String, ?> map) {
    return write(map, NONE_VERBATIM);
  }

  /**
   * As {@link #write(Map)}, except that a value for which {@code verbatim} returns text is written as that text,
   * which must be JSON: the runtime embeds its JSON attribute values so, rather than as strings.
   */
  public static String write(Map<String, ?> map, Function<Object, String> verbatim) {
    StringBuilder sb = new StringBuilder(64 + 24 * map.size());
    value(sb, map, verbatim);
    return sb.toString();
  }

  /**
   * Any value that {@link #write(Map, Function)} writes in a map, on its own: {@code "a"}, {@code 12},
   * {@code [1,2]}, {@code null}.
   */
  public static String writeValue(Object value, Function<Object, String> verbatim) {
    StringBuilder sb = new StringBuilder();
    value(sb, value, verbatim);
    return sb.toString();
  }

  /** {@code value} as a JSON string literal; its escapes are valid in a Java string literal too. */
  public static String string(String value) {
    StringBuilder sb = new StringBuilder(value.length() + 2);
    string(sb, value);
    return sb.toString();
  }

  private static void value(StringBuilder sb, Object v, Function<Object, String> verbatim) {
    String text = v == null ? null : verbatim.apply(v);
    if (text != null) {
      sb.append(text);
    } else if (v == null) {
      sb.append("null");
    } else if (v instanceof Boolean) {
      sb.append(v);
    } else if (v instanceof BigDecimal d) {
      sb.append(d.toPlainString());
    } else if (v instanceof Double d && !Double.isFinite(d) || v instanceof Float f && !Float.isFinite(f)) {
      string(sb, v.toString());
    } else if (v instanceof Number) {
      sb.append(v);
    } else if (v instanceof byte[] bytes) {
      string(sb, Base64.getEncoder().encodeToString(bytes));
    } else if (v instanceof Object[] array) {
      elements(sb, Arrays.asList(array), verbatim);
    } else if (v instanceof List<?> list) {
      elements(sb, list, verbatim);
    } else if (v instanceof Map<?, ?> map) {
      sb.append('{');
      boolean first = true;
      for (Map.Entry<?, ?> e : map.entrySet()) {
        if (!first) {
          sb.append(',');
        }
        first = false;
        string(sb, String.valueOf(e.getKey()));
        sb.append(':');
        value(sb, e.getValue(), verbatim);
      }
      sb.append('}');
    } else if (v instanceof Enum<?> e) {
      string(sb, e.name());
    } else {
      string(sb, v.toString());
    }
  }

  private static void elements(StringBuilder sb, List<?> elements, Function<Object, String> verbatim) {
    sb.append('[');
    for (int i = 0; i < elements.size(); i++) {
      if (i > 0) {
        sb.append(',');
      }
      value(sb, elements.get(i), verbatim);
    }
    sb.append(']');
  }

  private static void string(StringBuilder sb, String s) {
    sb.append('"');
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      switch (c) {
        case '"' -> sb.append("\\\"");
        case '\\' -> sb.append("\\\\");
        case '\n' -> sb.append("\\n");
        case '\r' -> sb.append("\\r");
        case '\t' -> sb.append("\\t");
        case '\b' -> sb.append("\\b");
        case '\f' -> sb.append("\\f");
        default -> {
          if (c < 0x20) {
            sb.append(String.format("\\u%04x", (int) c));
          } else {
            sb.append(c);
          }
        }
      }
    }
    sb.append('"');
  }

  // ---- parsing ------------------------------------------------------------------------------------

  private Located value() {
    skipWhitespace();
    if (pos >= text.length()) {
      throw error("the text ends where a value is expected");
    }
    int start = line;
    char c = text.charAt(pos);
    return switch (c) {
      case '{' -> new Located(object(), start);
      case '[' -> new Located(array(), start);
      case '"' -> new Located(string(), start);
      case 't' -> literal("true", Boolean.TRUE, start);
      case 'f' -> literal("false", Boolean.FALSE, start);
      case 'n' -> literal("null", null, start);
      default -> {
        if (c == '-' || (c >= '0' && c <= '9')) {
          yield new Located(number(), start);
        }
        throw error("unexpected " + next() + " where a value is expected");
      }
    };
  }

  private Map<String, Located> object() {
    pos++; // {
    Map<String, Located> members = new LinkedHashMap<>();
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
      Located value = value();
      if (members.put(key, value) != null) {
        throw new SyntaxError(keyLine, key, "the key \"" + key + "\" appears twice in one object");
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

  private List<Located> array() {
    pos++; // [
    List<Located> elements = new ArrayList<>();
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

  private Located literal(String word, Object value, int start) {
    if (!text.startsWith(word, pos)) {
      throw error("unexpected " + next() + " where a value is expected");
    }
    pos += word.length();
    return new Located(value, start);
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
      return "the end of the text";
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

  private SyntaxError error(String problem) {
    return new SyntaxError(line, null, problem);
  }
}
