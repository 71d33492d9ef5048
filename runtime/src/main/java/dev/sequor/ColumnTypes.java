package dev.sequor;

import dev.sequor.internal.JavaTimeBinding;
import dev.sequor.internal.PgEnumBinding;
import java.math.BigDecimal;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.function.IntFunction;
import org.jooq.Converter;
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

  /** The binding half: sets a non-null value on a statement, without the driver guessing from the class. */
  @FunctionalInterface
  private interface Binder<T> {
    void bind(PreparedStatement ps, int index, T value) throws SQLException;
  }

  private record Simple<T>(Class<T> javaType, DataType<T> dataType, Reader<T> reader, Binder<T> binder,
      String placeholder, String arrayElementName) implements ColumnType<T> {
    @Override
    public T read(ResultSet rs, int index) throws SQLException {
      return reader.read(rs, index);
    }

    @Override
    public void bind(PreparedStatement ps, int index, T value) throws SQLException {
      if (value == null) {
        ps.setNull(index, Types.OTHER); // untyped: PostgreSQL takes the column's type from the context
      } else {
        binder.bind(ps, index, value);
      }
    }

    @Override
    public String toString() {
      return javaType.getSimpleName();
    }
  }

  private static <T> ColumnType<T> of(Class<T> type, DataType<T> dataType, Reader<T> reader) {
    return of(type, dataType, reader, PreparedStatement::setObject, null);
  }

  private static <T> ColumnType<T> of(Class<T> type, DataType<T> dataType, Reader<T> reader, Binder<T> binder,
      String arrayElementName) {
    return new Simple<>(type, dataType, reader, binder, "?", arrayElementName);
  }

  public static final ColumnType<String> STRING = of(String.class, SQLDataType.VARCHAR, ResultSet::getString,
      PreparedStatement::setString, "varchar");

  public static final ColumnType<Integer> INTEGER = of(Integer.class, SQLDataType.INTEGER, (rs, i) -> {
    int v = rs.getInt(i);
    return v == 0 && rs.wasNull() ? null : v;
  }, (ps, i, v) -> ps.setInt(i, v), "int4");

  public static final ColumnType<Long> LONG = of(Long.class, SQLDataType.BIGINT, (rs, i) -> {
    long v = rs.getLong(i);
    return v == 0 && rs.wasNull() ? null : v;
  }, (ps, i, v) -> ps.setLong(i, v), "int8");

  public static final ColumnType<Short> SHORT = of(Short.class, SQLDataType.SMALLINT, (rs, i) -> {
    short v = rs.getShort(i);
    return v == 0 && rs.wasNull() ? null : v;
  }, (ps, i, v) -> ps.setShort(i, v), "int2");

  public static final ColumnType<Boolean> BOOLEAN = of(Boolean.class, SQLDataType.BOOLEAN, (rs, i) -> {
    boolean v = rs.getBoolean(i);
    return !v && rs.wasNull() ? null : v;
  }, (ps, i, v) -> ps.setBoolean(i, v), "bool");

  public static final ColumnType<BigDecimal> BIG_DECIMAL = of(BigDecimal.class, SQLDataType.NUMERIC, ResultSet::getBigDecimal,
      PreparedStatement::setBigDecimal, "numeric");

  public static final ColumnType<Double> DOUBLE = of(Double.class, SQLDataType.DOUBLE, (rs, i) -> {
    double v = rs.getDouble(i);
    return v == 0 && rs.wasNull() ? null : v;
  }, (ps, i, v) -> ps.setDouble(i, v), "float8");

  public static final ColumnType<Float> FLOAT = of(Float.class, SQLDataType.REAL, (rs, i) -> {
    float v = rs.getFloat(i);
    return v == 0 && rs.wasNull() ? null : v;
  }, (ps, i, v) -> ps.setFloat(i, v), "float4");

  public static final ColumnType<Instant> INSTANT = of(Instant.class, SQLDataType.INSTANT, (rs, i) -> {
    OffsetDateTime v = rs.getObject(i, OffsetDateTime.class);
    return v == null ? null : v.toInstant();
  }, (ps, i, v) -> ps.setObject(i, v.atOffset(ZoneOffset.UTC)), null);

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

  public static final ColumnType<UUID> UUID = of(java.util.UUID.class, SQLDataType.UUID,
      (rs, i) -> rs.getObject(i, java.util.UUID.class), PreparedStatement::setObject, "uuid");

  public static final ColumnType<byte[]> BYTES = of(byte[].class, SQLDataType.BLOB, ResultSet::getBytes, PreparedStatement::setBytes,
      null);

  /**
   * A Java enum stored in a PostgreSQL enum type ({@code enum_<table>_<column>}, as Sequelize names it).
   * Values are bound as {@code ?::"typeName"} so that PostgreSQL accepts them for the enum column.
   */
  public static <E extends Enum<E>> ColumnType<E> enumType(Class<E> type, String typeName) {
    DataType<E> dataType = SQLDataType.VARCHAR.asConvertedDataType(new PgEnumBinding<>(type, typeName));
    Reader<E> reader = (rs, i) -> {
      String v = rs.getString(i);
      return v == null ? null : Enum.valueOf(type, v);
    };
    String placeholder = "?::\"" + typeName.replace("\"", "\"\"") + "\"";
    return new Simple<>(type, dataType, reader, (ps, i, v) -> ps.setString(i, v.name()), placeholder, null);
  }

  /**
   * A PostgreSQL array of {@code element} as a Java array ({@code String[]}, {@code Long[]}, ...); Sequelize's
   * {@code DataTypes.ARRAY}. {@code newArray} is {@code String[]::new} and so on.
   */
  public static <E> ArrayColumnType<E[], E> array(ColumnType<E> element, IntFunction<E[]> newArray) {
    return new ArrayOf<>(element, element.dataType().array(), newArray, true);
  }

  /** A PostgreSQL array of {@code element} as an unmodifiable {@code List}. */
  @SuppressWarnings({"unchecked", "rawtypes"})
  public static <E> ArrayColumnType<List<E>, E> list(ColumnType<E> element) {
    IntFunction<E[]> newArray = n -> (E[]) java.lang.reflect.Array.newInstance(element.javaType(), n);
    DataType<List<E>> dataType = element.dataType().array().asConvertedDataType(Converter.of(
        element.dataType().array().getType(), (Class<List<E>>) (Class) List.class,
        (E[] a) -> a == null ? null : Collections.unmodifiableList(Arrays.asList(a)),
        (List<E> l) -> l == null ? null : l.toArray(newArray.apply(l.size()))));
    return new ArrayOf<>(element, dataType, newArray, false);
  }

  /** Arrays and lists of elements; reads copy the driver's array into the element type. */
  private static final class ArrayOf<A, E> implements ArrayColumnType<A, E> {
    private final ColumnType<E> element;
    private final DataType<A> dataType;
    private final IntFunction<E[]> newArray;
    private final boolean javaArray;

    ArrayOf(ColumnType<E> element, DataType<A> dataType, IntFunction<E[]> newArray, boolean javaArray) {
      this.element = element;
      this.dataType = dataType;
      this.newArray = newArray;
      this.javaArray = javaArray;
    }

    @Override
    public Class<A> javaType() {
      return dataType.getType();
    }

    @Override
    public DataType<A> dataType() {
      return dataType;
    }

    @Override
    public ColumnType<E> elementType() {
      return element;
    }

    @Override
    @SuppressWarnings("unchecked")
    public A fromList(List<? extends E> elements) {
      E[] array = elements.toArray(newArray.apply(elements.size()));
      return javaArray ? (A) array : (A) Collections.unmodifiableList(Arrays.asList(array));
    }

    @Override
    @SuppressWarnings("unchecked")
    public List<E> toList(A value) {
      return value == null ? null : javaArray ? Arrays.asList((E[]) value) : (List<E>) value;
    }

    /** Bound as a JDBC array of the element's PostgreSQL type. */
    @Override
    public void bind(PreparedStatement ps, int index, A value) throws SQLException {
      String elementName = element instanceof Simple<E> simple ? simple.arrayElementName() : null;
      if (value == null || elementName == null) {
        ps.setObject(index, value == null ? null : toList(value).toArray());
        return;
      }
      ps.setArray(index, ps.getConnection().createArrayOf(elementName, toList(value).toArray()));
    }

    @Override
    public A read(ResultSet rs, int index) throws SQLException {
      java.sql.Array sqlArray = rs.getArray(index);
      if (sqlArray == null) {
        return null;
      }
      try {
        Object[] raw = (Object[]) sqlArray.getArray();
        E[] array = newArray.apply(raw.length);
        Class<E> type = element.javaType();
        for (int i = 0; i < raw.length; i++) {
          array[i] = type.cast(convert(raw[i], type));
        }
        return fromList(Arrays.asList(array));
      } finally {
        sqlArray.free();
      }
    }

    /** The driver's element as {@code type}: pgjdbc hands back wider numbers for some element types. */
    private static Object convert(Object value, Class<?> type) {
      if (value == null || type.isInstance(value) || !(value instanceof Number n)) {
        return value;
      }
      if (type == Short.class) {
        return n.shortValue();
      } else if (type == Integer.class) {
        return n.intValue();
      } else if (type == Long.class) {
        return n.longValue();
      } else if (type == Double.class) {
        return n.doubleValue();
      } else if (type == Float.class) {
        return n.floatValue();
      } else if (type == BigDecimal.class) {
        return new BigDecimal(n.toString());
      }
      return value;
    }

    @Override
    public String toString() {
      return (javaArray ? element + "[]" : "List<" + element + ">");
    }
  }
}
