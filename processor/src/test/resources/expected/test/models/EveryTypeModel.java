package test.models;

import dev.sequor.ArrayAttribute;
import dev.sequor.Attribute;
import dev.sequor.BooleanAttribute;
import dev.sequor.ComparableAttribute;
import dev.sequor.GeneratedModels;
import dev.sequor.Json;
import dev.sequor.JsonAttribute;
import dev.sequor.ModelType;
import dev.sequor.NumberAttribute;
import dev.sequor.Sequor;
import dev.sequor.StringAttribute;
import java.lang.invoke.MethodHandles;
import java.math.BigDecimal;
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
 * <p>Use the attribute constants in criteria ({@code UUID.eq(...)}) and in jOOQ's DSL ({@code UUID.field()}, with
 * {@code MODEL.table()}), and {@link #MODEL} with {@link Sequor#repository} for finders and writes;
 * {@link #builder()} for the instances to write.
 */
@Generated(
    value = "dev.sequor.processor.ModelProcessor",
    comments = "from test.models.EveryType"
)
@GeneratedModels.CompanionOf(EveryType.class)
public final class EveryTypeModel {
  private static final GeneratedModels.Model<EveryType> M = GeneratedModels.model(
      MethodHandles.lookup(), EveryType.class, "EveryType", "EveryTypes",
      "uuid:uuid:UUID:pk,nn;string:string:STRING:;text:text:TEXT:;boxedInt:boxedInt:INTEGER:;"
      + "primitiveInt:primitiveInt:INTEGER:nn;boxedLong:boxedLong:LONG:;"
      + "primitiveLong:primitiveLong:LONG:nn;boxedShort:boxedShort:SHORT:;"
      + "primitiveShort:primitiveShort:SHORT:nn;boxedBoolean:boxedBoolean:BOOLEAN:;"
      + "primitiveBoolean:primitiveBoolean:BOOLEAN:nn,df;decimal:decimal:BIG_DECIMAL:df;"
      + "boxedDouble:boxedDouble:DOUBLE:;primitiveDouble:primitiveDouble:DOUBLE:nn;"
      + "boxedFloat:boxedFloat:FLOAT:;primitiveFloat:primitiveFloat:FLOAT:nn;"
      + "instant:instant:INSTANT:;offsetDateTime:offsetDateTime:OFFSET_DATE_TIME:;"
      + "localDate:localDate:LOCAL_DATE:df;localTime:localTime:LOCAL_TIME:;"
      + "localDateTime:localDateTime:LOCAL_DATE_TIME:;bytes:bytes:BYTES:;json:json:JSON:;"
      + "jsonWithDefault:jsonWithDefault:JSON:df;status:status:ENUM(enum_EveryTypes_status):df;"
      + "stringArray:stringArray:ARRAY(STRING):;stringList:stringList:LIST(STRING):;"
      + "textArray:textArray:ARRAY(TEXT):;integerArray:integerArray:ARRAY(INTEGER):;"
      + "integerList:integerList:LIST(INTEGER):;longArray:longArray:ARRAY(LONG):;"
      + "longList:longList:LIST(LONG):;shortArray:shortArray:ARRAY(SHORT):;"
      + "booleanArray:booleanArray:ARRAY(BOOLEAN):;doubleArray:doubleArray:ARRAY(DOUBLE):;"
      + "decimalArray:decimalArray:ARRAY(BIG_DECIMAL):;uuidList:uuidList:LIST(UUID):");

  /**
   * {@link EveryType#uuid()}: column {@code uuid}, {@code UUID NOT NULL}, primary key.
   */
  public static final ComparableAttribute<EveryType, UUID> UUID = M.<UUID>comparable(0);

  /**
   * {@link EveryType#string()}: column {@code string}, {@code VARCHAR(255)}.
   */
  public static final StringAttribute<EveryType> STRING = M.string(1);

  /**
   * {@link EveryType#text()}: column {@code text}, {@code TEXT}.
   */
  public static final StringAttribute<EveryType> TEXT = M.string(2);

  /**
   * {@link EveryType#boxedInt()}: column {@code boxedInt}, {@code INTEGER}.
   */
  public static final NumberAttribute<EveryType, Integer> BOXED_INT = M.<Integer>number(3);

  /**
   * {@link EveryType#primitiveInt()}: column {@code primitiveInt}, {@code INTEGER NOT NULL}.
   */
  public static final NumberAttribute<EveryType, Integer> PRIMITIVE_INT = M.<Integer>number(4);

  /**
   * {@link EveryType#boxedLong()}: column {@code boxedLong}, {@code BIGINT}.
   */
  public static final NumberAttribute<EveryType, Long> BOXED_LONG = M.<Long>number(5);

  /**
   * {@link EveryType#primitiveLong()}: column {@code primitiveLong}, {@code BIGINT NOT NULL}.
   */
  public static final NumberAttribute<EveryType, Long> PRIMITIVE_LONG = M.<Long>number(6);

  /**
   * {@link EveryType#boxedShort()}: column {@code boxedShort}, {@code SMALLINT}.
   */
  public static final NumberAttribute<EveryType, Short> BOXED_SHORT = M.<Short>number(7);

  /**
   * {@link EveryType#primitiveShort()}: column {@code primitiveShort}, {@code SMALLINT NOT NULL}.
   */
  public static final NumberAttribute<EveryType, Short> PRIMITIVE_SHORT = M.<Short>number(8);

  /**
   * {@link EveryType#boxedBoolean()}: column {@code boxedBoolean}, {@code BOOLEAN}.
   */
  public static final BooleanAttribute<EveryType> BOXED_BOOLEAN = M.bool(9);

  /**
   * {@link EveryType#primitiveBoolean()}: column {@code primitiveBoolean}, {@code BOOLEAN NOT NULL DEFAULT true}.
   */
  public static final BooleanAttribute<EveryType> PRIMITIVE_BOOLEAN = M.bool(10);

  /**
   * {@link EveryType#decimal()}: column {@code decimal}, {@code DECIMAL DEFAULT 1.50}.
   */
  public static final NumberAttribute<EveryType, BigDecimal> DECIMAL = M.<BigDecimal>number(11);

  /**
   * {@link EveryType#boxedDouble()}: column {@code boxedDouble}, {@code DOUBLE PRECISION}.
   */
  public static final NumberAttribute<EveryType, Double> BOXED_DOUBLE = M.<Double>number(12);

  /**
   * {@link EveryType#primitiveDouble()}: column {@code primitiveDouble}, {@code DOUBLE PRECISION NOT NULL}.
   */
  public static final NumberAttribute<EveryType, Double> PRIMITIVE_DOUBLE = M.<Double>number(13);

  /**
   * {@link EveryType#boxedFloat()}: column {@code boxedFloat}, {@code REAL}.
   */
  public static final NumberAttribute<EveryType, Float> BOXED_FLOAT = M.<Float>number(14);

  /**
   * {@link EveryType#primitiveFloat()}: column {@code primitiveFloat}, {@code REAL NOT NULL}.
   */
  public static final NumberAttribute<EveryType, Float> PRIMITIVE_FLOAT = M.<Float>number(15);

  /**
   * {@link EveryType#instant()}: column {@code instant}, {@code TIMESTAMP WITH TIME ZONE}.
   */
  public static final ComparableAttribute<EveryType, Instant> INSTANT = M.<Instant>comparable(16);

  /**
   * {@link EveryType#offsetDateTime()}: column {@code offsetDateTime}, {@code TIMESTAMP WITH TIME ZONE}.
   */
  public static final ComparableAttribute<EveryType, OffsetDateTime> OFFSET_DATE_TIME = M.<OffsetDateTime>comparable(17);

  /**
   * {@link EveryType#localDate()}: column {@code localDate}, {@code DATE DEFAULT '2024-01-31'}.
   */
  public static final ComparableAttribute<EveryType, LocalDate> LOCAL_DATE = M.<LocalDate>comparable(18);

  /**
   * {@link EveryType#localTime()}: column {@code localTime}, {@code TIME}.
   */
  public static final ComparableAttribute<EveryType, LocalTime> LOCAL_TIME = M.<LocalTime>comparable(19);

  /**
   * {@link EveryType#localDateTime()}: column {@code localDateTime}, {@code TIMESTAMP}.
   */
  public static final ComparableAttribute<EveryType, LocalDateTime> LOCAL_DATE_TIME = M.<LocalDateTime>comparable(20);

  /**
   * {@link EveryType#bytes()}: column {@code bytes}, {@code BYTEA}.
   */
  public static final Attribute<EveryType, byte[]> BYTES = M.<byte[]>attribute(21);

  /**
   * {@link EveryType#json()}: column {@code json}, {@code JSONB}.
   */
  public static final JsonAttribute<EveryType> JSON = M.json(22);

  /**
   * {@link EveryType#jsonWithDefault()}: column {@code jsonWithDefault}, {@code JSONB DEFAULT '{"tags": []}'}.
   */
  public static final JsonAttribute<EveryType> JSON_WITH_DEFAULT = M.json(23);

  /**
   * {@link EveryType#status()}: column {@code status}, {@code "enum_EveryTypes_status" DEFAULT 'ACTIVE'}.
   */
  public static final ComparableAttribute<EveryType, Status> STATUS = M.<Status>comparable(24);

  /**
   * {@link EveryType#stringArray()}: column {@code stringArray}, {@code VARCHAR(255)[]}.
   */
  public static final ArrayAttribute<EveryType, String[], String> STRING_ARRAY = M.<String[], String>array(25);

  /**
   * {@link EveryType#stringList()}: column {@code stringList}, {@code VARCHAR(20)[]}.
   */
  public static final ArrayAttribute<EveryType, List<String>, String> STRING_LIST = M.<List<String>, String>array(26);

  /**
   * {@link EveryType#textArray()}: column {@code textArray}, {@code TEXT[]}.
   */
  public static final ArrayAttribute<EveryType, String[], String> TEXT_ARRAY = M.<String[], String>array(27);

  /**
   * {@link EveryType#integerArray()}: column {@code integerArray}, {@code INTEGER[]}.
   */
  public static final ArrayAttribute<EveryType, Integer[], Integer> INTEGER_ARRAY = M.<Integer[], Integer>array(28);

  /**
   * {@link EveryType#integerList()}: column {@code integerList}, {@code INTEGER[]}.
   */
  public static final ArrayAttribute<EveryType, List<Integer>, Integer> INTEGER_LIST = M.<List<Integer>, Integer>array(29);

  /**
   * {@link EveryType#longArray()}: column {@code longArray}, {@code BIGINT[]}.
   */
  public static final ArrayAttribute<EveryType, Long[], Long> LONG_ARRAY = M.<Long[], Long>array(30);

  /**
   * {@link EveryType#longList()}: column {@code longList}, {@code BIGINT[]}.
   */
  public static final ArrayAttribute<EveryType, List<Long>, Long> LONG_LIST = M.<List<Long>, Long>array(31);

  /**
   * {@link EveryType#shortArray()}: column {@code shortArray}, {@code SMALLINT[]}.
   */
  public static final ArrayAttribute<EveryType, Short[], Short> SHORT_ARRAY = M.<Short[], Short>array(32);

  /**
   * {@link EveryType#booleanArray()}: column {@code booleanArray}, {@code BOOLEAN[]}.
   */
  public static final ArrayAttribute<EveryType, Boolean[], Boolean> BOOLEAN_ARRAY = M.<Boolean[], Boolean>array(33);

  /**
   * {@link EveryType#doubleArray()}: column {@code doubleArray}, {@code DOUBLE PRECISION[]}.
   */
  public static final ArrayAttribute<EveryType, Double[], Double> DOUBLE_ARRAY = M.<Double[], Double>array(34);

  /**
   * {@link EveryType#decimalArray()}: column {@code decimalArray}, {@code DECIMAL(6,2)[]}.
   */
  public static final ArrayAttribute<EveryType, BigDecimal[], BigDecimal> DECIMAL_ARRAY = M.<BigDecimal[], BigDecimal>array(35);

  /**
   * {@link EveryType#uuidList()}: column {@code uuidList}, {@code UUID[]}.
   */
  public static final ArrayAttribute<EveryType, List<UUID>, UUID> UUID_LIST = M.<List<UUID>, UUID>array(36);

  /**
   * The model {@code EveryType}: pass it to {@link Sequor#repository} for its finders and writes.
   */
  public static final ModelType<EveryType, UUID> MODEL = M.<UUID>build();

  private EveryTypeModel() {
  }

  /**
   * A builder of a new {@link EveryType}, every attribute unset ({@code null}, or a primitive's zero):
   * set what the row needs and leave out what is filled in when it is stored (the id, timestamps, defaults).
   */
  public static Builder builder() {
    return new Builder(new Object[37]);
  }

  /**
   * A builder holding the attribute and association values of {@code from}: set what changes, then build a
   * copy; {@code from} itself is not changed.
   */
  public static Builder builder(EveryType from) {
    return new Builder(M.values(from));
  }

  /**
   * Builds an instance from attribute values in declaration order; {@code MODEL} finds it by name, and
   * {@link Builder#build()} calls it.
   */
  @SuppressWarnings("unchecked")
  private static EveryType create(Object[] values) {
    return new EveryType(
        (UUID) values[0],
        (String) values[1],
        (String) values[2],
        (Integer) values[3],
        values[4] == null ? 0 : (Integer) values[4],
        (Long) values[5],
        values[6] == null ? 0 : (Long) values[6],
        (Short) values[7],
        values[8] == null ? (short) 0 : (Short) values[8],
        (Boolean) values[9],
        values[10] == null ? false : (Boolean) values[10],
        (BigDecimal) values[11],
        (Double) values[12],
        values[13] == null ? 0 : (Double) values[13],
        (Float) values[14],
        values[15] == null ? 0 : (Float) values[15],
        (Instant) values[16],
        (OffsetDateTime) values[17],
        (LocalDate) values[18],
        (LocalTime) values[19],
        (LocalDateTime) values[20],
        (byte[]) values[21],
        (Json) values[22],
        (Json) values[23],
        (Status) values[24],
        (String[]) values[25],
        (List<String>) values[26],
        (String[]) values[27],
        (Integer[]) values[28],
        (List<Integer>) values[29],
        (Long[]) values[30],
        (List<Long>) values[31],
        (Short[]) values[32],
        (Boolean[]) values[33],
        (Double[]) values[34],
        (BigDecimal[]) values[35],
        (List<UUID>) values[36]);
  }

  /**
   * Builds {@link EveryType} instances by attribute name, for {@code create}, {@code bulkCreate},
   * {@code findOrCreate} defaults and seeders. Each setter returns the builder; {@link #build()} may be called again.
   */
  public static final class Builder {
    private final Object[] values;

    private Builder(Object[] values) {
      this.values = values;
    }

    /**
     * Sets {@link EveryType#uuid()}: column {@code uuid}, {@code UUID NOT NULL}, primary key.
     */
    public Builder uuid(UUID value) {
      values[0] = value;
      return this;
    }

    /**
     * Sets {@link EveryType#string()}: column {@code string}, {@code VARCHAR(255)}.
     */
    public Builder string(String value) {
      values[1] = value;
      return this;
    }

    /**
     * Sets {@link EveryType#text()}: column {@code text}, {@code TEXT}.
     */
    public Builder text(String value) {
      values[2] = value;
      return this;
    }

    /**
     * Sets {@link EveryType#boxedInt()}: column {@code boxedInt}, {@code INTEGER}.
     */
    public Builder boxedInt(Integer value) {
      values[3] = value;
      return this;
    }

    /**
     * Sets {@link EveryType#primitiveInt()}: column {@code primitiveInt}, {@code INTEGER NOT NULL}.
     */
    public Builder primitiveInt(int value) {
      values[4] = value;
      return this;
    }

    /**
     * Sets {@link EveryType#boxedLong()}: column {@code boxedLong}, {@code BIGINT}.
     */
    public Builder boxedLong(Long value) {
      values[5] = value;
      return this;
    }

    /**
     * Sets {@link EveryType#primitiveLong()}: column {@code primitiveLong}, {@code BIGINT NOT NULL}.
     */
    public Builder primitiveLong(long value) {
      values[6] = value;
      return this;
    }

    /**
     * Sets {@link EveryType#boxedShort()}: column {@code boxedShort}, {@code SMALLINT}.
     */
    public Builder boxedShort(Short value) {
      values[7] = value;
      return this;
    }

    /**
     * Sets {@link EveryType#primitiveShort()}: column {@code primitiveShort}, {@code SMALLINT NOT NULL}.
     */
    public Builder primitiveShort(short value) {
      values[8] = value;
      return this;
    }

    /**
     * Sets {@link EveryType#boxedBoolean()}: column {@code boxedBoolean}, {@code BOOLEAN}.
     */
    public Builder boxedBoolean(Boolean value) {
      values[9] = value;
      return this;
    }

    /**
     * Sets {@link EveryType#primitiveBoolean()}: column {@code primitiveBoolean}, {@code BOOLEAN NOT NULL DEFAULT true}.
     */
    public Builder primitiveBoolean(boolean value) {
      values[10] = value;
      return this;
    }

    /**
     * Sets {@link EveryType#decimal()}: column {@code decimal}, {@code DECIMAL DEFAULT 1.50}.
     */
    public Builder decimal(BigDecimal value) {
      values[11] = value;
      return this;
    }

    /**
     * Sets {@link EveryType#boxedDouble()}: column {@code boxedDouble}, {@code DOUBLE PRECISION}.
     */
    public Builder boxedDouble(Double value) {
      values[12] = value;
      return this;
    }

    /**
     * Sets {@link EveryType#primitiveDouble()}: column {@code primitiveDouble}, {@code DOUBLE PRECISION NOT NULL}.
     */
    public Builder primitiveDouble(double value) {
      values[13] = value;
      return this;
    }

    /**
     * Sets {@link EveryType#boxedFloat()}: column {@code boxedFloat}, {@code REAL}.
     */
    public Builder boxedFloat(Float value) {
      values[14] = value;
      return this;
    }

    /**
     * Sets {@link EveryType#primitiveFloat()}: column {@code primitiveFloat}, {@code REAL NOT NULL}.
     */
    public Builder primitiveFloat(float value) {
      values[15] = value;
      return this;
    }

    /**
     * Sets {@link EveryType#instant()}: column {@code instant}, {@code TIMESTAMP WITH TIME ZONE}.
     */
    public Builder instant(Instant value) {
      values[16] = value;
      return this;
    }

    /**
     * Sets {@link EveryType#offsetDateTime()}: column {@code offsetDateTime}, {@code TIMESTAMP WITH TIME ZONE}.
     */
    public Builder offsetDateTime(OffsetDateTime value) {
      values[17] = value;
      return this;
    }

    /**
     * Sets {@link EveryType#localDate()}: column {@code localDate}, {@code DATE DEFAULT '2024-01-31'}.
     */
    public Builder localDate(LocalDate value) {
      values[18] = value;
      return this;
    }

    /**
     * Sets {@link EveryType#localTime()}: column {@code localTime}, {@code TIME}.
     */
    public Builder localTime(LocalTime value) {
      values[19] = value;
      return this;
    }

    /**
     * Sets {@link EveryType#localDateTime()}: column {@code localDateTime}, {@code TIMESTAMP}.
     */
    public Builder localDateTime(LocalDateTime value) {
      values[20] = value;
      return this;
    }

    /**
     * Sets {@link EveryType#bytes()}: column {@code bytes}, {@code BYTEA}.
     */
    public Builder bytes(byte[] value) {
      values[21] = value;
      return this;
    }

    /**
     * Sets {@link EveryType#json()}: column {@code json}, {@code JSONB}.
     */
    public Builder json(Json value) {
      values[22] = value;
      return this;
    }

    /**
     * Sets {@link EveryType#jsonWithDefault()}: column {@code jsonWithDefault}, {@code JSONB DEFAULT '{"tags": []}'}.
     */
    public Builder jsonWithDefault(Json value) {
      values[23] = value;
      return this;
    }

    /**
     * Sets {@link EveryType#status()}: column {@code status}, {@code "enum_EveryTypes_status" DEFAULT 'ACTIVE'}.
     */
    public Builder status(Status value) {
      values[24] = value;
      return this;
    }

    /**
     * Sets {@link EveryType#stringArray()}: column {@code stringArray}, {@code VARCHAR(255)[]}.
     */
    public Builder stringArray(String[] value) {
      values[25] = value;
      return this;
    }

    /**
     * Sets {@link EveryType#stringList()}: column {@code stringList}, {@code VARCHAR(20)[]}.
     */
    public Builder stringList(List<String> value) {
      values[26] = value;
      return this;
    }

    /**
     * Sets {@link EveryType#textArray()}: column {@code textArray}, {@code TEXT[]}.
     */
    public Builder textArray(String[] value) {
      values[27] = value;
      return this;
    }

    /**
     * Sets {@link EveryType#integerArray()}: column {@code integerArray}, {@code INTEGER[]}.
     */
    public Builder integerArray(Integer[] value) {
      values[28] = value;
      return this;
    }

    /**
     * Sets {@link EveryType#integerList()}: column {@code integerList}, {@code INTEGER[]}.
     */
    public Builder integerList(List<Integer> value) {
      values[29] = value;
      return this;
    }

    /**
     * Sets {@link EveryType#longArray()}: column {@code longArray}, {@code BIGINT[]}.
     */
    public Builder longArray(Long[] value) {
      values[30] = value;
      return this;
    }

    /**
     * Sets {@link EveryType#longList()}: column {@code longList}, {@code BIGINT[]}.
     */
    public Builder longList(List<Long> value) {
      values[31] = value;
      return this;
    }

    /**
     * Sets {@link EveryType#shortArray()}: column {@code shortArray}, {@code SMALLINT[]}.
     */
    public Builder shortArray(Short[] value) {
      values[32] = value;
      return this;
    }

    /**
     * Sets {@link EveryType#booleanArray()}: column {@code booleanArray}, {@code BOOLEAN[]}.
     */
    public Builder booleanArray(Boolean[] value) {
      values[33] = value;
      return this;
    }

    /**
     * Sets {@link EveryType#doubleArray()}: column {@code doubleArray}, {@code DOUBLE PRECISION[]}.
     */
    public Builder doubleArray(Double[] value) {
      values[34] = value;
      return this;
    }

    /**
     * Sets {@link EveryType#decimalArray()}: column {@code decimalArray}, {@code DECIMAL(6,2)[]}.
     */
    public Builder decimalArray(BigDecimal[] value) {
      values[35] = value;
      return this;
    }

    /**
     * Sets {@link EveryType#uuidList()}: column {@code uuidList}, {@code UUID[]}.
     */
    public Builder uuidList(List<UUID> value) {
      values[36] = value;
      return this;
    }

    /**
     * A new {@link EveryType} holding the values set; the builder is not reset.
     */
    public EveryType build() {
      return EveryTypeModel.create(values);
    }
  }
}
