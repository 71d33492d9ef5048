package test.models;

import dev.sequor.Attribute;
import dev.sequor.ColumnType;
import dev.sequor.ColumnTypes;
import dev.sequor.ComparableAttribute;
import dev.sequor.ModelType;
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
import java.util.UUID;
import javax.annotation.processing.Generated;
import org.jooq.Record;
import org.jooq.TableField;
import org.jooq.impl.DSL;
import org.jooq.impl.TableImpl;

/**
 * Sequor metadata for {@link EveryType}: table {@code EveryTypes}.
 *
 * <p>Use the attribute constants in criteria ({@code UUID.eq(...)}), {@link #MODEL} with
 * {@link Sequor#repository} for finders and writes, and {@link #TABLE} in jOOQ's DSL.
 */
@Generated(
    value = "dev.sequor.processor.SequorProcessor",
    comments = "from test.models.EveryType"
)
public final class EveryTypeModel {
  private static final ColumnType<Status> STATUS_TYPE = ColumnTypes.enumType(Status.class, "enum_EveryTypes_status");

  /**
   * The {@code EveryTypes} table as jOOQ metadata, with a typed field per column.
   */
  public static final Table TABLE = new Table();

  /**
   * {@link EveryType#uuid()}: column {@code uuid}, {@code UUID NOT NULL}, primary key.
   */
  public static final ComparableAttribute<EveryType, UUID> UUID = new ComparableAttribute<>("EveryType", "uuid",
      TABLE.UUID, ColumnTypes.UUID, EveryType::uuid, Attribute.Flag.PRIMARY_KEY,
      Attribute.Flag.NOT_NULL);

  /**
   * {@link EveryType#string()}: column {@code string}, {@code VARCHAR(255)}.
   */
  public static final StringAttribute<EveryType> STRING = new StringAttribute<>("EveryType", "string",
      TABLE.STRING, ColumnTypes.STRING, EveryType::string);

  /**
   * {@link EveryType#boxedInt()}: column {@code boxedInt}, {@code INTEGER}.
   */
  public static final ComparableAttribute<EveryType, Integer> BOXED_INT = new ComparableAttribute<>("EveryType", "boxedInt",
      TABLE.BOXED_INT, ColumnTypes.INTEGER, EveryType::boxedInt);

  /**
   * {@link EveryType#primitiveInt()}: column {@code primitiveInt}, {@code INTEGER NOT NULL}.
   */
  public static final ComparableAttribute<EveryType, Integer> PRIMITIVE_INT = new ComparableAttribute<>("EveryType", "primitiveInt",
      TABLE.PRIMITIVE_INT, ColumnTypes.INTEGER, EveryType::primitiveInt, Attribute.Flag.NOT_NULL);

  /**
   * {@link EveryType#boxedLong()}: column {@code boxedLong}, {@code BIGINT}.
   */
  public static final ComparableAttribute<EveryType, Long> BOXED_LONG = new ComparableAttribute<>("EveryType", "boxedLong",
      TABLE.BOXED_LONG, ColumnTypes.LONG, EveryType::boxedLong);

  /**
   * {@link EveryType#primitiveLong()}: column {@code primitiveLong}, {@code BIGINT NOT NULL}.
   */
  public static final ComparableAttribute<EveryType, Long> PRIMITIVE_LONG = new ComparableAttribute<>("EveryType", "primitiveLong",
      TABLE.PRIMITIVE_LONG, ColumnTypes.LONG, EveryType::primitiveLong, Attribute.Flag.NOT_NULL);

  /**
   * {@link EveryType#boxedShort()}: column {@code boxedShort}, {@code SMALLINT}.
   */
  public static final ComparableAttribute<EveryType, Short> BOXED_SHORT = new ComparableAttribute<>("EveryType", "boxedShort",
      TABLE.BOXED_SHORT, ColumnTypes.SHORT, EveryType::boxedShort);

  /**
   * {@link EveryType#primitiveShort()}: column {@code primitiveShort}, {@code SMALLINT NOT NULL}.
   */
  public static final ComparableAttribute<EveryType, Short> PRIMITIVE_SHORT = new ComparableAttribute<>("EveryType", "primitiveShort",
      TABLE.PRIMITIVE_SHORT, ColumnTypes.SHORT, EveryType::primitiveShort, Attribute.Flag.NOT_NULL);

  /**
   * {@link EveryType#boxedBoolean()}: column {@code boxedBoolean}, {@code BOOLEAN}.
   */
  public static final Attribute<EveryType, Boolean> BOXED_BOOLEAN = new Attribute<>("EveryType", "boxedBoolean",
      TABLE.BOXED_BOOLEAN, ColumnTypes.BOOLEAN, EveryType::boxedBoolean);

  /**
   * {@link EveryType#primitiveBoolean()}: column {@code primitiveBoolean}, {@code BOOLEAN NOT NULL DEFAULT true}.
   */
  public static final Attribute<EveryType, Boolean> PRIMITIVE_BOOLEAN = new Attribute<>("EveryType", "primitiveBoolean",
      TABLE.PRIMITIVE_BOOLEAN, ColumnTypes.BOOLEAN, EveryType::primitiveBoolean,
      Attribute.Flag.NOT_NULL, Attribute.Flag.HAS_DEFAULT);

  /**
   * {@link EveryType#decimal()}: column {@code decimal}, {@code DECIMAL DEFAULT 1.50}.
   */
  public static final ComparableAttribute<EveryType, BigDecimal> DECIMAL = new ComparableAttribute<>("EveryType", "decimal",
      TABLE.DECIMAL, ColumnTypes.BIG_DECIMAL, EveryType::decimal, Attribute.Flag.HAS_DEFAULT);

  /**
   * {@link EveryType#boxedDouble()}: column {@code boxedDouble}, {@code DOUBLE PRECISION}.
   */
  public static final ComparableAttribute<EveryType, Double> BOXED_DOUBLE = new ComparableAttribute<>("EveryType", "boxedDouble",
      TABLE.BOXED_DOUBLE, ColumnTypes.DOUBLE, EveryType::boxedDouble);

  /**
   * {@link EveryType#primitiveDouble()}: column {@code primitiveDouble}, {@code DOUBLE PRECISION NOT NULL}.
   */
  public static final ComparableAttribute<EveryType, Double> PRIMITIVE_DOUBLE = new ComparableAttribute<>("EveryType", "primitiveDouble",
      TABLE.PRIMITIVE_DOUBLE, ColumnTypes.DOUBLE, EveryType::primitiveDouble,
      Attribute.Flag.NOT_NULL);

  /**
   * {@link EveryType#boxedFloat()}: column {@code boxedFloat}, {@code REAL}.
   */
  public static final ComparableAttribute<EveryType, Float> BOXED_FLOAT = new ComparableAttribute<>("EveryType", "boxedFloat",
      TABLE.BOXED_FLOAT, ColumnTypes.FLOAT, EveryType::boxedFloat);

  /**
   * {@link EveryType#primitiveFloat()}: column {@code primitiveFloat}, {@code REAL NOT NULL}.
   */
  public static final ComparableAttribute<EveryType, Float> PRIMITIVE_FLOAT = new ComparableAttribute<>("EveryType", "primitiveFloat",
      TABLE.PRIMITIVE_FLOAT, ColumnTypes.FLOAT, EveryType::primitiveFloat, Attribute.Flag.NOT_NULL);

  /**
   * {@link EveryType#instant()}: column {@code instant}, {@code TIMESTAMP WITH TIME ZONE}.
   */
  public static final ComparableAttribute<EveryType, Instant> INSTANT = new ComparableAttribute<>("EveryType", "instant",
      TABLE.INSTANT, ColumnTypes.INSTANT, EveryType::instant);

  /**
   * {@link EveryType#offsetDateTime()}: column {@code offsetDateTime}, {@code TIMESTAMP WITH TIME ZONE}.
   */
  public static final ComparableAttribute<EveryType, OffsetDateTime> OFFSET_DATE_TIME = new ComparableAttribute<>("EveryType", "offsetDateTime",
      TABLE.OFFSET_DATE_TIME, ColumnTypes.OFFSET_DATE_TIME, EveryType::offsetDateTime);

  /**
   * {@link EveryType#localDate()}: column {@code localDate}, {@code DATE DEFAULT '2024-01-31'}.
   */
  public static final ComparableAttribute<EveryType, LocalDate> LOCAL_DATE = new ComparableAttribute<>("EveryType", "localDate",
      TABLE.LOCAL_DATE, ColumnTypes.LOCAL_DATE, EveryType::localDate, Attribute.Flag.HAS_DEFAULT);

  /**
   * {@link EveryType#localTime()}: column {@code localTime}, {@code TIME}.
   */
  public static final ComparableAttribute<EveryType, LocalTime> LOCAL_TIME = new ComparableAttribute<>("EveryType", "localTime",
      TABLE.LOCAL_TIME, ColumnTypes.LOCAL_TIME, EveryType::localTime);

  /**
   * {@link EveryType#localDateTime()}: column {@code localDateTime}, {@code TIMESTAMP}.
   */
  public static final ComparableAttribute<EveryType, LocalDateTime> LOCAL_DATE_TIME = new ComparableAttribute<>("EveryType", "localDateTime",
      TABLE.LOCAL_DATE_TIME, ColumnTypes.LOCAL_DATE_TIME, EveryType::localDateTime);

  /**
   * {@link EveryType#bytes()}: column {@code bytes}, {@code BYTEA}.
   */
  public static final Attribute<EveryType, byte[]> BYTES = new Attribute<>("EveryType", "bytes",
      TABLE.BYTES, ColumnTypes.BYTES, EveryType::bytes);

  /**
   * {@link EveryType#status()}: column {@code status}, {@code "enum_EveryTypes_status" DEFAULT 'ACTIVE'}.
   */
  public static final ComparableAttribute<EveryType, Status> STATUS = new ComparableAttribute<>("EveryType", "status",
      TABLE.STATUS, STATUS_TYPE, EveryType::status, Attribute.Flag.HAS_DEFAULT);

  /**
   * The model {@code EveryType}: pass it to {@link Sequor#repository} for its finders and writes.
   */
  public static final ModelType<EveryType, UUID> MODEL = ModelType.<EveryType, UUID>builder("EveryType", EveryType.class, TABLE)
      .attributes(UUID, STRING, BOXED_INT, PRIMITIVE_INT, BOXED_LONG, PRIMITIVE_LONG, BOXED_SHORT,
          PRIMITIVE_SHORT, BOXED_BOOLEAN, PRIMITIVE_BOOLEAN, DECIMAL, BOXED_DOUBLE,
          PRIMITIVE_DOUBLE, BOXED_FLOAT, PRIMITIVE_FLOAT, INSTANT, OFFSET_DATE_TIME, LOCAL_DATE,
          LOCAL_TIME, LOCAL_DATE_TIME, BYTES, STATUS)
      .key(UUID)
      .mapper(EveryTypeModel::map)
      .build();

  private EveryTypeModel() {
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
        STATUS_TYPE.read(rs, 22));
  }

  /**
   * The {@code EveryTypes} table as jOOQ metadata.
   */
  public static final class Table extends TableImpl<Record> {
    private static final long serialVersionUID = 1L;

    /**
     * Column {@code uuid}: {@code UUID NOT NULL, primary key}.
     */
    public final TableField<Record, UUID> UUID = createField(DSL.name("uuid"),
        ColumnTypes.UUID.dataType(), this, "");

    /**
     * Column {@code string}: {@code VARCHAR(255)}.
     */
    public final TableField<Record, String> STRING = createField(DSL.name("string"),
        ColumnTypes.STRING.dataType(), this, "");

    /**
     * Column {@code boxedInt}: {@code INTEGER}.
     */
    public final TableField<Record, Integer> BOXED_INT = createField(DSL.name("boxedInt"),
        ColumnTypes.INTEGER.dataType(), this, "");

    /**
     * Column {@code primitiveInt}: {@code INTEGER NOT NULL}.
     */
    public final TableField<Record, Integer> PRIMITIVE_INT = createField(DSL.name("primitiveInt"),
        ColumnTypes.INTEGER.dataType(), this, "");

    /**
     * Column {@code boxedLong}: {@code BIGINT}.
     */
    public final TableField<Record, Long> BOXED_LONG = createField(DSL.name("boxedLong"),
        ColumnTypes.LONG.dataType(), this, "");

    /**
     * Column {@code primitiveLong}: {@code BIGINT NOT NULL}.
     */
    public final TableField<Record, Long> PRIMITIVE_LONG = createField(DSL.name("primitiveLong"),
        ColumnTypes.LONG.dataType(), this, "");

    /**
     * Column {@code boxedShort}: {@code SMALLINT}.
     */
    public final TableField<Record, Short> BOXED_SHORT = createField(DSL.name("boxedShort"),
        ColumnTypes.SHORT.dataType(), this, "");

    /**
     * Column {@code primitiveShort}: {@code SMALLINT NOT NULL}.
     */
    public final TableField<Record, Short> PRIMITIVE_SHORT = createField(DSL.name("primitiveShort"),
        ColumnTypes.SHORT.dataType(), this, "");

    /**
     * Column {@code boxedBoolean}: {@code BOOLEAN}.
     */
    public final TableField<Record, Boolean> BOXED_BOOLEAN = createField(DSL.name("boxedBoolean"),
        ColumnTypes.BOOLEAN.dataType(), this, "");

    /**
     * Column {@code primitiveBoolean}: {@code BOOLEAN NOT NULL DEFAULT true}.
     */
    public final TableField<Record, Boolean> PRIMITIVE_BOOLEAN = createField(DSL.name("primitiveBoolean"),
        ColumnTypes.BOOLEAN.dataType(), this, "");

    /**
     * Column {@code decimal}: {@code DECIMAL DEFAULT 1.50}.
     */
    public final TableField<Record, BigDecimal> DECIMAL = createField(DSL.name("decimal"),
        ColumnTypes.BIG_DECIMAL.dataType(), this, "");

    /**
     * Column {@code boxedDouble}: {@code DOUBLE PRECISION}.
     */
    public final TableField<Record, Double> BOXED_DOUBLE = createField(DSL.name("boxedDouble"),
        ColumnTypes.DOUBLE.dataType(), this, "");

    /**
     * Column {@code primitiveDouble}: {@code DOUBLE PRECISION NOT NULL}.
     */
    public final TableField<Record, Double> PRIMITIVE_DOUBLE = createField(DSL.name("primitiveDouble"),
        ColumnTypes.DOUBLE.dataType(), this, "");

    /**
     * Column {@code boxedFloat}: {@code REAL}.
     */
    public final TableField<Record, Float> BOXED_FLOAT = createField(DSL.name("boxedFloat"),
        ColumnTypes.FLOAT.dataType(), this, "");

    /**
     * Column {@code primitiveFloat}: {@code REAL NOT NULL}.
     */
    public final TableField<Record, Float> PRIMITIVE_FLOAT = createField(DSL.name("primitiveFloat"),
        ColumnTypes.FLOAT.dataType(), this, "");

    /**
     * Column {@code instant}: {@code TIMESTAMP WITH TIME ZONE}.
     */
    public final TableField<Record, Instant> INSTANT = createField(DSL.name("instant"),
        ColumnTypes.INSTANT.dataType(), this, "");

    /**
     * Column {@code offsetDateTime}: {@code TIMESTAMP WITH TIME ZONE}.
     */
    public final TableField<Record, OffsetDateTime> OFFSET_DATE_TIME = createField(DSL.name("offsetDateTime"),
        ColumnTypes.OFFSET_DATE_TIME.dataType(), this, "");

    /**
     * Column {@code localDate}: {@code DATE DEFAULT '2024-01-31'}.
     */
    public final TableField<Record, LocalDate> LOCAL_DATE = createField(DSL.name("localDate"),
        ColumnTypes.LOCAL_DATE.dataType(), this, "");

    /**
     * Column {@code localTime}: {@code TIME}.
     */
    public final TableField<Record, LocalTime> LOCAL_TIME = createField(DSL.name("localTime"),
        ColumnTypes.LOCAL_TIME.dataType(), this, "");

    /**
     * Column {@code localDateTime}: {@code TIMESTAMP}.
     */
    public final TableField<Record, LocalDateTime> LOCAL_DATE_TIME = createField(DSL.name("localDateTime"),
        ColumnTypes.LOCAL_DATE_TIME.dataType(), this, "");

    /**
     * Column {@code bytes}: {@code BYTEA}.
     */
    public final TableField<Record, byte[]> BYTES = createField(DSL.name("bytes"),
        ColumnTypes.BYTES.dataType(), this, "");

    /**
     * Column {@code status}: {@code "enum_EveryTypes_status" DEFAULT 'ACTIVE'}.
     */
    public final TableField<Record, Status> STATUS = createField(DSL.name("status"),
        STATUS_TYPE.dataType(), this, "");

    private Table() {
      super(DSL.name("EveryTypes"));
    }
  }
}
