package dev.sequor.internal;

import dev.sequor.ArrayColumnType;
import dev.sequor.Attribute;
import dev.sequor.ColumnType;
import dev.sequor.Selectable;
import dev.sequor.Json;
import dev.sequor.ValidationException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;

/**
 * Text PostgreSQL cannot take as it is, refused before any SQL: a {@code String} with an unpaired UTF-16
 * surrogate has no UTF-8 form (the driver would send {@code ?} in its place, so that <code>"a&#92;uD800b"</code>
 * would be stored as {@code a?b} and match rows holding {@code ?}), and PostgreSQL's {@code text} cannot hold NUL
 * ({@code U+0000}). {@code jsonb} refuses the same characters written as JSON escapes
 * (<code>&#92;u0000</code>, <code>&#92;ud800</code>).
 *
 * <p>The checks are one scan of the characters, allocating nothing but a list view of an array unless they refuse:
 * they run on every text value that reaches a statement, bulk inserts included.
 */
public final class Text {

  /** PostgreSQL keeps this many bytes of an identifier (NAMEDATALEN - 1) and silently cuts longer ones. */
  static final int MAX_IDENTIFIER_BYTES = 63;

  /** How much of a refused value a message shows. */
  private static final int SHOWN = 120;

  private Text() {}

  /**
   * The index of the first character of {@code s} that PostgreSQL cannot take as text (NUL, or a surrogate that is
   * not half of a pair), or -1 when there is none.
   */
  public static int unstorableAt(CharSequence s) {
    int length = s.length();
    for (int i = 0; i < length; i++) {
      char c = s.charAt(i);
      if (c == 0) {
        return i;
      }
      if (Character.isSurrogate(c)) {
        if (Character.isHighSurrogate(c) && i + 1 < length && Character.isLowSurrogate(s.charAt(i + 1))) {
          i++; // a pair: one code point, which UTF-8 encodes
        } else {
          return i;
        }
      }
    }
    return -1;
  }

  /** Why {@code s} cannot be stored (see {@link #unstorableAt}), or null when it can. */
  public static String problem(CharSequence s) {
    int at = unstorableAt(s);
    return at < 0 ? null : problemAt(s.charAt(at), at);
  }

  private static String problemAt(char c, int index) {
    return c == 0
        ? "has a NUL character (U+0000) at index " + index + ", which PostgreSQL text cannot hold"
        : "has an unpaired UTF-16 surrogate at index " + index + " (" + codePoint(c)
            + "), which has no UTF-8 form: PostgreSQL would get '?' in its place";
  }

  /**
   * Why a bind value cannot be stored, or null when it can: a {@code String}, a {@link Json} value's text (its
   * escapes included), or the elements of an array or list of them. Other values are never text and pass.
   */
  public static String problemOf(Object value) {
    if (value instanceof String s) {
      return problem(s);
    } else if (value instanceof Json json) {
      return jsonProblem(json.text());
    } else if (value instanceof Object[] array) {
      return elementsProblem(Arrays.asList(array));
    } else if (value instanceof List<?> list) {
      return elementsProblem(list);
    }
    return null;
  }

  private static String elementsProblem(List<?> elements) {
    for (int i = 0; i < elements.size(); i++) {
      String problem = elementProblem(elements.get(i));
      if (problem != null) {
        return "holds, at element " + i + ", a value that " + problem;
      }
    }
    return null;
  }

  private static String elementProblem(Object element) {
    return element instanceof String || element instanceof Json ? problemOf(element) : null;
  }

  /**
   * Why JSON text cannot be stored as {@code jsonb}, or null: a raw NUL or unpaired surrogate, or one written as an
   * escape (<code>&#92;u0000</code>, or a <code>&#92;ud800</code> not followed by its low half), which {@code jsonb}
   * refuses.
   */
  static String jsonProblem(String json) {
    String raw = problem(json);
    if (raw != null) {
      return raw;
    }
    int length = json.length();
    for (int i = 0; i < length; i++) {
      if (json.charAt(i) != '\\') {
        continue;
      }
      if (i + 1 >= length || json.charAt(i + 1) != 'u') {
        i++; // another escape (\" \\ \n ...): skip its second character
        continue;
      }
      int unit = hex4(json, i + 2);
      if (unit < 0) {
        i++;
        continue;
      }
      char c = (char) unit;
      if (c == 0) {
        return "has, in its JSON text, the escape \\u0000 at index " + i + ", which PostgreSQL's jsonb cannot hold";
      }
      int low = Character.isHighSurrogate(c) && json.startsWith("\\u", i + 6) ? hex4(json, i + 8) : -1;
      if (low >= 0 && Character.isLowSurrogate((char) low)) {
        i += 11; // an escaped pair: one code point
      } else if (Character.isSurrogate(c)) {
        return "has, in its JSON text, an unpaired UTF-16 surrogate escape at index " + i + " ("
            + json.substring(i, i + 6) + "), which PostgreSQL's jsonb refuses";
      } else {
        i += 5;
      }
    }
    return null;
  }

  /** The value of the four hex digits at {@code from}, or -1 when there are not four. */
  private static int hex4(String s, int from) {
    if (from + 4 > s.length()) {
      return -1;
    }
    int value = 0;
    for (int i = from; i < from + 4; i++) {
      int digit = Character.digit(s.charAt(i), 16);
      if (digit < 0) {
        return -1;
      }
      value = value * 16 + digit;
    }
    return value;
  }

  /** Whether values of {@code type} can hold text: strings, JSON, and arrays of them. */
  static boolean canHold(ColumnType<?> type) {
    Class<?> javaType = type.javaType();
    return javaType == String.class || javaType == Json.class
        || type instanceof ArrayColumnType<?, ?> array && canHold(array.elementType());
  }

  // ---- refusals naming what the value is for ------------------------------------------------------------------

  /** Refuses {@code value} for attribute {@code attribute} of {@code model} when it cannot be stored. */
  public static void check(String model, String attribute, Object value) {
    String problem = problemOf(value);
    if (problem != null) {
      throw new ValidationException(model, attribute, value, problem);
    }
  }

  /**
   * Refuses {@code value} compared with or assigned to {@code about}: named by its attribute, or for a computed
   * expression by its label and the model of the first attribute in it (none for one without attributes).
   */
  static void check(Selectable<?, ?> about, Object value) {
    String problem = problemOf(value);
    if (problem == null) {
      return;
    }
    if (about == null) {
      throw new ValidationException(null, "a bind value", value, problem);
    }
    if (about instanceof Attribute<?, ?> attribute) {
      throw new ValidationException(attribute.modelName(), attribute.name(), value, problem);
    }
    Attribute<?, ?> inside = firstAttribute(about);
    throw new ValidationException(inside == null ? null : inside.modelName(), about.label(), value, problem);
  }

  private static Attribute<?, ?> firstAttribute(Object operand) {
    if (operand instanceof Attribute<?, ?> attribute) {
      return attribute;
    }
    if (operand instanceof Call call) {
      for (int i = 0; i < call.operandCount(); i++) {
        Attribute<?, ?> found = firstAttribute(call.operand(i));
        if (found != null) {
          return found;
        }
      }
    }
    return null;
  }

  /**
   * Refuses SQL text that PostgreSQL would not receive as written ({@code what} names it: {@code "the SQL of
   * query(...)"}): a value written into it would change silently.
   */
  public static void checkSql(String what, String sql) {
    String problem = problem(sql);
    if (problem != null) {
      throw new IllegalArgumentException(what + " " + problem + ": " + shown(sql));
    }
  }

  /**
   * Refuses an identifier (an alias, a type or table name) that would break the statement or be read back under
   * another name: empty, with NUL (which cuts the statement at the protocol level) or an unpaired surrogate, or
   * longer than the {@value #MAX_IDENTIFIER_BYTES} bytes of UTF-8 that PostgreSQL keeps. Quotes are fine: jOOQ
   * quotes every identifier.
   */
  public static void checkIdentifier(String what, String name) {
    String problem;
    if (name.isEmpty()) {
      problem = "is empty";
    } else if ((problem = problem(name)) == null) {
      int bytes = name.getBytes(StandardCharsets.UTF_8).length;
      if (bytes > MAX_IDENTIFIER_BYTES) {
        problem = "is " + bytes + " bytes long in UTF-8, and PostgreSQL keeps only the first "
            + MAX_IDENTIFIER_BYTES + " of an identifier";
      }
    }
    if (problem != null) {
      throw new IllegalArgumentException(what + " '" + shown(name) + "' " + problem);
    }
  }

  // ---- messages ---------------------------------------------------------------------------------------------

  /**
   * {@code value} as a message shows it: the first {@value #SHOWN} characters of a long one, and NUL and unpaired
   * surrogates as <code>&#92;u0000</code> escapes (written as they are, a log would show {@code ?} for them, or cut
   * the line).
   */
  public static String shown(Object value) {
    String s = value instanceof Object[] array ? Arrays.toString(array) : String.valueOf(value);
    int length = s.length();
    boolean cut = length > SHOWN;
    if (!cut && unstorableAt(s) < 0) {
      return s;
    }
    StringBuilder out = new StringBuilder(Math.min(length, SHOWN) + 32);
    int end = cut ? SHOWN : length;
    for (int i = 0; i < end; i++) {
      char c = s.charAt(i);
      boolean paired = Character.isHighSurrogate(c) && i + 1 < length && Character.isLowSurrogate(s.charAt(i + 1))
          || Character.isLowSurrogate(c) && i > 0 && Character.isHighSurrogate(s.charAt(i - 1));
      if (c == 0 || Character.isSurrogate(c) && !paired) {
        out.append(String.format("\\u%04X", (int) c));
      } else if (i == end - 1 && cut && Character.isHighSurrogate(c)) {
        break; // not half a pair at the cut
      } else {
        out.append(c);
      }
    }
    if (cut) {
      out.append("… (").append(length).append(" characters)");
    }
    return out.toString();
  }

  private static String codePoint(char c) {
    return String.format("U+%04X", (int) c);
  }
}
