package dev.sequor.internal;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.List;

/**
 * PostgreSQL's text form of values that go into an array parameter as text ({@code IN} as {@code = ANY (?)}): the
 * same text, rounded the same way, as the driver sends for one such value alone, so that {@code in(list)} matches
 * exactly the rows that {@code eq} of each value would. The driver rounds nanoseconds to PostgreSQL's microseconds
 * half up, writes years before 1 with {@code BC}, and the extremes of {@code java.time} as {@code infinity}.
 */
final class PgText {

  /** What the driver writes as {@code infinity}: within half a microsecond of the largest value. */
  private static final LocalDateTime MAX_DATE_TIME = LocalDateTime.MAX.minusNanos(500);

  private PgText() {}

  /** A {@code timestamptz}, from an {@code Instant} (bound at UTC, as its column type does) or an OffsetDateTime. */
  static String timestamptz(Object value) {
    OffsetDateTime t = value instanceof Instant i ? i.atOffset(ZoneOffset.UTC) : (OffsetDateTime) value;
    if (t.equals(OffsetDateTime.MAX) || t.toLocalDateTime().isAfter(MAX_DATE_TIME)) {
      return "infinity";
    } else if (t.equals(OffsetDateTime.MIN)) {
      return "-infinity";
    }
    OffsetDateTime utc = roundToMicros(t.toInstant()).atOffset(ZoneOffset.UTC);
    return timestamp(utc.toLocalDateTime()) + "+00" + era(utc.getYear());
  }

  /** A {@code date}. */
  static String date(LocalDate d) {
    if (d.equals(LocalDate.MAX)) {
      return "infinity";
    } else if (d.equals(LocalDate.MIN)) {
      return "-infinity";
    }
    return day(d) + era(d.getYear());
  }

  /** A {@code time}: one that rounds up past midnight is {@code 24:00:00}, as the driver writes it. */
  static String time(LocalTime t) {
    if (t.getNano() % 1000 > 499) {
      LocalTime up = t.plusNanos(1000).truncatedTo(ChronoUnit.MICROS);
      return up.isBefore(t) ? "24:00:00" : up.toString();
    }
    return t.truncatedTo(ChronoUnit.MICROS).toString();
  }

  /** A {@code timestamp}. */
  static String localTimestamp(LocalDateTime t) {
    if (t.isAfter(MAX_DATE_TIME)) {
      return "infinity";
    } else if (t.equals(LocalDateTime.MIN)) {
      return "-infinity";
    }
    LocalDateTime rounded = t.getNano() % 1000 > 499 ? t.plusNanos(1000) : t;
    rounded = rounded.truncatedTo(ChronoUnit.MICROS);
    return timestamp(rounded) + era(rounded.getYear());
  }

  /**
   * A PostgreSQL array literal of {@code elements} ({@code {"a","b \"c\"",NULL}}): each element quoted, with
   * {@code \} and {@code "} escaped, by its {@code toString()}, which is PostgreSQL's text form for the element
   * types Sequor's arrays hold (text, integers, booleans, floating point, numeric, UUID).
   */
  static String arrayLiteral(List<?> elements) {
    StringBuilder out = new StringBuilder(2 + elements.size() * 8).append('{');
    for (int i = 0; i < elements.size(); i++) {
      if (i > 0) {
        out.append(',');
      }
      Object element = elements.get(i);
      if (element == null) {
        out.append("NULL");
        continue;
      }
      String text = element.toString();
      out.append('"');
      for (int c = 0; c < text.length(); c++) {
        char ch = text.charAt(c);
        if (ch == '"' || ch == '\\') {
          out.append('\\');
        }
        out.append(ch);
      }
      out.append('"');
    }
    return out.append('}').toString();
  }

  private static Instant roundToMicros(Instant i) {
    return (i.getNano() % 1000 > 499 ? i.plusNanos(1000) : i).truncatedTo(ChronoUnit.MICROS);
  }

  /** {@code yyyy-mm-dd hh:mm:ss[.ffffff]}, the year as the era writes it. */
  private static String timestamp(LocalDateTime t) {
    return day(t.toLocalDate()) + ' ' + t.toLocalTime();
  }

  /** The day without its era: a year before 1 is written as the year of BC it is (0 is 1 BC). */
  private static String day(LocalDate d) {
    int year = d.getYear() > 0 ? d.getYear() : 1 - d.getYear();
    StringBuilder out = new StringBuilder(10);
    padded(out, year, 4).append('-');
    padded(out, d.getMonthValue(), 2).append('-');
    return padded(out, d.getDayOfMonth(), 2).toString();
  }

  private static StringBuilder padded(StringBuilder out, int value, int digits) {
    String text = Integer.toString(value);
    for (int i = text.length(); i < digits; i++) {
      out.append('0');
    }
    return out.append(text);
  }

  private static String era(int year) {
    return year > 0 ? "" : " BC";
  }
}
