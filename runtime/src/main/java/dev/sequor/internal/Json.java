package dev.sequor.internal;

import java.math.BigDecimal;
import java.util.Base64;
import java.util.Map;

/** A minimal JSON writer for flat attribute maps; enough for {@code toJSON} without a JSON library. */
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
    } else if (v instanceof Enum<?> e) {
      string(sb, e.name());
    } else {
      string(sb, v.toString()); // ISO-8601 for java.time, canonical form for UUID
    }
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
