package dev.sequor.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.sequor.Attribute;
import dev.sequor.ModelType;
import dev.sequor.Repository;
import dev.sequor.Sequor;
import dev.sequor.testing.SequorTest;
import dev.sequor.testing.StatementLog;
import dev.sequor.testing.TestDatabase;
import java.math.BigDecimal;
import java.nio.ByteBuffer;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.UUID;
import java.util.function.IntFunction;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * {@code in} and {@code notIn} with 70,000 values, more than a statement can have parameters (65,535), for every
 * attribute type of the test models: each list travels as one array parameter, so the statement has one {@code ?}
 * whatever the count. Arrays of times are sent as the driver's text of each value, so that {@code in} matches
 * exactly what {@code eq} of each value matches, half microseconds included.
 */
@SequorTest(migrate = false, truncate = false)
@Timeout(120)
class LargeInListTest {

  private static final int COUNT = 70_000;

  private final Sequor db;
  private final StatementLog log;

  LargeInListTest(Sequor db, StatementLog log) {
    this.db = db;
    this.log = log;
  }

  @BeforeAll
  static void createTables(TestDatabase database) {
    TestTables.create(database, EverythingModel.MODEL, PostModel.MODEL, MeasurementModel.MODEL, PageModel.MODEL);
  }

  /**
   * An attribute, the value of the row that the list's other values never equal, and those others (value {@code i}
   * of the list), which a second row holds the first of.
   */
  private record Case<T>(Attribute<?, T> attribute, T kept, IntFunction<T> other) {}

  private static <T> Case<T> of(Attribute<?, T> attribute, T kept, IntFunction<T> other) {
    return new Case<>(attribute, kept, other);
  }

  @Test
  void everyScalarTypeTakesSeventyThousandValuesInOneParameter() {
    List<Case<?>> cases = List.of(
        of(EverythingModel.TEXT, "kept", i -> "other-" + i),
        of(EverythingModel.BOXED_INT, -1, i -> i),
        of(EverythingModel.PRIMITIVE_INT, -1, i -> i),
        of(EverythingModel.BOXED_LONG, -1L, i -> (long) i),
        of(EverythingModel.PRIMITIVE_LONG, -1L, i -> (long) i),
        of(EverythingModel.BOXED_SHORT, (short) -1, i -> (short) (i % 30_000)),
        of(EverythingModel.PRIMITIVE_SHORT, (short) -1, i -> (short) (i % 30_000)),
        of(EverythingModel.BOXED_BOOLEAN, true, i -> false),
        of(EverythingModel.PRIMITIVE_BOOLEAN, true, i -> false),
        of(EverythingModel.AMOUNT, new BigDecimal("-1.5000"), i -> BigDecimal.valueOf(i).add(new BigDecimal("0.25"))),
        of(EverythingModel.PLAIN_DECIMAL, new BigDecimal("-1.5"), i -> BigDecimal.valueOf(i, 2)),
        of(EverythingModel.BOXED_DOUBLE, -1.5, i -> i / 4.0),
        of(EverythingModel.PRIMITIVE_DOUBLE, -1.5, i -> i / 4.0),
        of(EverythingModel.BOXED_FLOAT, -1.5f, i -> i / 4.0f),
        of(EverythingModel.PRIMITIVE_FLOAT, -1.5f, i -> i / 4.0f),
        of(EverythingModel.INSTANT, Instant.parse("0001-01-01T00:00:00.000001Z"),
            i -> Instant.parse("2024-03-10T05:30:00.123456Z").plusSeconds(i)),
        of(EverythingModel.OFFSET_DATE_TIME, OffsetDateTime.parse("2024-11-03T01:30:00.654321+05:30")
            .withOffsetSameInstant(ZoneOffset.UTC), i -> OffsetDateTime.parse("1999-01-01T00:00:00Z").plusMinutes(i)),
        of(EverythingModel.LOCAL_DATE, LocalDate.parse("1582-10-04"), i -> LocalDate.parse("1900-01-01").plusDays(i)),
        of(EverythingModel.LOCAL_TIME, LocalTime.parse("23:59:59.999999"),
            i -> LocalTime.ofSecondOfDay(i % 86_000).plusNanos(1000)),
        of(EverythingModel.LOCAL_DATE_TIME, LocalDateTime.parse("9999-12-31T23:59:59.999999"),
            i -> LocalDateTime.parse("2024-03-10T02:30:00").plusSeconds(i)),
        of(EverythingModel.UUID, new UUID(-1, -1), i -> new UUID(0, i)),
        of(EverythingModel.BYTES, new byte[] {0, 1, 2, (byte) 255, 92, 34}, i -> ByteBuffer.allocate(4).putInt(i)
            .array()),
        of(EverythingModel.SIZE, Size.SMALL, i -> Size.values()[1 + i % 2]));
    Repository<Everything, Long> everything = db.repository(EverythingModel.MODEL);
    everything.destroy(dev.sequor.Criterion.always());
    Everything kept = everything.create(row(EverythingModel.MODEL, cases, -1));
    Everything other = everything.create(row(EverythingModel.MODEL, cases, 0));

    for (Case<?> c : cases) {
      assertOneParameterEach(everything, c, kept.id(), other.id());
    }
  }

  @Test
  void everyArrayTypeTakesSeventyThousandArraysInOneParameter() {
    String[] tricky = {"a,b", "c\"d", "e\\f", "{x}", null, "NULL", " ", ""};
    assertArrays(PostModel.MODEL, List.of(
        of(PostModel.TAGS, tricky, i -> new String[] {"t" + i}),
        of(PostModel.SCORES, Arrays.asList(1, null, -3), i -> List.of(i)),
        of(PostModel.IDS, new Long[] {Long.MAX_VALUE, Long.MIN_VALUE}, i -> new Long[] {(long) i, 0L})),
        new Object[] {null, "kept-post", null, null, null}, new Object[] {null, "other-post", null, null, null});
    assertArrays(MeasurementModel.MODEL, List.of(
        of(MeasurementModel.LEVELS, new Short[] {(short) -1}, i -> new Short[] {(short) (i % 30_000)}),
        of(MeasurementModel.FLAGS, new Boolean[] {true, null}, i -> new Boolean[] {false}),
        of(MeasurementModel.READINGS, List.of(Double.NaN, Double.POSITIVE_INFINITY, -0.5), i -> List.of((double) i)),
        of(MeasurementModel.AMOUNTS, new BigDecimal[] {new BigDecimal("1E+3"), new BigDecimal("-0.01")},
            i -> new BigDecimal[] {BigDecimal.valueOf(i, 2)}),
        of(MeasurementModel.REFS, List.of(new UUID(1, 2)), i -> List.of(new UUID(0, i)))),
        new Object[6], new Object[6]);
    assertArrays(PageModel.MODEL, List.of(
        of(PageModel.NOTES, List.of("line\nbreak", "tab\tand \\ and \"", "\uD83D\uDE00"), i -> List.of("n" + i))),
        new Object[] {null, "kept-page", null, null, null, null, null, null},
        new Object[] {null, "other-page", null, null, null, null, null, null});
  }

  @Test
  void quantifiedComparisonsTakeSeventyThousandValuesInOneParameter() {
    Repository<Everything, Long> everything = db.repository(EverythingModel.MODEL);
    everything.destroy(dev.sequor.Criterion.always());
    Instant base = Instant.parse("2024-01-01T00:00:00Z");
    everything.create(Everything.builder().instant(base).text("m").build());
    List<Instant> later = new ArrayList<>();
    List<String> patterns = new ArrayList<>();
    for (int i = 1; i <= COUNT; i++) {
      later.add(base.plusSeconds(i));
      patterns.add("x" + i + "%");
    }
    patterns.add("m%");
    log.clear();

    assertEquals(1, everything.count(EverythingModel.INSTANT.ltAll(later)));
    assertEquals(0, everything.count(EverythingModel.INSTANT.gtAny(later)));
    assertEquals(1, everything.count(EverythingModel.TEXT.likeAny(patterns)));
    for (String sql : log.all()) {
      assertEquals(1, sql.chars().filter(c -> c == '?').count(), sql);
    }
  }

  @Test
  void anArrayOfTimesMatchesWhatEqMatchesHalfMicrosecondsIncluded() {
    Repository<Everything, Long> everything = db.repository(EverythingModel.MODEL);
    everything.destroy(dev.sequor.Criterion.always());
    everything.create(Everything.builder().instant(Instant.parse("2024-01-01T00:00:00.000001Z"))
        .localTime(LocalTime.parse("12:00:00.000001")).localDateTime(LocalDateTime.parse("2024-01-01T00:00:00.000001"))
        .offsetDateTime(OffsetDateTime.parse("2024-01-01T00:00:00.000001Z")).build());

    for (Instant probe : List.of(Instant.parse("2024-01-01T00:00:00.0000005Z"),
        Instant.parse("2024-01-01T00:00:00.0000014Z"), Instant.parse("2024-01-01T00:00:00.0000015Z"))) {
      assertEquals(everything.count(EverythingModel.INSTANT.eq(probe)),
          everything.count(EverythingModel.INSTANT.in(probe)), probe.toString());
      OffsetDateTime offset = probe.atOffset(ZoneOffset.ofHours(2));
      assertEquals(everything.count(EverythingModel.OFFSET_DATE_TIME.eq(offset)),
          everything.count(EverythingModel.OFFSET_DATE_TIME.in(offset)), offset.toString());
    }
    for (LocalTime probe : List.of(LocalTime.parse("12:00:00.0000005"), LocalTime.parse("12:00:00.0000004"))) {
      assertEquals(everything.count(EverythingModel.LOCAL_TIME.eq(probe)),
          everything.count(EverythingModel.LOCAL_TIME.in(probe)), probe.toString());
    }
    LocalDateTime half = LocalDateTime.parse("2024-01-01T00:00:00.0000005");
    assertEquals(1, everything.count(EverythingModel.LOCAL_DATE_TIME.eq(half)));
    assertEquals(1, everything.count(EverythingModel.LOCAL_DATE_TIME.in(half)));
    assertEquals(1, everything.count(EverythingModel.INSTANT.in(Instant.parse("2024-01-01T00:00:00.0000005Z"))),
        "rounded half up, as the driver rounds a single value");
  }

  @Test
  void datesBeforeYearOneAndTheEndOfTimeMatchAsEqDoes() {
    Repository<Everything, Long> everything = db.repository(EverythingModel.MODEL);
    everything.destroy(dev.sequor.Criterion.always());
    LocalDate bc = LocalDate.of(-5, 3, 1); // 6 BC
    everything.create(Everything.builder().localDate(bc).localTime(LocalTime.MAX).build());

    assertEquals(1, everything.count(EverythingModel.LOCAL_DATE.eq(bc)));
    assertEquals(1, everything.count(EverythingModel.LOCAL_DATE.in(bc, LocalDate.of(2000, 1, 1))));
    assertEquals(everything.count(EverythingModel.LOCAL_TIME.eq(LocalTime.MAX)),
        everything.count(EverythingModel.LOCAL_TIME.in(LocalTime.MAX)));
  }

  // ---- helpers -------------------------------------------------------------------------------------------------

  /** A row holding each case's kept value ({@code index} -1) or its {@code index}th other. */
  private static <M> M row(ModelType<M, ?> model, List<Case<?>> cases, int index) {
    Object[] values = new Object[model.attributes().size()];
    for (Case<?> c : cases) {
      values[model.attributes().indexOf(c.attribute())] = index < 0 ? c.kept() : c.other().apply(index);
    }
    return model.newInstance(values);
  }

  private <M> void assertArrays(ModelType<M, Long> model, List<Case<?>> cases, Object[] keptBase,
      Object[] otherBase) {
    Repository<M, Long> repository = db.repository(model);
    repository.destroy(dev.sequor.Criterion.always());
    Object[] keptValues = keptBase.clone();
    Object[] otherValues = otherBase.clone();
    for (Case<?> c : cases) {
      keptValues[model.attributes().indexOf(c.attribute())] = c.kept();
      otherValues[model.attributes().indexOf(c.attribute())] = c.other().apply(0);
    }
    M kept = repository.create(model.newInstance(keptValues));
    M other = repository.create(model.newInstance(otherValues));
    Attribute<M, ?> id = model.primaryKey().get(0);
    for (Case<?> c : cases) {
      assertOneParameterEach(repository, c, (Long) id.get(kept), (Long) id.get(other));
    }
  }

  /**
   * {@code in} of the 70,000 others and the kept value finds both rows; of the others alone, the other row;
   * {@code notIn} of the others, the kept row; each in one statement with one parameter.
   */
  @SuppressWarnings("unchecked")
  private <M, T> void assertOneParameterEach(Repository<M, Long> repository, Case<T> c, Long kept, Long other) {
    Attribute<M, T> attribute = (Attribute<M, T>) c.attribute();
    List<T> others = new ArrayList<>(COUNT + 1);
    for (int i = 0; i < COUNT; i++) {
      others.add(c.other().apply(i));
    }
    List<T> withKept = new ArrayList<>(others);
    withKept.add(c.kept());
    Attribute<M, ?> id = repository.model().primaryKey().get(0);
    log.clear();

    assertEquals(List.of(kept, other), ids(repository.findAll(attribute.in(withKept)), id), attribute.toString());
    assertEquals(List.of(other), ids(repository.findAll(attribute.in(others)), id), attribute.toString());
    assertEquals(List.of(kept), ids(repository.findAll(attribute.notIn(others)), id), attribute.toString());
    assertEquals(3, log.count(), attribute.toString());
    for (String sql : log.all()) {
      assertEquals(1, sql.chars().filter(ch -> ch == '?').count(), sql);
      assertTrue(sql.length() < 2_000, sql);
    }
  }

  private static <M> List<Long> ids(List<M> rows, Attribute<M, ?> id) {
    return rows.stream().map(r -> (Long) Objects.requireNonNull(id.get(r))).sorted().toList();
  }
}
