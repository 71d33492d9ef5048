package test.models;

import dev.sequor.ArrayAttribute;
import dev.sequor.ArrayColumnType;
import dev.sequor.Attribute;
import dev.sequor.BooleanAttribute;
import dev.sequor.ColumnType;
import dev.sequor.ColumnTypes;
import dev.sequor.ComparableAttribute;
import dev.sequor.GeneratedModels;
import dev.sequor.ModelType;
import dev.sequor.NumberAttribute;
import dev.sequor.Sequor;
import dev.sequor.StringAttribute;
import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;
import javax.annotation.processing.Generated;

/**
 * Sequor metadata for {@link EveryType}: table {@code EveryTypes}.
 *
 * <p>Use the attribute constants in criteria ({@code UUID.eq(...)}) and in jOOQ's DSL ({@code UUID.field()}, with {@code MODEL.table()}), and {@link #MODEL} with {@link Sequor#repository} for finders and writes.
 */
@Generated(
    value = "dev.sequor.processor.SequorProcessor",
    comments = "from test.models.EveryType"
)
public final class EveryTypeModel {
  private static final ColumnType<Status> STATUS_TYPE = ColumnTypes.enumType(Status.class, "enum_EveryTypes_status");

  private static final ArrayColumnType<String[], String> STRING_ARRAY_TYPE = ColumnTypes.array(ColumnTypes.STRING, String[]::new);

  private static final ArrayColumnType<List<String>, String> STRING_LIST_TYPE = ColumnTypes.list(ColumnTypes.STRING);

  private static final ArrayColumnType<Integer[], Integer> INTEGER_ARRAY_TYPE = ColumnTypes.array(ColumnTypes.INTEGER, Integer[]::new);

  private static final ArrayColumnType<List<Integer>, Integer> INTEGER_LIST_TYPE = ColumnTypes.list(ColumnTypes.INTEGER);

  private static final ArrayColumnType<Long[], Long> LONG_ARRAY_TYPE = ColumnTypes.array(ColumnTypes.LONG, Long[]::new);

  private static final ArrayColumnType<List<Long>, Long> LONG_LIST_TYPE = ColumnTypes.list(ColumnTypes.LONG);

  private static final ArrayColumnType<Short[], Short> SHORT_ARRAY_TYPE = ColumnTypes.array(ColumnTypes.SHORT, Short[]::new);

  private static final ArrayColumnType<Boolean[], Boolean> BOOLEAN_ARRAY_TYPE = ColumnTypes.array(ColumnTypes.BOOLEAN, Boolean[]::new);

  private static final ArrayColumnType<Double[], Double> DOUBLE_ARRAY_TYPE = ColumnTypes.array(ColumnTypes.DOUBLE, Double[]::new);

  private static final ArrayColumnType<BigDecimal[], BigDecimal> DECIMAL_ARRAY_TYPE = ColumnTypes.array(ColumnTypes.BIG_DECIMAL, BigDecimal[]::new);

  private static final ArrayColumnType<List<UUID>, UUID> UUID_LIST_TYPE = ColumnTypes.list(ColumnTypes.UUID);

  private static final GeneratedModels.Model<EveryType, UUID> M =
      GeneratedModels.model("EveryType", EveryType.class, "EveryTypes", EveryTypeModel::get);

  /**
   * {@link EveryType#uuid()}: column {@code uuid}, {@code UUID NOT NULL}, primary key.
   */
  public static final ComparableAttribute<EveryType, UUID> UUID =
      M.comparable("uuid", "uuid", ColumnTypes.UUID, GeneratedModels.PRIMARY_KEY | GeneratedModels.NOT_NULL);

  /**
   * {@link EveryType#string()}: column {@code string}, {@code VARCHAR(255)}.
   */
  public static final StringAttribute<EveryType> STRING =
      M.string("string", "string", 0);

  /**
   * {@link EveryType#boxedInt()}: column {@code boxedInt}, {@code INTEGER}.
   */
  public static final NumberAttribute<EveryType, Integer> BOXED_INT =
      M.number("boxedInt", "boxedInt", ColumnTypes.INTEGER, 0);

  /**
   * {@link EveryType#primitiveInt()}: column {@code primitiveInt}, {@code INTEGER NOT NULL}.
   */
  public static final NumberAttribute<EveryType, Integer> PRIMITIVE_INT =
      M.number("primitiveInt", "primitiveInt", ColumnTypes.INTEGER, GeneratedModels.NOT_NULL);

  /**
   * {@link EveryType#boxedLong()}: column {@code boxedLong}, {@code BIGINT}.
   */
  public static final NumberAttribute<EveryType, Long> BOXED_LONG =
      M.number("boxedLong", "boxedLong", ColumnTypes.LONG, 0);

  /**
   * {@link EveryType#primitiveLong()}: column {@code primitiveLong}, {@code BIGINT NOT NULL}.
   */
  public static final NumberAttribute<EveryType, Long> PRIMITIVE_LONG =
      M.number("primitiveLong", "primitiveLong", ColumnTypes.LONG, GeneratedModels.NOT_NULL);

  /**
   * {@link EveryType#boxedShort()}: column {@code boxedShort}, {@code SMALLINT}.
   */
  public static final NumberAttribute<EveryType, Short> BOXED_SHORT =
      M.number("boxedShort", "boxedShort", ColumnTypes.SHORT, 0);

  /**
   * {@link EveryType#primitiveShort()}: column {@code primitiveShort}, {@code SMALLINT NOT NULL}.
   */
  public static final NumberAttribute<EveryType, Short> PRIMITIVE_SHORT =
      M.number("primitiveShort", "primitiveShort", ColumnTypes.SHORT, GeneratedModels.NOT_NULL);

  /**
   * {@link EveryType#boxedBoolean()}: column {@code boxedBoolean}, {@code BOOLEAN}.
   */
  public static final BooleanAttribute<EveryType> BOXED_BOOLEAN =
      M.bool("boxedBoolean", "boxedBoolean", 0);

  /**
   * {@link EveryType#primitiveBoolean()}: column {@code primitiveBoolean}, {@code BOOLEAN NOT NULL DEFAULT true}.
   */
  public static final BooleanAttribute<EveryType> PRIMITIVE_BOOLEAN =
      M.bool("primitiveBoolean", "primitiveBoolean", GeneratedModels.NOT_NULL | GeneratedModels.HAS_DEFAULT);

  /**
   * {@link EveryType#decimal()}: column {@code decimal}, {@code DECIMAL DEFAULT 1.50}.
   */
  public static final NumberAttribute<EveryType, BigDecimal> DECIMAL =
      M.number("decimal", "decimal", ColumnTypes.BIG_DECIMAL, GeneratedModels.HAS_DEFAULT);

  /**
   * {@link EveryType#boxedDouble()}: column {@code boxedDouble}, {@code DOUBLE PRECISION}.
   */
  public static final NumberAttribute<EveryType, Double> BOXED_DOUBLE =
      M.number("boxedDouble", "boxedDouble", ColumnTypes.DOUBLE, 0);

  /**
   * {@link EveryType#primitiveDouble()}: column {@code primitiveDouble}, {@code DOUBLE PRECISION NOT NULL}.
   */
  public static final NumberAttribute<EveryType, Double> PRIMITIVE_DOUBLE =
      M.number("primitiveDouble", "primitiveDouble", ColumnTypes.DOUBLE, GeneratedModels.NOT_NULL);

  /**
   * {@link EveryType#boxedFloat()}: column {@code boxedFloat}, {@code REAL}.
   */
  public static final NumberAttribute<EveryType, Float> BOXED_FLOAT =
      M.number("boxedFloat", "boxedFloat", ColumnTypes.FLOAT, 0);

  /**
   * {@link EveryType#primitiveFloat()}: column {@code primitiveFloat}, {@code REAL NOT NULL}.
   */
  public static final NumberAttribute<EveryType, Float> PRIMITIVE_FLOAT =
      M.number("primitiveFloat", "primitiveFloat", ColumnTypes.FLOAT, GeneratedModels.NOT_NULL);

  /**
   * {@link EveryType#instant()}: column {@code instant}, {@code TIMESTAMP WITH TIME ZONE}.
   */
  public static final ComparableAttribute<EveryType, Instant> INSTANT =
      M.comparable("instant", "instant", ColumnTypes.INSTANT, 0);

  /**
   * {@link EveryType#offsetDateTime()}: column {@code offsetDateTime}, {@code TIMESTAMP WITH TIME ZONE}.
   */
  public static final ComparableAttribute<EveryType, OffsetDateTime> OFFSET_DATE_TIME =
      M.comparable("offsetDateTime", "offsetDateTime", ColumnTypes.OFFSET_DATE_TIME, 0);

  /**
   * {@link EveryType#localDate()}: column {@code localDate}, {@code DATE DEFAULT '2024-01-31'}.
   */
  public static final ComparableAttribute<EveryType, LocalDate> LOCAL_DATE =
      M.comparable("localDate", "localDate", ColumnTypes.LOCAL_DATE, GeneratedModels.HAS_DEFAULT);

  /**
   * {@link EveryType#localTime()}: column {@code localTime}, {@code TIME}.
   */
  public static final ComparableAttribute<EveryType, LocalTime> LOCAL_TIME =
      M.comparable("localTime", "localTime", ColumnTypes.LOCAL_TIME, 0);

  /**
   * {@link EveryType#localDateTime()}: column {@code localDateTime}, {@code TIMESTAMP}.
   */
  public static final ComparableAttribute<EveryType, LocalDateTime> LOCAL_DATE_TIME =
      M.comparable("localDateTime", "localDateTime", ColumnTypes.LOCAL_DATE_TIME, 0);

  /**
   * {@link EveryType#bytes()}: column {@code bytes}, {@code BYTEA}.
   */
  public static final Attribute<EveryType, byte[]> BYTES =
      M.attribute("bytes", "bytes", ColumnTypes.BYTES, 0);

  /**
   * {@link EveryType#status()}: column {@code status}, {@code "enum_EveryTypes_status" DEFAULT 'ACTIVE'}.
   */
  public static final ComparableAttribute<EveryType, Status> STATUS =
      M.comparable("status", "status", STATUS_TYPE, GeneratedModels.HAS_DEFAULT);

  /**
   * {@link EveryType#stringArray()}: column {@code stringArray}, {@code VARCHAR(255)[]}.
   */
  public static final ArrayAttribute<EveryType, String[], String> STRING_ARRAY =
      M.array("stringArray", "stringArray", STRING_ARRAY_TYPE, 0);

  /**
   * {@link EveryType#stringList()}: column {@code stringList}, {@code VARCHAR(20)[]}.
   */
  public static final ArrayAttribute<EveryType, List<String>, String> STRING_LIST =
      M.array("stringList", "stringList", STRING_LIST_TYPE, 0);

  /**
   * {@link EveryType#integerArray()}: column {@code integerArray}, {@code INTEGER[]}.
   */
  public static final ArrayAttribute<EveryType, Integer[], Integer> INTEGER_ARRAY =
      M.array("integerArray", "integerArray", INTEGER_ARRAY_TYPE, 0);

  /**
   * {@link EveryType#integerList()}: column {@code integerList}, {@code INTEGER[]}.
   */
  public static final ArrayAttribute<EveryType, List<Integer>, Integer> INTEGER_LIST =
      M.array("integerList", "integerList", INTEGER_LIST_TYPE, 0);

  /**
   * {@link EveryType#longArray()}: column {@code longArray}, {@code BIGINT[]}.
   */
  public static final ArrayAttribute<EveryType, Long[], Long> LONG_ARRAY =
      M.array("longArray", "longArray", LONG_ARRAY_TYPE, 0);

  /**
   * {@link EveryType#longList()}: column {@code longList}, {@code BIGINT[]}.
   */
  public static final ArrayAttribute<EveryType, List<Long>, Long> LONG_LIST =
      M.array("longList", "longList", LONG_LIST_TYPE, 0);

  /**
   * {@link EveryType#shortArray()}: column {@code shortArray}, {@code SMALLINT[]}.
   */
  public static final ArrayAttribute<EveryType, Short[], Short> SHORT_ARRAY =
      M.array("shortArray", "shortArray", SHORT_ARRAY_TYPE, 0);

  /**
   * {@link EveryType#booleanArray()}: column {@code booleanArray}, {@code BOOLEAN[]}.
   */
  public static final ArrayAttribute<EveryType, Boolean[], Boolean> BOOLEAN_ARRAY =
      M.array("booleanArray", "booleanArray", BOOLEAN_ARRAY_TYPE, 0);

  /**
   * {@link EveryType#doubleArray()}: column {@code doubleArray}, {@code DOUBLE PRECISION[]}.
   */
  public static final ArrayAttribute<EveryType, Double[], Double> DOUBLE_ARRAY =
      M.array("doubleArray", "doubleArray", DOUBLE_ARRAY_TYPE, 0);

  /**
   * {@link EveryType#decimalArray()}: column {@code decimalArray}, {@code DECIMAL(6,2)[]}.
   */
  public static final ArrayAttribute<EveryType, BigDecimal[], BigDecimal> DECIMAL_ARRAY =
      M.array("decimalArray", "decimalArray", DECIMAL_ARRAY_TYPE, 0);

  /**
   * {@link EveryType#uuidList()}: column {@code uuidList}, {@code UUID[]}.
   */
  public static final ArrayAttribute<EveryType, List<UUID>, UUID> UUID_LIST =
      M.array("uuidList", "uuidList", UUID_LIST_TYPE, 0);

  /**
   * The model {@code EveryType}: pass it to {@link Sequor#repository} for its finders and writes.
   */
  public static final ModelType<EveryType, UUID> MODEL = M.build(EveryTypeModel::map, EveryTypeModel::create);

  private EveryTypeModel() {
  }

  /**
   * Reads attribute {@code index}, in declaration order.
   */
  private static Object get(EveryType instance, int index) {
    switch (index) {
      case 0: return instance.uuid();
      case 1: return instance.string();
      case 2: return instance.boxedInt();
      case 3: return instance.primitiveInt();
      case 4: return instance.boxedLong();
      case 5: return instance.primitiveLong();
      case 6: return instance.boxedShort();
      case 7: return instance.primitiveShort();
      case 8: return instance.boxedBoolean();
      case 9: return instance.primitiveBoolean();
      case 10: return instance.decimal();
      case 11: return instance.boxedDouble();
      case 12: return instance.primitiveDouble();
      case 13: return instance.boxedFloat();
      case 14: return instance.primitiveFloat();
      case 15: return instance.instant();
      case 16: return instance.offsetDateTime();
      case 17: return instance.localDate();
      case 18: return instance.localTime();
      case 19: return instance.localDateTime();
      case 20: return instance.bytes();
      case 21: return instance.status();
      case 22: return instance.stringArray();
      case 23: return instance.stringList();
      case 24: return instance.integerArray();
      case 25: return instance.integerList();
      case 26: return instance.longArray();
      case 27: return instance.longList();
      case 28: return instance.shortArray();
      case 29: return instance.booleanArray();
      case 30: return instance.doubleArray();
      case 31: return instance.decimalArray();
      case 32: return instance.uuidList();
      default: throw new IndexOutOfBoundsException(index);
    }
  }

  /**
   * Reads the current row, whose columns are the attributes in declaration order.
   */
  private static EveryType map(ResultSet rs) throws SQLException {
    return new EveryType(
        ColumnTypes.UUID.read(rs, 1),
        ColumnTypes.STRING.read(rs, 2),
        ColumnTypes.INTEGER.read(rs, 3),
        ColumnTypes.INTEGER.read(rs, 4),
        ColumnTypes.LONG.read(rs, 5),
        ColumnTypes.LONG.read(rs, 6),
        ColumnTypes.SHORT.read(rs, 7),
        ColumnTypes.SHORT.read(rs, 8),
        ColumnTypes.BOOLEAN.read(rs, 9),
        ColumnTypes.BOOLEAN.read(rs, 10),
        ColumnTypes.BIG_DECIMAL.read(rs, 11),
        ColumnTypes.DOUBLE.read(rs, 12),
        ColumnTypes.DOUBLE.read(rs, 13),
        ColumnTypes.FLOAT.read(rs, 14),
        ColumnTypes.FLOAT.read(rs, 15),
        ColumnTypes.INSTANT.read(rs, 16),
        ColumnTypes.OFFSET_DATE_TIME.read(rs, 17),
        ColumnTypes.LOCAL_DATE.read(rs, 18),
        ColumnTypes.LOCAL_TIME.read(rs, 19),
        ColumnTypes.LOCAL_DATE_TIME.read(rs, 20),
        ColumnTypes.BYTES.read(rs, 21),
        STATUS_TYPE.read(rs, 22),
        STRING_ARRAY_TYPE.read(rs, 23),
        STRING_LIST_TYPE.read(rs, 24),
        INTEGER_ARRAY_TYPE.read(rs, 25),
        INTEGER_LIST_TYPE.read(rs, 26),
        LONG_ARRAY_TYPE.read(rs, 27),
        LONG_LIST_TYPE.read(rs, 28),
        SHORT_ARRAY_TYPE.read(rs, 29),
        BOOLEAN_ARRAY_TYPE.read(rs, 30),
        DOUBLE_ARRAY_TYPE.read(rs, 31),
        DECIMAL_ARRAY_TYPE.read(rs, 32),
        UUID_LIST_TYPE.read(rs, 33));
  }

  /**
   * Builds an instance from attribute values in declaration order.
   */
  @SuppressWarnings("unchecked")
  private static EveryType create(Object[] values) {
    return new EveryType(
        (UUID) values[0],
        (String) values[1],
        (Integer) values[2],
        values[3] == null ? 0 : (Integer) values[3],
        (Long) values[4],
        values[5] == null ? 0 : (Long) values[5],
        (Short) values[6],
        values[7] == null ? (short) 0 : (Short) values[7],
        (Boolean) values[8],
        values[9] == null ? false : (Boolean) values[9],
        (BigDecimal) values[10],
        (Double) values[11],
        values[12] == null ? 0 : (Double) values[12],
        (Float) values[13],
        values[14] == null ? 0 : (Float) values[14],
        (Instant) values[15],
        (OffsetDateTime) values[16],
        (LocalDate) values[17],
        (LocalTime) values[18],
        (LocalDateTime) values[19],
        (byte[]) values[20],
        (Status) values[21],
        (String[]) values[22],
        (List<String>) values[23],
        (Integer[]) values[24],
        (List<Integer>) values[25],
        (Long[]) values[26],
        (List<Long>) values[27],
        (Short[]) values[28],
        (Boolean[]) values[29],
        (Double[]) values[30],
        (BigDecimal[]) values[31],
        (List<UUID>) values[32]);
  }
}
