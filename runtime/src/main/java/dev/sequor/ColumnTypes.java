package dev.sequor;

import dev.sequor.internal.JavaTimeBinding;
import dev.sequor.internal.PgEnumBinding;
import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.util.UUID;
import org.jooq.DataType;
import org.jooq.impl.SQLDataType;

/**
 * The column types Sequor supports, one constant per Java type. Generated code refers to them; the
 * PostgreSQL type each maps to is in the README's type table.
 */
public final class ColumnTypes {

  private ColumnTypes() {}

  /** The reading half of a column type; a lambda per type keeps the readers monomorphic and reflection-free. */
  @FunctionalInterface
  private interface Reader<T> {
    T read(ResultSet rs, int index) throws SQLException;
  }

  private record Simple<T>(Class<T> javaType, DataType<T> dataType, Reader<T> reader) implements ColumnType<T> {
    @Override
    public T read(ResultSet rs, int index) throws SQLException {
      return reader.read(rs, index);
    }

    @Override
    public String toString() {
      return javaType.getSimpleName();
    }
  }

  private static <T> ColumnType<T> of(Class<T> type, DataType<T> dataType, Reader<T> reader) {
    return new Simple<>(type, dataType, reader);
  }

  public static final ColumnType<String> STRING = of(String.class, SQLDataType.VARCHAR, ResultSet::getString);

  public static final ColumnType<Integer> INTEGER = of(Integer.class, SQLDataType.INTEGER, (rs, i) -> {
    int v = rs.getInt(i);
    return v == 0 && rs.wasNull() ? null : v;
  });

  public static final ColumnType<Long> LONG = of(Long.class, SQLDataType.BIGINT, (rs, i) -> {
    long v = rs.getLong(i);
    return v == 0 && rs.wasNull() ? null : v;
  });

  public static final ColumnType<Short> SHORT = of(Short.class, SQLDataType.SMALLINT, (rs, i) -> {
    short v = rs.getShort(i);
    return v == 0 && rs.wasNull() ? null : v;
  });

  public static final ColumnType<Boolean> BOOLEAN = of(Boolean.class, SQLDataType.BOOLEAN, (rs, i) -> {
    boolean v = rs.getBoolean(i);
    return !v && rs.wasNull() ? null : v;
  });

  public static final ColumnType<BigDecimal> BIG_DECIMAL = of(BigDecimal.class, SQLDataType.NUMERIC, ResultSet::getBigDecimal);

  public static final ColumnType<Double> DOUBLE = of(Double.class, SQLDataType.DOUBLE, (rs, i) -> {
    double v = rs.getDouble(i);
    return v == 0 && rs.wasNull() ? null : v;
  });

  public static final ColumnType<Float> FLOAT = of(Float.class, SQLDataType.REAL, (rs, i) -> {
    float v = rs.getFloat(i);
    return v == 0 && rs.wasNull() ? null : v;
  });

  public static final ColumnType<Instant> INSTANT = of(Instant.class, SQLDataType.INSTANT, (rs, i) -> {
    OffsetDateTime v = rs.getObject(i, OffsetDateTime.class);
    return v == null ? null : v.toInstant();
  });

  public static final ColumnType<OffsetDateTime> OFFSET_DATE_TIME =
      of(OffsetDateTime.class, SQLDataType.TIMESTAMPWITHTIMEZONE, (rs, i) -> rs.getObject(i, OffsetDateTime.class));

  public static final ColumnType<LocalDate> LOCAL_DATE =
      of(LocalDate.class, SQLDataType.LOCALDATE, (rs, i) -> rs.getObject(i, LocalDate.class));

  /** Bound by the driver: jOOQ's default binding goes through {@code java.sql.Time} and drops the fraction. */
  public static final ColumnType<LocalTime> LOCAL_TIME = of(LocalTime.class,
      SQLDataType.LOCALTIME.asConvertedDataType(new JavaTimeBinding<>(LocalTime.class, "time", Types.TIME)),
      (rs, i) -> rs.getObject(i, LocalTime.class));

  /**
   * Bound by the driver: jOOQ's default binding goes through {@code java.sql.Timestamp} in the JVM's time zone
   * and moves wall-clock times that zone skips.
   */
  public static final ColumnType<LocalDateTime> LOCAL_DATE_TIME = of(LocalDateTime.class,
      SQLDataType.LOCALDATETIME.asConvertedDataType(new JavaTimeBinding<>(LocalDateTime.class, "timestamp", Types.TIMESTAMP)),
      (rs, i) -> rs.getObject(i, LocalDateTime.class));

  public static final ColumnType<UUID> UUID = of(java.util.UUID.class, SQLDataType.UUID, (rs, i) -> rs.getObject(i, java.util.UUID.class));

  public static final ColumnType<byte[]> BYTES = of(byte[].class, SQLDataType.BLOB, ResultSet::getBytes);

  /**
   * A Java enum stored in a PostgreSQL enum type ({@code enum_<table>_<column>}, as Sequelize names it).
   * Values are bound as {@code ?::"typeName"} so that PostgreSQL accepts them for the enum column.
   */
  public static <E extends Enum<E>> ColumnType<E> enumType(Class<E> type, String typeName) {
    DataType<E> dataType = SQLDataType.VARCHAR.asConvertedDataType(new PgEnumBinding<>(type, typeName));
    return of(type, dataType, (rs, i) -> {
      String v = rs.getString(i);
      return v == null ? null : Enum.valueOf(type, v);
    });
  }
}
