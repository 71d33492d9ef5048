package test.models;

import dev.sequor.ArrayAttribute;
import dev.sequor.ArrayColumnType;
import dev.sequor.Attribute;
import dev.sequor.AttributeAccessor;
import dev.sequor.BooleanAttribute;
import dev.sequor.ColumnType;
import dev.sequor.ColumnTypes;
import dev.sequor.ComparableAttribute;
import dev.sequor.ModelTable;
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
import org.jooq.Record;
import org.jooq.TableField;

/**
 * Sequor metadata for {@link EveryType}: table {@code EveryTypes}.
 *
 * <p>Use the attribute constants in criteria ({@code UUID.eq(...)}), {@link #MODEL} with
 * {@link Sequor#repository} for finders and writes, and {@link #TABLE} with {@link Columns} in jOOQ's DSL.
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

  /**
   * The {@code EveryTypes} table as jOOQ metadata; its columns are in {@link Columns}.
   */
  public static final ModelTable TABLE = new ModelTable("EveryTypes");

  private static final AttributeAccessor<EveryType> ACCESSOR = EveryTypeModel::get;

  /**
   * {@link EveryType#uuid()}: column {@code uuid}, {@code UUID NOT NULL}, primary key.
   */
  public static final ComparableAttribute<EveryType, UUID> UUID = new ComparableAttribute<EveryType, UUID>("EveryType", "uuid",
      Columns.UUID, ColumnTypes.UUID, ACCESSOR, 0, Attribute.Flag.PRIMARY_KEY,
      Attribute.Flag.NOT_NULL);

  /**
   * {@link EveryType#string()}: column {@code string}, {@code VARCHAR(255)}.
   */
  public static final StringAttribute<EveryType> STRING = new StringAttribute<EveryType>("EveryType", "string",
      Columns.STRING, ColumnTypes.STRING, ACCESSOR, 1);

  /**
   * {@link EveryType#boxedInt()}: column {@code boxedInt}, {@code INTEGER}.
   */
  public static final NumberAttribute<EveryType, Integer> BOXED_INT = new NumberAttribute<EveryType, Integer>("EveryType", "boxedInt",
      Columns.BOXED_INT, ColumnTypes.INTEGER, ACCESSOR, 2);

  /**
   * {@link EveryType#primitiveInt()}: column {@code primitiveInt}, {@code INTEGER NOT NULL}.
   */
  public static final NumberAttribute<EveryType, Integer> PRIMITIVE_INT = new NumberAttribute<EveryType, Integer>("EveryType", "primitiveInt",
      Columns.PRIMITIVE_INT, ColumnTypes.INTEGER, ACCESSOR, 3, Attribute.Flag.NOT_NULL);

  /**
   * {@link EveryType#boxedLong()}: column {@code boxedLong}, {@code BIGINT}.
   */
  public static final NumberAttribute<EveryType, Long> BOXED_LONG = new NumberAttribute<EveryType, Long>("EveryType", "boxedLong",
      Columns.BOXED_LONG, ColumnTypes.LONG, ACCESSOR, 4);

  /**
   * {@link EveryType#primitiveLong()}: column {@code primitiveLong}, {@code BIGINT NOT NULL}.
   */
  public static final NumberAttribute<EveryType, Long> PRIMITIVE_LONG = new NumberAttribute<EveryType, Long>("EveryType", "primitiveLong",
      Columns.PRIMITIVE_LONG, ColumnTypes.LONG, ACCESSOR, 5, Attribute.Flag.NOT_NULL);

  /**
   * {@link EveryType#boxedShort()}: column {@code boxedShort}, {@code SMALLINT}.
   */
  public static final NumberAttribute<EveryType, Short> BOXED_SHORT = new NumberAttribute<EveryType, Short>("EveryType", "boxedShort",
      Columns.BOXED_SHORT, ColumnTypes.SHORT, ACCESSOR, 6);

  /**
   * {@link EveryType#primitiveShort()}: column {@code primitiveShort}, {@code SMALLINT NOT NULL}.
   */
  public static final NumberAttribute<EveryType, Short> PRIMITIVE_SHORT = new NumberAttribute<EveryType, Short>("EveryType", "primitiveShort",
      Columns.PRIMITIVE_SHORT, ColumnTypes.SHORT, ACCESSOR, 7, Attribute.Flag.NOT_NULL);

  /**
   * {@link EveryType#boxedBoolean()}: column {@code boxedBoolean}, {@code BOOLEAN}.
   */
  public static final BooleanAttribute<EveryType> BOXED_BOOLEAN = new BooleanAttribute<EveryType>("EveryType", "boxedBoolean",
      Columns.BOXED_BOOLEAN, ColumnTypes.BOOLEAN, ACCESSOR, 8);

  /**
   * {@link EveryType#primitiveBoolean()}: column {@code primitiveBoolean}, {@code BOOLEAN NOT NULL DEFAULT true}.
   */
  public static final BooleanAttribute<EveryType> PRIMITIVE_BOOLEAN = new BooleanAttribute<EveryType>("EveryType", "primitiveBoolean",
      Columns.PRIMITIVE_BOOLEAN, ColumnTypes.BOOLEAN, ACCESSOR, 9, Attribute.Flag.NOT_NULL,
      Attribute.Flag.HAS_DEFAULT);

  /**
   * {@link EveryType#decimal()}: column {@code decimal}, {@code DECIMAL DEFAULT 1.50}.
   */
  public static final NumberAttribute<EveryType, BigDecimal> DECIMAL = new NumberAttribute<EveryType, BigDecimal>("EveryType", "decimal",
      Columns.DECIMAL, ColumnTypes.BIG_DECIMAL, ACCESSOR, 10, Attribute.Flag.HAS_DEFAULT);

  /**
   * {@link EveryType#boxedDouble()}: column {@code boxedDouble}, {@code DOUBLE PRECISION}.
   */
  public static final NumberAttribute<EveryType, Double> BOXED_DOUBLE = new NumberAttribute<EveryType, Double>("EveryType", "boxedDouble",
      Columns.BOXED_DOUBLE, ColumnTypes.DOUBLE, ACCESSOR, 11);

  /**
   * {@link EveryType#primitiveDouble()}: column {@code primitiveDouble}, {@code DOUBLE PRECISION NOT NULL}.
   */
  public static final NumberAttribute<EveryType, Double> PRIMITIVE_DOUBLE = new NumberAttribute<EveryType, Double>("EveryType", "primitiveDouble",
      Columns.PRIMITIVE_DOUBLE, ColumnTypes.DOUBLE, ACCESSOR, 12, Attribute.Flag.NOT_NULL);

  /**
   * {@link EveryType#boxedFloat()}: column {@code boxedFloat}, {@code REAL}.
   */
  public static final NumberAttribute<EveryType, Float> BOXED_FLOAT = new NumberAttribute<EveryType, Float>("EveryType", "boxedFloat",
      Columns.BOXED_FLOAT, ColumnTypes.FLOAT, ACCESSOR, 13);

  /**
   * {@link EveryType#primitiveFloat()}: column {@code primitiveFloat}, {@code REAL NOT NULL}.
   */
  public static final NumberAttribute<EveryType, Float> PRIMITIVE_FLOAT = new NumberAttribute<EveryType, Float>("EveryType", "primitiveFloat",
      Columns.PRIMITIVE_FLOAT, ColumnTypes.FLOAT, ACCESSOR, 14, Attribute.Flag.NOT_NULL);

  /**
   * {@link EveryType#instant()}: column {@code instant}, {@code TIMESTAMP WITH TIME ZONE}.
   */
  public static final ComparableAttribute<EveryType, Instant> INSTANT = new ComparableAttribute<EveryType, Instant>("EveryType", "instant",
      Columns.INSTANT, ColumnTypes.INSTANT, ACCESSOR, 15);

  /**
   * {@link EveryType#offsetDateTime()}: column {@code offsetDateTime}, {@code TIMESTAMP WITH TIME ZONE}.
   */
  public static final ComparableAttribute<EveryType, OffsetDateTime> OFFSET_DATE_TIME = new ComparableAttribute<EveryType, OffsetDateTime>("EveryType", "offsetDateTime",
      Columns.OFFSET_DATE_TIME, ColumnTypes.OFFSET_DATE_TIME, ACCESSOR, 16);

  /**
   * {@link EveryType#localDate()}: column {@code localDate}, {@code DATE DEFAULT '2024-01-31'}.
   */
  public static final ComparableAttribute<EveryType, LocalDate> LOCAL_DATE = new ComparableAttribute<EveryType, LocalDate>("EveryType", "localDate",
      Columns.LOCAL_DATE, ColumnTypes.LOCAL_DATE, ACCESSOR, 17, Attribute.Flag.HAS_DEFAULT);

  /**
   * {@link EveryType#localTime()}: column {@code localTime}, {@code TIME}.
   */
  public static final ComparableAttribute<EveryType, LocalTime> LOCAL_TIME = new ComparableAttribute<EveryType, LocalTime>("EveryType", "localTime",
      Columns.LOCAL_TIME, ColumnTypes.LOCAL_TIME, ACCESSOR, 18);

  /**
   * {@link EveryType#localDateTime()}: column {@code localDateTime}, {@code TIMESTAMP}.
   */
  public static final ComparableAttribute<EveryType, LocalDateTime> LOCAL_DATE_TIME = new ComparableAttribute<EveryType, LocalDateTime>("EveryType", "localDateTime",
      Columns.LOCAL_DATE_TIME, ColumnTypes.LOCAL_DATE_TIME, ACCESSOR, 19);

  /**
   * {@link EveryType#bytes()}: column {@code bytes}, {@code BYTEA}.
   */
  public static final Attribute<EveryType, byte[]> BYTES = new Attribute<EveryType, byte[]>("EveryType", "bytes",
      Columns.BYTES, ColumnTypes.BYTES, ACCESSOR, 20);

  /**
   * {@link EveryType#status()}: column {@code status}, {@code "enum_EveryTypes_status" DEFAULT 'ACTIVE'}.
   */
  public static final ComparableAttribute<EveryType, Status> STATUS = new ComparableAttribute<EveryType, Status>("EveryType", "status",
      Columns.STATUS, STATUS_TYPE, ACCESSOR, 21, Attribute.Flag.HAS_DEFAULT);

  /**
   * {@link EveryType#stringArray()}: column {@code stringArray}, {@code VARCHAR(255)[]}.
   */
  public static final ArrayAttribute<EveryType, String[], String> STRING_ARRAY = new ArrayAttribute<EveryType, String[], String>("EveryType", "stringArray",
      Columns.STRING_ARRAY, STRING_ARRAY_TYPE, ACCESSOR, 22);

  /**
   * {@link EveryType#stringList()}: column {@code stringList}, {@code VARCHAR(20)[]}.
   */
  public static final ArrayAttribute<EveryType, List<String>, String> STRING_LIST = new ArrayAttribute<EveryType, List<String>, String>("EveryType", "stringList",
      Columns.STRING_LIST, STRING_LIST_TYPE, ACCESSOR, 23);

  /**
   * {@link EveryType#integerArray()}: column {@code integerArray}, {@code INTEGER[]}.
   */
  public static final ArrayAttribute<EveryType, Integer[], Integer> INTEGER_ARRAY = new ArrayAttribute<EveryType, Integer[], Integer>("EveryType", "integerArray",
      Columns.INTEGER_ARRAY, INTEGER_ARRAY_TYPE, ACCESSOR, 24);

  /**
   * {@link EveryType#integerList()}: column {@code integerList}, {@code INTEGER[]}.
   */
  public static final ArrayAttribute<EveryType, List<Integer>, Integer> INTEGER_LIST = new ArrayAttribute<EveryType, List<Integer>, Integer>("EveryType", "integerList",
      Columns.INTEGER_LIST, INTEGER_LIST_TYPE, ACCESSOR, 25);

  /**
   * {@link EveryType#longArray()}: column {@code longArray}, {@code BIGINT[]}.
   */
  public static final ArrayAttribute<EveryType, Long[], Long> LONG_ARRAY = new ArrayAttribute<EveryType, Long[], Long>("EveryType", "longArray",
      Columns.LONG_ARRAY, LONG_ARRAY_TYPE, ACCESSOR, 26);

  /**
   * {@link EveryType#longList()}: column {@code longList}, {@code BIGINT[]}.
   */
  public static final ArrayAttribute<EveryType, List<Long>, Long> LONG_LIST = new ArrayAttribute<EveryType, List<Long>, Long>("EveryType", "longList",
      Columns.LONG_LIST, LONG_LIST_TYPE, ACCESSOR, 27);

  /**
   * {@link EveryType#shortArray()}: column {@code shortArray}, {@code SMALLINT[]}.
   */
  public static final ArrayAttribute<EveryType, Short[], Short> SHORT_ARRAY = new ArrayAttribute<EveryType, Short[], Short>("EveryType", "shortArray",
      Columns.SHORT_ARRAY, SHORT_ARRAY_TYPE, ACCESSOR, 28);

  /**
   * {@link EveryType#booleanArray()}: column {@code booleanArray}, {@code BOOLEAN[]}.
   */
  public static final ArrayAttribute<EveryType, Boolean[], Boolean> BOOLEAN_ARRAY = new ArrayAttribute<EveryType, Boolean[], Boolean>("EveryType", "booleanArray",
      Columns.BOOLEAN_ARRAY, BOOLEAN_ARRAY_TYPE, ACCESSOR, 29);

  /**
   * {@link EveryType#doubleArray()}: column {@code doubleArray}, {@code DOUBLE PRECISION[]}.
   */
  public static final ArrayAttribute<EveryType, Double[], Double> DOUBLE_ARRAY = new ArrayAttribute<EveryType, Double[], Double>("EveryType", "doubleArray",
      Columns.DOUBLE_ARRAY, DOUBLE_ARRAY_TYPE, ACCESSOR, 30);

  /**
   * {@link EveryType#decimalArray()}: column {@code decimalArray}, {@code DECIMAL(6,2)[]}.
   */
  public static final ArrayAttribute<EveryType, BigDecimal[], BigDecimal> DECIMAL_ARRAY = new ArrayAttribute<EveryType, BigDecimal[], BigDecimal>("EveryType", "decimalArray",
      Columns.DECIMAL_ARRAY, DECIMAL_ARRAY_TYPE, ACCESSOR, 31);

  /**
   * {@link EveryType#uuidList()}: column {@code uuidList}, {@code UUID[]}.
   */
  public static final ArrayAttribute<EveryType, List<UUID>, UUID> UUID_LIST = new ArrayAttribute<EveryType, List<UUID>, UUID>("EveryType", "uuidList",
      Columns.UUID_LIST, UUID_LIST_TYPE, ACCESSOR, 32);

  /**
   * The model {@code EveryType}: pass it to {@link Sequor#repository} for its finders and writes.
   */
  public static final ModelType<EveryType, UUID> MODEL = ModelType.<EveryType, UUID>builder("EveryType", EveryType.class, TABLE)
      .attributes(UUID, STRING, BOXED_INT, PRIMITIVE_INT, BOXED_LONG, PRIMITIVE_LONG, BOXED_SHORT,
          PRIMITIVE_SHORT, BOXED_BOOLEAN, PRIMITIVE_BOOLEAN, DECIMAL, BOXED_DOUBLE,
          PRIMITIVE_DOUBLE, BOXED_FLOAT, PRIMITIVE_FLOAT, INSTANT, OFFSET_DATE_TIME, LOCAL_DATE,
          LOCAL_TIME, LOCAL_DATE_TIME, BYTES, STATUS, STRING_ARRAY, STRING_LIST, INTEGER_ARRAY,
          INTEGER_LIST, LONG_ARRAY, LONG_LIST, SHORT_ARRAY, BOOLEAN_ARRAY, DOUBLE_ARRAY,
          DECIMAL_ARRAY, UUID_LIST)
      .key(UUID)
      .mapper(EveryTypeModel::map)
      .factory(EveryTypeModel::create)
      .build();

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

  /**
   * The columns of {@code EveryTypes} as typed jOOQ fields: {@code dsl.select(Columns.UUID).from(TABLE)}.
   */
  public static final class Columns {
    /**
     * Column {@code uuid}: {@code UUID NOT NULL, primary key}.
     */
    public static final TableField<Record, UUID> UUID = ColumnTypes.UUID.column(TABLE, "uuid");

    /**
     * Column {@code string}: {@code VARCHAR(255)}.
     */
    public static final TableField<Record, String> STRING = ColumnTypes.STRING.column(TABLE, "string");

    /**
     * Column {@code boxedInt}: {@code INTEGER}.
     */
    public static final TableField<Record, Integer> BOXED_INT = ColumnTypes.INTEGER.column(TABLE, "boxedInt");

    /**
     * Column {@code primitiveInt}: {@code INTEGER NOT NULL}.
     */
    public static final TableField<Record, Integer> PRIMITIVE_INT = ColumnTypes.INTEGER.column(TABLE, "primitiveInt");

    /**
     * Column {@code boxedLong}: {@code BIGINT}.
     */
    public static final TableField<Record, Long> BOXED_LONG = ColumnTypes.LONG.column(TABLE, "boxedLong");

    /**
     * Column {@code primitiveLong}: {@code BIGINT NOT NULL}.
     */
    public static final TableField<Record, Long> PRIMITIVE_LONG = ColumnTypes.LONG.column(TABLE, "primitiveLong");

    /**
     * Column {@code boxedShort}: {@code SMALLINT}.
     */
    public static final TableField<Record, Short> BOXED_SHORT = ColumnTypes.SHORT.column(TABLE, "boxedShort");

    /**
     * Column {@code primitiveShort}: {@code SMALLINT NOT NULL}.
     */
    public static final TableField<Record, Short> PRIMITIVE_SHORT = ColumnTypes.SHORT.column(TABLE, "primitiveShort");

    /**
     * Column {@code boxedBoolean}: {@code BOOLEAN}.
     */
    public static final TableField<Record, Boolean> BOXED_BOOLEAN = ColumnTypes.BOOLEAN.column(TABLE, "boxedBoolean");

    /**
     * Column {@code primitiveBoolean}: {@code BOOLEAN NOT NULL DEFAULT true}.
     */
    public static final TableField<Record, Boolean> PRIMITIVE_BOOLEAN = ColumnTypes.BOOLEAN.column(TABLE, "primitiveBoolean");

    /**
     * Column {@code decimal}: {@code DECIMAL DEFAULT 1.50}.
     */
    public static final TableField<Record, BigDecimal> DECIMAL = ColumnTypes.BIG_DECIMAL.column(TABLE, "decimal");

    /**
     * Column {@code boxedDouble}: {@code DOUBLE PRECISION}.
     */
    public static final TableField<Record, Double> BOXED_DOUBLE = ColumnTypes.DOUBLE.column(TABLE, "boxedDouble");

    /**
     * Column {@code primitiveDouble}: {@code DOUBLE PRECISION NOT NULL}.
     */
    public static final TableField<Record, Double> PRIMITIVE_DOUBLE = ColumnTypes.DOUBLE.column(TABLE, "primitiveDouble");

    /**
     * Column {@code boxedFloat}: {@code REAL}.
     */
    public static final TableField<Record, Float> BOXED_FLOAT = ColumnTypes.FLOAT.column(TABLE, "boxedFloat");

    /**
     * Column {@code primitiveFloat}: {@code REAL NOT NULL}.
     */
    public static final TableField<Record, Float> PRIMITIVE_FLOAT = ColumnTypes.FLOAT.column(TABLE, "primitiveFloat");

    /**
     * Column {@code instant}: {@code TIMESTAMP WITH TIME ZONE}.
     */
    public static final TableField<Record, Instant> INSTANT = ColumnTypes.INSTANT.column(TABLE, "instant");

    /**
     * Column {@code offsetDateTime}: {@code TIMESTAMP WITH TIME ZONE}.
     */
    public static final TableField<Record, OffsetDateTime> OFFSET_DATE_TIME = ColumnTypes.OFFSET_DATE_TIME.column(TABLE, "offsetDateTime");

    /**
     * Column {@code localDate}: {@code DATE DEFAULT '2024-01-31'}.
     */
    public static final TableField<Record, LocalDate> LOCAL_DATE = ColumnTypes.LOCAL_DATE.column(TABLE, "localDate");

    /**
     * Column {@code localTime}: {@code TIME}.
     */
    public static final TableField<Record, LocalTime> LOCAL_TIME = ColumnTypes.LOCAL_TIME.column(TABLE, "localTime");

    /**
     * Column {@code localDateTime}: {@code TIMESTAMP}.
     */
    public static final TableField<Record, LocalDateTime> LOCAL_DATE_TIME = ColumnTypes.LOCAL_DATE_TIME.column(TABLE, "localDateTime");

    /**
     * Column {@code bytes}: {@code BYTEA}.
     */
    public static final TableField<Record, byte[]> BYTES = ColumnTypes.BYTES.column(TABLE, "bytes");

    /**
     * Column {@code status}: {@code "enum_EveryTypes_status" DEFAULT 'ACTIVE'}.
     */
    public static final TableField<Record, Status> STATUS = STATUS_TYPE.column(TABLE, "status");

    /**
     * Column {@code stringArray}: {@code VARCHAR(255)[]}.
     */
    public static final TableField<Record, String[]> STRING_ARRAY = STRING_ARRAY_TYPE.column(TABLE, "stringArray");

    /**
     * Column {@code stringList}: {@code VARCHAR(20)[]}.
     */
    public static final TableField<Record, List<String>> STRING_LIST = STRING_LIST_TYPE.column(TABLE, "stringList");

    /**
     * Column {@code integerArray}: {@code INTEGER[]}.
     */
    public static final TableField<Record, Integer[]> INTEGER_ARRAY = INTEGER_ARRAY_TYPE.column(TABLE, "integerArray");

    /**
     * Column {@code integerList}: {@code INTEGER[]}.
     */
    public static final TableField<Record, List<Integer>> INTEGER_LIST = INTEGER_LIST_TYPE.column(TABLE, "integerList");

    /**
     * Column {@code longArray}: {@code BIGINT[]}.
     */
    public static final TableField<Record, Long[]> LONG_ARRAY = LONG_ARRAY_TYPE.column(TABLE, "longArray");

    /**
     * Column {@code longList}: {@code BIGINT[]}.
     */
    public static final TableField<Record, List<Long>> LONG_LIST = LONG_LIST_TYPE.column(TABLE, "longList");

    /**
     * Column {@code shortArray}: {@code SMALLINT[]}.
     */
    public static final TableField<Record, Short[]> SHORT_ARRAY = SHORT_ARRAY_TYPE.column(TABLE, "shortArray");

    /**
     * Column {@code booleanArray}: {@code BOOLEAN[]}.
     */
    public static final TableField<Record, Boolean[]> BOOLEAN_ARRAY = BOOLEAN_ARRAY_TYPE.column(TABLE, "booleanArray");

    /**
     * Column {@code doubleArray}: {@code DOUBLE PRECISION[]}.
     */
    public static final TableField<Record, Double[]> DOUBLE_ARRAY = DOUBLE_ARRAY_TYPE.column(TABLE, "doubleArray");

    /**
     * Column {@code decimalArray}: {@code DECIMAL(6,2)[]}.
     */
    public static final TableField<Record, BigDecimal[]> DECIMAL_ARRAY = DECIMAL_ARRAY_TYPE.column(TABLE, "decimalArray");

    /**
     * Column {@code uuidList}: {@code UUID[]}.
     */
    public static final TableField<Record, List<UUID>> UUID_LIST = UUID_LIST_TYPE.column(TABLE, "uuidList");

    private Columns() {
    }
  }
}
