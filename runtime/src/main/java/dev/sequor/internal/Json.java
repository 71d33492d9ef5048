package dev.sequor.internal;

import java.math.BigDecimal;
import java.util.Arrays;
import java.util.Base64;
import java.util.List;
import java.util.Map;

/** A minimal JSON writer for attribute maps (array attributes become JSON arrays); enough for {@code toJSON} without a JSON library. */
public final class Json {

  private Json() {}

  public static String write(Map<String, ?> map) {
    StringBuilder sb = new StringBuilder(64 + 24 * map.size()).append('{');
    boolean first = true;
    for (Map.Entry<String, ?> e : map.entrySet()) {
      if (!first) {
        sb.append(',');
      }
      first = false;
      string(sb, e.getKey());
      sb.append(':');
      value(sb, e.getValue());
    }
    return sb.append('}').toString();
  }

  private static void value(StringBuilder sb, Object v) {
    if (v == null) {
      sb.append("null");
    } else if (v instanceof Boolean) {
      sb.append(v);
    } else if (v instanceof BigDecimal d) {
      sb.append(d.toPlainString());
    } else if (v instanceof Double d && !Double.isFinite(d) || v instanceof Float f && !Float.isFinite(f)) {
      string(sb, v.toString()); // JSON has no literal for these
    } else if (v instanceof Number) {
      sb.append(v);
    } else if (v instanceof byte[] bytes) {
      string(sb, Base64.getEncoder().encodeToString(bytes));
    } else if (v instanceof Object[] array) {
      elements(sb, Arrays.asList(array));
    } else if (v instanceof List<?> list) {
      elements(sb, list);
    } else if (v instanceof Enum<?> e) {
      string(sb, e.name());
    } else {
      string(sb, v.toString()); // ISO-8601 for java.time, canonical form for UUID
    }
  }

  /** An array attribute's value, {@code String[]} or {@code List<Long>}, as a JSON array. */
  private static void elements(StringBuilder sb, List<?> elements) {
    sb.append('[');
    for (int i = 0; i < elements.size(); i++) {
      if (i > 0) {
        sb.append(',');
      }
      value(sb, elements.get(i));
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
}
