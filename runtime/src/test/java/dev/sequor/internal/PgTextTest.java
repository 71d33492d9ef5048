package dev.sequor.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

/** {@link PgText}: the text of values sent in an array parameter, as the driver writes one value alone. */
class PgTextTest {

  @Test
  void timesAreWrittenAsTheDriverWritesOneValue() {
    assertEquals("2024-03-10 05:30:00.123456+00", PgText.timestamptz(Instant.parse("2024-03-10T05:30:00.123456Z")));
    assertEquals("2024-01-01 00:00:00.000001+00", PgText.timestamptz(Instant.parse("2024-01-01T00:00:00.0000005Z")),
        "half a microsecond rounds up");
    assertEquals("2024-01-01 00:00+00", PgText.timestamptz(Instant.parse("2024-01-01T00:00:00.0000004Z")));
    assertEquals("2024-11-02 20:00:00.500+00", PgText.timestamptz(OffsetDateTime.parse("2024-11-03T01:30:00.5+05:30")));
    assertEquals("0001-12-31 18:30+00 BC", PgText.timestamptz(OffsetDateTime.parse("0001-01-01T00:00+05:30")));
    assertEquals("0006-03-01 BC", PgText.date(LocalDate.of(-5, 3, 1)));
    assertEquals("1582-10-04", PgText.date(LocalDate.parse("1582-10-04")));
    assertEquals("infinity", PgText.date(LocalDate.MAX));
    assertEquals("24:00:00", PgText.time(LocalTime.MAX));
    assertEquals("12:00:00.000001", PgText.time(LocalTime.parse("12:00:00.0000005")));
    assertEquals("12:00", PgText.time(LocalTime.parse("12:00:00.0000004")));
    assertEquals("2024-01-01 00:00:00.000001",
        PgText.localTimestamp(LocalDateTime.parse("2024-01-01T00:00:00.0000005")));
    assertEquals("infinity", PgText.localTimestamp(LocalDateTime.MAX));
  }

  @Test
  void arrayLiteralsQuoteEveryElement() {
    assertEquals("{\"a,b\",\"c\\\"d\",\"e\\\\f\",NULL,\"NULL\",\"\"}",
        PgText.arrayLiteral(Arrays.asList("a,b", "c\"d", "e\\f", null, "NULL", "")));
    assertEquals("{\"1\",\"-2\"}", PgText.arrayLiteral(List.of(1, -2)));
    assertEquals("{}", PgText.arrayLiteral(List.of()));
  }
}
