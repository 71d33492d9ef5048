package dev.sequor.internal;

import dev.sequor.Json;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.UUID;

/**
 * Values in PostgreSQL's {@code COPY ... FROM STDIN} text format, for bulk inserts that need no rows back:
 * tab-separated columns, {@code \N} for null, backslash escapes in text. Only types whose text form PostgreSQL
 * reads back exactly are written; {@link #append} says no to anything else, and the caller inserts with
 * {@code VALUES} instead.
 */
final class CopyText {

  private CopyText() {}

  /** Appends {@code value} in COPY text format; false (with {@code out} left partly written) if it cannot. */
  static boolean append(StringBuilder out, Object value) {
    if (value == null) {
      out.append("\\N");
    } else if (value instanceof String s) {
      escape(out, s);
    } else if (value instanceof Integer || value instanceof Long || value instanceof Short) {
      out.append(value);
    } else if (value instanceof BigDecimal d) {
      out.append(d.toPlainString());
    } else if (value instanceof Boolean b) {
      out.append(b ? 't' : 'f');
    } else if (value instanceof Double || value instanceof Float) {
      out.append(value); // Java's NaN and Infinity are PostgreSQL's spellings too
    } else if (value instanceof Instant i) {
      return appendTimestamp(out, i.atOffset(ZoneOffset.UTC));
    } else if (value instanceof OffsetDateTime t) {
      return appendTimestamp(out, t);
    } else if (value instanceof LocalDate d) {
      if (!inIsoRange(d.getYear())) {
        return false;
      }
      out.append(d);
    } else if (value instanceof LocalDateTime t) {
      if (!inIsoRange(t.getYear())) {
        return false;
      }
      out.append(t);
    } else if (value instanceof LocalTime t) {
      out.append(t);
    } else if (value instanceof UUID u) {
      out.append(u);
    } else if (value instanceof Enum<?> e) {
      escape(out, e.name());
    } else if (value instanceof Json json) {
      escape(out, json.text());
    } else {
      return false; // arrays, bytes: the VALUES path binds them
    }
    return true;
  }

  private static boolean appendTimestamp(StringBuilder out, OffsetDateTime t) {
    if (!inIsoRange(t.getYear())) {
      return false;
    }
    out.append(t);
    return true;
  }

  /** Years PostgreSQL reads in ISO 8601 form as Java writes it (no sign, four digits). */
  private static boolean inIsoRange(int year) {
    return year >= 1 && year <= 9999;
  }

  private static void escape(StringBuilder out, String s) {
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      switch (c) {
        case '\\' -> out.append("\\\\");
        case '\t' -> out.append("\\t");
        case '\n' -> out.append("\\n");
        case '\r' -> out.append("\\r");
        default -> out.append(c);
      }
    }
  }
}
