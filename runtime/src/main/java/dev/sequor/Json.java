package dev.sequor;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * A JSON value, the Java type of a JSON attribute: stored in a PostgreSQL {@code JSONB} column (Sequelize's
 * {@code DataTypes.JSONB}), queried with {@link JsonAttribute}'s operators. Immutable; it holds the JSON text and
 * parses it only when asked for its {@link #value()} or compared.
 *
 * <p>Two values are {@link #equals equal} when they are the same JSON value, as {@code jsonb} compares them: object
 * members in any order, numbers by numeric value ({@code 1.0} equals {@code 1}), whitespace ignored. PostgreSQL
 * stores {@code jsonb} in a normal form (its own spacing and key order), so the {@link #text()} read back from a
 * row may differ from the text written, while the value is equal.
 */
public final class Json {

  private final String text;
  /**
   * {@link #value()} with numbers stripped of trailing zeros, for equals and hashCode; made on first use, volatile so
   * that another thread sees the whole map.
   */
  private volatile Object canonical;

  private Json(String text) {
    this.text = text;
  }

  /**
   * The JSON value written as {@code text} ({@code {"size": 3}}, {@code [1, 2]}, {@code "a"}, {@code null}).
   *
   * @throws IllegalArgumentException when {@code text} is not one JSON value (RFC 8259), or an object in it has a
   *     key twice (of which PostgreSQL would keep only the last), saying where
   */
  public static Json of(String text) {
    Objects.requireNonNull(text, "text");
    try {
      dev.sequor.internal.format.Json.parse(text);
    } catch (dev.sequor.internal.format.Json.SyntaxError e) {
      throw new IllegalArgumentException("Not a JSON value, " + e.getMessage() + ": "
          + (text.length() > 80 ? text.substring(0, 80) + "…" : text), e);
    }
    return new Json(text);
  }

  /**
   * {@code value} as JSON, written as {@code toJSON()} writes attribute values: a {@code Map} as an object (keys by
   * {@code String.valueOf}), a {@code List} or array as an array, a {@code String}, number or {@code Boolean} as
   * itself, {@code null} as {@code null}, a {@code Json} as its value, an enum by name and anything else by
   * {@code toString()} ({@code java.time} values in ISO-8601), nested to any depth.
   */
  public static Json from(Object value) {
    return new Json(dev.sequor.internal.format.Json.writeValue(value, Json::verbatim));
  }

  /** A value read from a {@code jsonb} column, which holds valid JSON only: not parsed again. */
  static Json trusted(String text) {
    return new Json(text);
  }

  /** The text of a {@code Json} value, for the codec to embed as it is; null for any other value. */
  static String verbatim(Object value) {
    return value instanceof Json json ? json.text : null;
  }

  /** The JSON text: as given to {@link #of}, or as PostgreSQL returned it. */
  public String text() {
    return text;
  }

  /**
   * The value, parsed: an object as a {@code Map<String, Object>} in text order, an array as a {@code List<Object>},
   * a number as a {@code BigDecimal}, a string as a {@code String}, {@code true}/{@code false} as a {@code Boolean},
   * {@code null} as {@code null}; a new, modifiable copy on each call.
   */
  public Object value() {
    return dev.sequor.internal.format.Json.parsePlain(text);
  }

  private Object canonical() {
    Object c = canonical;
    if (c == null) {
      c = canonicalize(value());
      canonical = c;
    }
    return c;
  }

  /** Numbers without trailing zeros, so that {@code Map} and {@code List} equality compare numbers by value. */
  private static Object canonicalize(Object value) {
    if (value instanceof BigDecimal number) {
      return number.signum() == 0 ? BigDecimal.ZERO : number.stripTrailingZeros();
    } else if (value instanceof Map<?, ?> map) {
      Map<Object, Object> members = new LinkedHashMap<>();
      map.forEach((k, v) -> members.put(k, canonicalize(v)));
      return members;
    } else if (value instanceof List<?> list) {
      List<Object> elements = new ArrayList<>(list.size());
      list.forEach(e -> elements.add(canonicalize(e)));
      return elements;
    }
    return value == null ? NULL : value;
  }

  /** JSON's {@code null}, as a canonical value ({@link #canonical} is null while not computed). */
  private static final Object NULL = new Object();

  /** The same JSON value, as PostgreSQL's {@code jsonb} equality says; see the class comment. */
  @Override
  public boolean equals(Object o) {
    return o == this || o instanceof Json other && (text.equals(other.text) || canonical().equals(other.canonical()));
  }

  @Override
  public int hashCode() {
    return canonical().hashCode();
  }

  /** The JSON text. */
  @Override
  public String toString() {
    return text;
  }
}
