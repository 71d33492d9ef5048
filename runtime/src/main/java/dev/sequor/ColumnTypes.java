package dev.sequor;

import dev.sequor.internal.ColumnTypeImpls;
import dev.sequor.internal.Text;
import java.math.BigDecimal;
import java.util.List;
import java.util.Objects;
import java.util.function.IntFunction;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.UUID;
import org.jooq.Converter;
import org.jooq.DataType;
import org.jooq.JSONB;
import org.jooq.impl.SQLDataType;

/**
 * The column types Sequor supports, one constant per Java type. Generated code refers to them; the
 * PostgreSQL type each maps to is in the type table of docs/04-models.md.
 */
public final class ColumnTypes {

  private ColumnTypes() {}

  private static <T> ColumnType<T> of(Class<T> type, DataType<T> dataType, ColumnTypeImpls.Read read) {
    return ColumnTypeImpls.simple(type, dataType, read, PreparedStatement::setObject, null);
  }

  private static <T> ColumnType<T> of(Class<T> type, DataType<T> dataType, ColumnTypeImpls.Read read,
      ColumnTypeImpls.Binder<T> binder, String arrayElement) {
    return ColumnTypeImpls.simple(type, dataType, read, binder, arrayElement);
  }

  public static final ColumnType<String> STRING = of(String.class, SQLDataType.VARCHAR, ColumnTypeImpls.Read.STRING,
      PreparedStatement::setString, "varchar");

  /**
   * A {@code String} in a {@code TEXT} column ({@code @Column(text = true)}): read and bound as {@link #STRING}; its
   * jOOQ type is {@code CLOB}, which jOOQ spells {@code text} on PostgreSQL, so that arrays of it bind as
   * {@code text[]}.
   */
  public static final ColumnType<String> TEXT = of(String.class, SQLDataType.CLOB, ColumnTypeImpls.Read.STRING,
      PreparedStatement::setString, "text");

  /**
   * A {@link Json} value in a {@code JSONB} column. Bound as untyped text, its placeholder cast to {@code jsonb}
   * (jOOQ renders {@code JSONB} so); read as text, which PostgreSQL writes as valid JSON.
   */
  public static final ColumnType<Json> JSON = new JsonColumnType();

  public static final ColumnType<Integer> INTEGER = of(Integer.class, SQLDataType.INTEGER, ColumnTypeImpls.Read.INTEGER,
      (ps, i, v) -> ps.setInt(i, v), "int4");

  public static final ColumnType<Long> LONG = of(Long.class, SQLDataType.BIGINT, ColumnTypeImpls.Read.LONG,
      (ps, i, v) -> ps.setLong(i, v), "int8");

  public static final ColumnType<Short> SHORT = of(Short.class, SQLDataType.SMALLINT, ColumnTypeImpls.Read.SHORT,
      (ps, i, v) -> ps.setShort(i, v), "int2");

  public static final ColumnType<Boolean> BOOLEAN = of(Boolean.class, SQLDataType.BOOLEAN, ColumnTypeImpls.Read.BOOLEAN,
      (ps, i, v) -> ps.setBoolean(i, v), "bool");

  public static final ColumnType<BigDecimal> BIG_DECIMAL = of(BigDecimal.class, SQLDataType.NUMERIC, ColumnTypeImpls.Read.BIG_DECIMAL,
      PreparedStatement::setBigDecimal, "numeric");

  public static final ColumnType<Double> DOUBLE = of(Double.class, SQLDataType.DOUBLE, ColumnTypeImpls.Read.DOUBLE,
      (ps, i, v) -> ps.setDouble(i, v), "float8");

  public static final ColumnType<Float> FLOAT = of(Float.class, SQLDataType.REAL, ColumnTypeImpls.Read.FLOAT,
      (ps, i, v) -> ps.setFloat(i, v), "float4");

  public static final ColumnType<Instant> INSTANT = of(Instant.class, SQLDataType.INSTANT, ColumnTypeImpls.Read.INSTANT,
      (ps, i, v) -> ps.setObject(i, v.atOffset(ZoneOffset.UTC)), null);

  public static final ColumnType<OffsetDateTime> OFFSET_DATE_TIME =
      of(OffsetDateTime.class, SQLDataType.TIMESTAMPWITHTIMEZONE, ColumnTypeImpls.Read.OFFSET_DATE_TIME);

  public static final ColumnType<LocalDate> LOCAL_DATE =
      of(LocalDate.class, SQLDataType.LOCALDATE, ColumnTypeImpls.Read.LOCAL_DATE);

  /** Bound by the driver: jOOQ's default binding goes through {@code java.sql.Time} and drops the fraction. */
  public static final ColumnType<LocalTime> LOCAL_TIME = of(LocalTime.class,
      ColumnTypeImpls.byDriver(SQLDataType.LOCALTIME, "time", Types.TIME), ColumnTypeImpls.Read.LOCAL_TIME);

  /**
   * Bound by the driver: jOOQ's default binding goes through {@code java.sql.Timestamp} in the JVM's time zone
   * and moves wall-clock times that zone skips.
   */
  public static final ColumnType<LocalDateTime> LOCAL_DATE_TIME = of(LocalDateTime.class,
      ColumnTypeImpls.byDriver(SQLDataType.LOCALDATETIME, "timestamp", Types.TIMESTAMP),
      ColumnTypeImpls.Read.LOCAL_DATE_TIME);

  public static final ColumnType<UUID> UUID = of(java.util.UUID.class, SQLDataType.UUID,
      ColumnTypeImpls.Read.UUID, PreparedStatement::setObject, "uuid");

  public static final ColumnType<byte[]> BYTES = of(byte[].class, SQLDataType.BLOB, ColumnTypeImpls.Read.BYTES, PreparedStatement::setBytes,
      null);

  /** The column type of {@link Json} values. */
  private static final class JsonColumnType implements ColumnType<Json> {

    private static final DataType<Json> DATA_TYPE = SQLDataType.JSONB.asConvertedDataType(Converter.ofNullable(
        JSONB.class, Json.class, jsonb -> Json.trusted(jsonb.data()), json -> JSONB.jsonb(json.text())));

    @Override
    public Class<Json> javaType() {
      return Json.class;
    }

    @Override
    public DataType<Json> dataType() {
      return DATA_TYPE;
    }

    @Override
    public Json read(ResultSet rs, int index) throws SQLException {
      String text = rs.getString(index);
      return text == null ? null : Json.trusted(text);
    }

    /** Untyped ({@code Types.OTHER}): PostgreSQL reads it as {@code jsonb}, in a cast or beside a jsonb column. */
    @Override
    public void bind(PreparedStatement statement, int index, Json value) throws SQLException {
      if (value == null) {
        statement.setNull(index, Types.OTHER);
      } else {
        statement.setObject(index, value.text(), Types.OTHER);
      }
    }

    @Override
    public String toString() {
      return "Json";
    }
  }

  /**
   * A Java enum stored in a PostgreSQL enum type ({@code enum_<table>_<column>}, as Sequelize names it).
   * Values are bound as {@code ?::"typeName"} so that PostgreSQL accepts them for the enum column.
   *
   * @throws IllegalArgumentException when {@code typeName} cannot name a PostgreSQL type as given: empty, holding
   *     NUL or an unpaired surrogate, or longer than the 63 bytes of UTF-8 PostgreSQL keeps of a name
   */
  public static <E extends Enum<E>> ColumnType<E> enumType(Class<E> type, String typeName) {
    Text.checkIdentifier("The enum type name", Objects.requireNonNull(typeName, "typeName"));
    return ColumnTypeImpls.enumType(Objects.requireNonNull(type, "type"), typeName);
  }

  /**
   * A PostgreSQL array of {@code element} as a Java array ({@code String[]}, {@code Long[]}, ...); Sequelize's
   * {@code DataTypes.ARRAY}. {@code newArray} is {@code String[]::new} and so on.
   */
  public static <E> ArrayColumnType<E[], E> array(ColumnType<E> element, IntFunction<E[]> newArray) {
    return ColumnTypeImpls.array(element, newArray);
  }

  /** A PostgreSQL array of {@code element} as an unmodifiable {@code List}. */
  public static <E> ArrayColumnType<List<E>, E> list(ColumnType<E> element) {
    return ColumnTypeImpls.list(element);
  }
}
