package dev.sequor.it;

import static dev.sequor.it.EverythingModel.AMOUNT;
import static dev.sequor.it.EverythingModel.BOXED_BOOLEAN;
import static dev.sequor.it.EverythingModel.BOXED_DOUBLE;
import static dev.sequor.it.EverythingModel.BOXED_FLOAT;
import static dev.sequor.it.EverythingModel.BOXED_INT;
import static dev.sequor.it.EverythingModel.BOXED_LONG;
import static dev.sequor.it.EverythingModel.BOXED_SHORT;
import static dev.sequor.it.EverythingModel.BYTES;
import static dev.sequor.it.EverythingModel.INSTANT;
import static dev.sequor.it.EverythingModel.LOCAL_DATE;
import static dev.sequor.it.EverythingModel.LOCAL_DATE_TIME;
import static dev.sequor.it.EverythingModel.LOCAL_TIME;
import static dev.sequor.it.EverythingModel.OFFSET_DATE_TIME;
import static dev.sequor.it.EverythingModel.PLAIN_DECIMAL;
import static dev.sequor.it.EverythingModel.PRIMITIVE_BOOLEAN;
import static dev.sequor.it.EverythingModel.PRIMITIVE_DOUBLE;
import static dev.sequor.it.EverythingModel.PRIMITIVE_FLOAT;
import static dev.sequor.it.EverythingModel.PRIMITIVE_INT;
import static dev.sequor.it.EverythingModel.PRIMITIVE_LONG;
import static dev.sequor.it.EverythingModel.PRIMITIVE_SHORT;
import static dev.sequor.it.EverythingModel.SIZE;
import static dev.sequor.it.EverythingModel.TEXT;
import static dev.sequor.it.EverythingModel.UUID;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.sequor.Criterion;
import dev.sequor.DatabaseException;
import dev.sequor.Repository;
import dev.sequor.Sequor;
import dev.sequor.testing.SequorTest;
import dev.sequor.testing.TestDatabase;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.TimeZone;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Every supported type survives create and findByPk unchanged, at its extremes and as null. Runs with a JVM
 * default time zone that has half-hour offsets and daylight saving time, so conversions through the JVM's
 * zone (a classic source of shifted dates and times) show up; the connection's session zone follows it.
 */
@SequorTest(migrate = false)
class TypeRoundTripTest {

  /** 2024-03-10 02:00 -> 03:00 and 2024-11-03 02:00 -> 01:00 local; offsets -03:30 and -02:30. */
  private static final TimeZone ZONE = TimeZone.getTimeZone("America/St_Johns");

  private static TimeZone original;
  private static Sequor db;
  private static Repository<Everything, Long> everything;

  @BeforeAll
  static void connectInAnotherTimeZone(TestDatabase database) {
    TestTables.create(database, EverythingModel.MODEL);
    original = TimeZone.getDefault();
    TimeZone.setDefault(ZONE);
    db = Sequor.builder().url(database.jdbcUrl()).poolSize(2).build();
    everything = db.repository(EverythingModel.MODEL);
  }

  @AfterAll
  static void restoreTimeZone() {
    try {
      if (db != null) {
        db.close();
      }
    } finally {
      TimeZone.setDefault(original);
    }
  }

  /** Creates, reads back by key, and checks that what create returned is what was stored. */
  private static Everything roundTrip(UnaryOperator<Everything.Builder> values) {
    Everything created = everything.create(values.apply(Everything.builder()).build());
    Everything read = everything.findByPk(created.id()).orElseThrow();
    assertEquals(EverythingModel.MODEL.toJSON(created), EverythingModel.MODEL.toJSON(read),
        "create must return the row as findByPk reads it");
    return read;
  }

  @Test
  void theSessionRunsInTheJvmsTimeZone() {
    String zone = String.valueOf(db.dsl().fetchValue("SELECT current_setting('TimeZone')"));
    assertEquals("America/St_Johns", zone);
  }

  @Test
  void boxedAttributesKeepNullAndPrimitivesKeepZero() {
    Everything read = roundTrip(b -> b);
    assertNull(read.text());
    assertNull(read.boxedInt());
    assertNull(read.boxedLong());
    assertNull(read.boxedShort());
    assertNull(read.boxedBoolean());
    assertNull(read.amount());
    assertNull(read.plainDecimal());
    assertNull(read.boxedDouble());
    assertNull(read.boxedFloat());
    assertNull(read.instant());
    assertNull(read.offsetDateTime());
    assertNull(read.localDate());
    assertNull(read.localTime());
    assertNull(read.localDateTime());
    assertNull(read.uuid());
    assertNull(read.bytes());
    assertNull(read.size());
    assertEquals(0, read.primitiveInt());
    assertEquals(0L, read.primitiveLong());
    assertEquals((short) 0, read.primitiveShort());
    assertFalse(read.primitiveBoolean());
    assertEquals(0.0, read.primitiveDouble());
    assertEquals(0.0f, read.primitiveFloat());
  }

  @Test
  void boxedZeroAndFalseStayDistinctFromNull() {
    Everything read = roundTrip(b -> b.boxedInt(0).boxedLong(0L).boxedShort((short) 0).boxedBoolean(false)
        .boxedDouble(0.0).boxedFloat(0.0f).text("").bytes(new byte[0]));
    assertEquals(0, read.boxedInt());
    assertEquals(0L, read.boxedLong());
    assertEquals((short) 0, read.boxedShort());
    assertEquals(false, read.boxedBoolean());
    assertEquals(0.0, read.boxedDouble());
    assertEquals(0.0f, read.boxedFloat());
    assertEquals("", read.text());
    assertArrayEquals(new byte[0], read.bytes());
  }

  @Test
  void textKeepsQuotesBackslashesControlCharactersAndAstralCharacters() {
    String text = "O'Brien \"quoted\" \\back\\slash\\ 100% _under_ tab\there\nnew line Zoë 日本 😀";
    assertEquals(text, roundTrip(b -> b.text(text)).text());
  }

  @Test
  void integersKeepTheirExtremes() {
    Everything low = roundTrip(b -> b.boxedInt(Integer.MIN_VALUE).primitiveInt(Integer.MIN_VALUE));
    Everything high = roundTrip(b -> b.boxedInt(Integer.MAX_VALUE).primitiveInt(Integer.MAX_VALUE));
    assertEquals(Integer.MIN_VALUE, low.boxedInt());
    assertEquals(Integer.MIN_VALUE, low.primitiveInt());
    assertEquals(Integer.MAX_VALUE, high.boxedInt());
    assertEquals(Integer.MAX_VALUE, high.primitiveInt());
  }

  @Test
  void longsKeepTheirExtremes() {
    Everything low = roundTrip(b -> b.boxedLong(Long.MIN_VALUE).primitiveLong(Long.MIN_VALUE));
    Everything high = roundTrip(b -> b.boxedLong(Long.MAX_VALUE).primitiveLong(Long.MAX_VALUE));
    assertEquals(Long.MIN_VALUE, low.boxedLong());
    assertEquals(Long.MIN_VALUE, low.primitiveLong());
    assertEquals(Long.MAX_VALUE, high.boxedLong());
    assertEquals(Long.MAX_VALUE, high.primitiveLong());
  }

  @Test
  void shortsKeepTheirExtremes() {
    Everything low = roundTrip(b -> b.boxedShort(Short.MIN_VALUE).primitiveShort(Short.MIN_VALUE));
    Everything high = roundTrip(b -> b.boxedShort(Short.MAX_VALUE).primitiveShort(Short.MAX_VALUE));
    assertEquals(Short.MIN_VALUE, low.boxedShort());
    assertEquals(Short.MIN_VALUE, low.primitiveShort());
    assertEquals(Short.MAX_VALUE, high.boxedShort());
    assertEquals(Short.MAX_VALUE, high.primitiveShort());
  }

  @Test
  void booleansKeepTrue() {
    Everything read = roundTrip(b -> b.boxedBoolean(true).primitiveBoolean(true));
    assertEquals(true, read.boxedBoolean());
    assertTrue(read.primitiveBoolean());
  }

  @Test
  void decimalsWithinTheColumnsPrecisionAndScaleAreExact() {
    assertEquals(new BigDecimal("99999999.9999"), roundTrip(b -> b.amount(new BigDecimal("99999999.9999"))).amount());
    assertEquals(new BigDecimal("-0.0001"), roundTrip(b -> b.amount(new BigDecimal("-0.0001"))).amount());
  }

  @Test
  void decimalsAreStoredAndReturnedAtTheColumnsScale() {
    assertEquals(new BigDecimal("1.2346"), roundTrip(b -> b.amount(new BigDecimal("1.23456"))).amount());
    assertEquals(new BigDecimal("7.5000"), roundTrip(b -> b.amount(new BigDecimal("7.5"))).amount());
  }

  @Test
  void updatingADecimalToTheSameNumberAtAnotherScaleIsNoChange() {
    Everything stored = roundTrip(b -> b.amount(new BigDecimal("7.5")));

    assertSame(stored, everything.update(stored, AMOUNT.set(new BigDecimal("7.50"))));
    assertEquals(new BigDecimal("8.0000"), everything.update(stored, AMOUNT.set(new BigDecimal("8"))).amount());
  }

  @Test
  void decimalsBeyondTheColumnsPrecisionAreRefusedByTheDatabase() {
    DatabaseException e = assertThrows(DatabaseException.class,
        () -> everything.create(Everything.builder().amount(new BigDecimal("100000000")).build()));
    assertEquals("22003", e.sqlState());
    assertEquals("Everything", e.model());
  }

  @Test
  void unconstrainedDecimalsKeepEveryDigitAndTheirScale() {
    BigDecimal huge = new BigDecimal("-123456789012345678901234567890.123456789012345678901234567890");
    assertEquals(huge, roundTrip(b -> b.plainDecimal(huge)).plainDecimal());
    assertEquals(new BigDecimal("1.50"), roundTrip(b -> b.plainDecimal(new BigDecimal("1.50"))).plainDecimal());
    assertEquals(new BigDecimal("1E+3").toPlainString(),
        roundTrip(b -> b.plainDecimal(new BigDecimal("1E+3"))).plainDecimal().toPlainString());
  }

  @Test
  void doublesKeepTheirExtremesAndSpecialValues() {
    for (double value : new double[] {Double.MAX_VALUE, -Double.MAX_VALUE, Double.MIN_VALUE, Double.MIN_NORMAL,
        0.1, Double.NaN, Double.POSITIVE_INFINITY, Double.NEGATIVE_INFINITY}) {
      Everything read = roundTrip(b -> b.boxedDouble(value).primitiveDouble(value));
      assertEquals(value, read.boxedDouble(), "boxed " + value);
      assertEquals(value, read.primitiveDouble(), "primitive " + value);
    }
  }

  @Test
  void floatsKeepTheirExtremesAndSpecialValues() {
    for (float value : new float[] {Float.MAX_VALUE, -Float.MAX_VALUE, Float.MIN_NORMAL, 0.1f, Float.NaN,
        Float.POSITIVE_INFINITY, Float.NEGATIVE_INFINITY}) {
      Everything read = roundTrip(b -> b.boxedFloat(value).primitiveFloat(value));
      assertEquals(value, read.boxedFloat(), "boxed " + value);
      assertEquals(value, read.primitiveFloat(), "primitive " + value);
    }
  }

  @Test
  void instantsKeepMicrosecondsFromYearOneToYear9999() {
    for (String value : List.of("2024-03-10T05:30:00.123456Z", "1969-12-31T23:59:59.999999Z", "1970-01-01T00:00:00Z",
        "0001-01-01T00:00:00Z", "1582-10-10T12:00:00Z", "9999-12-31T23:59:59.999999Z")) {
      Instant instant = Instant.parse(value);
      assertEquals(instant, roundTrip(b -> b.instant(instant)).instant(), value);
    }
  }

  @Test
  void offsetDateTimesKeepTheirInstantAndComeBackInUtc() {
    OffsetDateTime value = OffsetDateTime.parse("2024-11-03T01:30:00.654321+05:30");
    OffsetDateTime read = roundTrip(b -> b.offsetDateTime(value)).offsetDateTime();
    assertEquals(value.toInstant(), read.toInstant());
    assertEquals(ZoneOffset.UTC, read.getOffset());
  }

  @Test
  void localDatesKeepTheirDayAcrossCalendarsAndZones() {
    for (String value : List.of("2024-02-29", "2024-03-10", "2024-11-03", "1970-01-01", "1582-10-04", "1582-10-15",
        "1000-06-15", "0001-01-01", "9999-12-31")) {
      LocalDate date = LocalDate.parse(value);
      assertEquals(date, roundTrip(b -> b.localDate(date)).localDate(), value);
    }
  }

  @Test
  void localTimesKeepMicroseconds() {
    for (String value : List.of("00:00", "12:34:56.789123", "23:59:59.999999", "02:30")) {
      LocalTime time = LocalTime.parse(value);
      assertEquals(time, roundTrip(b -> b.localTime(time)).localTime(), value);
    }
  }

  @Test
  void localDateTimesKeepWallClockTimesThatTheJvmZoneSkipsOrRepeats() {
    for (String value : List.of("2024-03-10T02:30:00", "2024-11-03T01:30:00.654321", "1969-12-31T23:59:59.999999",
        "0001-01-01T00:00", "1582-10-10T12:00", "9999-12-31T23:59:59.999999")) {
      LocalDateTime dateTime = LocalDateTime.parse(value);
      assertEquals(dateTime, roundTrip(b -> b.localDateTime(dateTime)).localDateTime(), value);
    }
  }

  @Test
  void uuidsKeepEveryBit() {
    for (java.util.UUID value : List.of(java.util.UUID.randomUUID(), new java.util.UUID(0, 0),
        new java.util.UUID(-1, -1), java.util.UUID.fromString("01890a5d-ac96-774b-bcce-b302099a8057"))) {
      assertEquals(value, roundTrip(b -> b.uuid(value)).uuid());
    }
  }

  @Test
  void bytesKeepEveryByteValue() {
    byte[] all = new byte[256];
    for (int i = 0; i < all.length; i++) {
      all[i] = (byte) i;
    }
    assertArrayEquals(all, roundTrip(b -> b.bytes(all)).bytes());
  }

  @Test
  void enumsKeepEveryConstant() {
    for (Size size : Size.values()) {
      assertEquals(size, roundTrip(b -> b.size(size)).size());
    }
  }

  @Test
  void everyTypeBindsInAnEqualityCriterion() {
    byte[] bytes = {0, 1, 2, (byte) 0xff};
    java.util.UUID uuid = java.util.UUID.randomUUID();
    Everything stored = everything.create(Everything.builder().text("t").boxedInt(1).primitiveInt(2).boxedLong(3L)
        .primitiveLong(4L).boxedShort((short) 5).primitiveShort((short) 6).boxedBoolean(true).primitiveBoolean(true)
        .amount(new BigDecimal("7.5")).plainDecimal(new BigDecimal("8.25")).boxedDouble(9.5).primitiveDouble(10.5)
        .boxedFloat(11.5f).primitiveFloat(12.5f).instant(Instant.parse("2024-03-10T05:30:00.123456Z"))
        .offsetDateTime(OffsetDateTime.parse("2024-11-03T01:30:00.5+05:30")).localDate(LocalDate.parse("2024-03-10"))
        .localTime(LocalTime.parse("02:30:00.25")).localDateTime(LocalDateTime.parse("2024-03-10T02:30:00.75"))
        .uuid(uuid).bytes(bytes).size(Size.MEDIUM).build());
    everything.create(Everything.builder().build()); // a row that matches none of the criteria below

    List<Criterion<Everything>> criteria = List.of(TEXT.eq("t"), BOXED_INT.eq(1), PRIMITIVE_INT.eq(2),
        BOXED_LONG.eq(3L), PRIMITIVE_LONG.eq(4L), BOXED_SHORT.eq((short) 5), PRIMITIVE_SHORT.eq((short) 6),
        BOXED_BOOLEAN.eq(true), PRIMITIVE_BOOLEAN.eq(true), AMOUNT.eq(new BigDecimal("7.5")),
        PLAIN_DECIMAL.eq(new BigDecimal("8.25")), BOXED_DOUBLE.eq(9.5), PRIMITIVE_DOUBLE.eq(10.5),
        BOXED_FLOAT.eq(11.5f), PRIMITIVE_FLOAT.eq(12.5f), INSTANT.eq(Instant.parse("2024-03-10T05:30:00.123456Z")),
        OFFSET_DATE_TIME.eq(OffsetDateTime.parse("2024-11-02T20:00:00.5Z")), LOCAL_DATE.eq(LocalDate.parse("2024-03-10")),
        LOCAL_TIME.eq(LocalTime.parse("02:30:00.25")), LOCAL_DATE_TIME.eq(LocalDateTime.parse("2024-03-10T02:30:00.75")),
        UUID.eq(uuid), BYTES.eq(bytes.clone()), SIZE.eq(Size.MEDIUM));
    for (Criterion<Everything> criterion : criteria) {
      assertEquals(List.of(stored.id()), everything.findAll(criterion).stream().map(Everything::id).toList(),
          criterion.toString());
    }
  }
}
