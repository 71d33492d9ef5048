package dev.sequor.internal;

import dev.sequor.ArrayColumnType;
import dev.sequor.ColumnType;
import dev.sequor.ColumnTypes;
import dev.sequor.Json;
import java.math.BigDecimal;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import java.util.function.IntFunction;
import org.jooq.Converter;
import org.jooq.DataType;
import org.jooq.impl.SQLDataType;

/**
 * The implementations behind {@link dev.sequor.ColumnTypes}: how each Java type is bound and read, and which
 * PostgreSQL array type holds a list of its values (for {@code IN} as {@code = ANY (?)}).
 */
public final class ColumnTypeImpls {

  private ColumnTypeImpls() {}

  /**
   * How each standard type is read from a result: one switch rather than a reader object per type, so that a row of
   * mixed columns is read without a virtual call per column (the calls into the driver stay monomorphic and inline).
   */
  public enum Read {
    STRING, INTEGER, LONG, SHORT, BOOLEAN, BIG_DECIMAL, DOUBLE, FLOAT, INSTANT, OFFSET_DATE_TIME, LOCAL_DATE,
    LOCAL_TIME, LOCAL_DATE_TIME, UUID, BYTES
  }

  /** Column {@code index} of the current row, read as {@code read} says; {@code null} for SQL NULL. */
  static Object read(Read read, ResultSet rs, int index) throws SQLException {
    switch (read) {
      case STRING:
        return rs.getString(index);
      case INTEGER: {
        int v = rs.getInt(index);
        return v == 0 && rs.wasNull() ? null : v;
      }
      case LONG: {
        long v = rs.getLong(index);
        return v == 0 && rs.wasNull() ? null : v;
      }
      case SHORT: {
        short v = rs.getShort(index);
        return v == 0 && rs.wasNull() ? null : v;
      }
      case BOOLEAN: {
        boolean v = rs.getBoolean(index);
        return !v && rs.wasNull() ? null : v;
      }
      case BIG_DECIMAL:
        return rs.getBigDecimal(index);
      case DOUBLE: {
        double v = rs.getDouble(index);
        return v == 0 && rs.wasNull() ? null : v;
      }
      case FLOAT: {
        float v = rs.getFloat(index);
        return v == 0 && rs.wasNull() ? null : v;
      }
      case INSTANT: {
        OffsetDateTime v = rs.getObject(index, OffsetDateTime.class);
        return v == null ? null : v.toInstant();
      }
      case OFFSET_DATE_TIME:
        return rs.getObject(index, OffsetDateTime.class);
      case LOCAL_DATE:
        return rs.getObject(index, LocalDate.class);
      case LOCAL_TIME:
        return rs.getObject(index, LocalTime.class);
      case LOCAL_DATE_TIME:
        return rs.getObject(index, LocalDateTime.class);
      case UUID:
        return rs.getObject(index, java.util.UUID.class);
      case BYTES:
        return rs.getBytes(index);
      default:
        throw new IllegalStateException("no reader for " + read);
    }
  }

  /** The {@link Read} of a standard type, else null. */
  static Read readOf(ColumnType<?> type) {
    return type instanceof Simple<?> simple ? simple.read() : null;
  }

  /** The binding half: sets a non-null value on a statement, without the driver guessing from the class. */
  @FunctionalInterface
  public interface Binder<T> {
    void bind(PreparedStatement ps, int index, T value) throws SQLException;
  }

  /**
   * A scalar type; {@code arrayElement} names PostgreSQL's element type for {@code createArrayOf} ({@code "int8"}),
   * {@code null} when values of this type have no array parameter form here.
   */
  private record Simple<T>(Class<T> javaType, DataType<T> dataType, Read read, Binder<T> binder,
      String arrayElement) implements ColumnType<T> {
    @Override
    @SuppressWarnings("unchecked") // read by the Read of type T
    public T read(ResultSet rs, int index) throws SQLException {
      return (T) ColumnTypeImpls.read(read, rs, index);
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

  public static <T> ColumnType<T> simple(Class<T> type, DataType<T> dataType, Read read, Binder<T> binder,
      String arrayElement) {
    return new Simple<>(type, dataType, read, binder, arrayElement);
  }

  /**
   * {@code dataType} bound and read by the driver's own {@code setObject}/{@code getObject}, its placeholder cast to
   * {@code sqlType} ({@code time}, {@code timestamp}): see {@link JavaTimeBinding}.
   */
  public static <T> DataType<T> byDriver(DataType<T> dataType, String sqlType, int jdbcType) {
    return dataType.asConvertedDataType(new JavaTimeBinding<>(dataType.getType(), sqlType, jdbcType));
  }

  /** An enum stored in the PostgreSQL enum type {@code typeName}, bound as its name with a cast to that type. */
  private record Enum<E extends java.lang.Enum<E>>(Class<E> javaType, DataType<E> dataType, String typeName)
      implements ColumnType<E> {
    @Override
    public E read(ResultSet rs, int index) throws SQLException {
      String v = rs.getString(index);
      return v == null ? null : java.lang.Enum.valueOf(javaType, v);
    }

    @Override
    public void bind(PreparedStatement ps, int index, E value) throws SQLException {
      if (value == null) {
        ps.setNull(index, Types.OTHER);
      } else {
        ps.setString(index, value.name());
      }
    }

    @Override
    public String toString() {
      return javaType.getSimpleName();
    }
  }

  public static <E extends java.lang.Enum<E>> ColumnType<E> enumType(Class<E> type, String typeName) {
    DataType<E> dataType = SQLDataType.VARCHAR.asConvertedDataType(new PgEnumBinding<>(type, typeName));
    return new Enum<>(type, dataType, typeName);
  }

  /** The column type of values of {@code type}, for bind values whose column is unknown; null for none. */
  static ColumnType<?> forClass(Class<?> type) {
    return ByClass.TYPES.get(type);
  }

  /** Built on first use, after {@link ColumnTypes}' constants exist (they are made by this class's factories). */
  private static final class ByClass {
    static final Map<Class<?>, ColumnType<?>> TYPES = byClass();
  }

  private static Map<Class<?>, ColumnType<?>> byClass() {
    Map<Class<?>, ColumnType<?>> types = new java.util.HashMap<>();
    for (ColumnType<?> type : List.of(ColumnTypes.STRING, ColumnTypes.INTEGER, ColumnTypes.LONG, ColumnTypes.SHORT,
        ColumnTypes.BOOLEAN, ColumnTypes.BIG_DECIMAL, ColumnTypes.DOUBLE, ColumnTypes.FLOAT, ColumnTypes.INSTANT,
        ColumnTypes.OFFSET_DATE_TIME, ColumnTypes.LOCAL_DATE, ColumnTypes.LOCAL_TIME, ColumnTypes.LOCAL_DATE_TIME,
        ColumnTypes.UUID, ColumnTypes.BYTES, ColumnTypes.JSON)) {
      types.put(type.javaType(), type);
    }
    return Map.copyOf(types);
  }

  // ---- arrays -------------------------------------------------------------------------------------------------

  /** A PostgreSQL array of {@code element} as a Java array ({@code String[]}, {@code Long[]}, ...). */
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

  private static final Map<ColumnType<?>, ColumnType<Object[]>> PARAMETER_ARRAYS = new ConcurrentHashMap<>();
  private static final Map<ColumnType<?>, ColumnType<Object[]>> LITERAL_ARRAYS = new ConcurrentHashMap<>();

  /**
   * The type of one array parameter holding values of {@code element}, for {@code = ANY (?)}: every standard type
   * but arrays (see {@link #literalArray}). {@code null} for a type of the user's own, whose array form Sequor does
   * not know (then each value is a parameter of its own). One instance per element type, so that the statements
   * using it share a shape.
   */
  static ColumnType<Object[]> parameterArray(ColumnType<?> element) {
    ColumnType<Object[]> known = PARAMETER_ARRAYS.get(element);
    if (known != null || PARAMETER_ARRAYS.containsKey(element)) {
      return known;
    }
    ColumnType<Object[]> array = newParameterArray(element);
    if (array != null) {
      PARAMETER_ARRAYS.putIfAbsent(element, array);
      return PARAMETER_ARRAYS.get(element);
    }
    return null;
  }

  private static ColumnType<Object[]> newParameterArray(ColumnType<?> element) {
    if (element instanceof Simple<?> simple && simple.arrayElement() != null) {
      return new ParameterArray(simple.arrayElement(), arrayOf(simple.dataType()), Object[]::new, null);
    } else if (element instanceof Enum<?> e) {
      DataType<Object[]> enumArray = SQLDataType.VARCHAR.array()
          .asConvertedDataType(new PgEnumBinding.Array(e.typeName()));
      return new ParameterArray("varchar", enumArray, Object[]::new, value -> ((java.lang.Enum<?>) value).name());
    } else if (element == ColumnTypes.JSON) {
      return new ParameterArray("jsonb", arrayOf(SQLDataType.JSONB), Object[]::new, value -> ((Json) value).text());
    } else if (element instanceof Simple<?> simple) {
      // types the driver binds as text: the array holds that text, rounded as the driver rounds one value
      return switch (simple.read()) {
        case INSTANT, OFFSET_DATE_TIME -> new ParameterArray("timestamptz",
            arrayOf(SQLDataType.TIMESTAMPWITHTIMEZONE), Object[]::new, PgText::timestamptz);
        case LOCAL_DATE -> new ParameterArray("date", arrayOf(SQLDataType.LOCALDATE), Object[]::new,
            value -> PgText.date((LocalDate) value));
        case LOCAL_TIME -> new ParameterArray("time", arrayOf(SQLDataType.LOCALTIME), Object[]::new,
            value -> PgText.time((LocalTime) value));
        case LOCAL_DATE_TIME -> new ParameterArray("timestamp", arrayOf(SQLDataType.LOCALDATETIME), Object[]::new,
            value -> PgText.localTimestamp((LocalDateTime) value));
        case BYTES -> new ParameterArray("bytea", arrayOf(SQLDataType.BLOB), byte[][]::new, value -> value);
        default -> null;
      };
    }
    return null;
  }

  /** The array type of {@code element}, as the jOOQ type of a parameter whose value is an {@code Object[]}. */
  @SuppressWarnings("unchecked")
  private static DataType<Object[]> arrayOf(DataType<?> element) {
    return (DataType<Object[]>) (DataType<?>) element.array();
  }

  /**
   * For {@code IN} over an array column ({@code tags IN ('{a,b}', '{c}')}), whose values no array parameter can hold
   * (PostgreSQL's arrays of arrays are multidimensional arrays of the elements): one {@code text[]} parameter of
   * array literals, each cast back to the column's type ({@link Operator#IN_LITERALS}). {@code null} for other types,
   * and for arrays of a type of the user's own, whose text form Sequor does not know.
   */
  static ColumnType<Object[]> literalArray(ColumnType<?> type) {
    if (!(type instanceof ArrayOf<?, ?> array && array.element instanceof Simple<?> simple
        && simple.arrayElement() != null)) {
      return null;
    }
    return LITERAL_ARRAYS.computeIfAbsent(type, t -> new ParameterArray("text", arrayOf(SQLDataType.CLOB),
        Object[]::new, value -> PgText.arrayLiteral(array.toListOf(value))));
  }

  /**
   * An array parameter of elements: each element as itself, or as {@code element} makes it (an enum by its name, cast
   * to the enum's array type; a time as PostgreSQL's text of it), in an array {@code newArray} makes (the driver
   * wants a {@code byte[][]} for {@code bytea[]}).
   */
  private record ParameterArray(String elementName, DataType<Object[]> dataType, IntFunction<Object[]> newArray,
      Function<Object, Object> element) implements ColumnType<Object[]> {
    @Override
    public Class<Object[]> javaType() {
      return Object[].class;
    }

    @Override
    public Object[] read(ResultSet rs, int index) {
      throw new UnsupportedOperationException("a parameter array is never read");
    }

    @Override
    public void bind(PreparedStatement ps, int index, Object[] values) throws SQLException {
      if (elementName.equals("int8") && bindLongs(ps, index, values)) {
        return;
      }
      Object[] elements = values;
      if (element != null) {
        elements = newArray.apply(values.length);
        for (int i = 0; i < values.length; i++) {
          elements[i] = values[i] == null ? null : element.apply(values[i]);
        }
      }
      ps.setArray(index, ps.getConnection().createArrayOf(elementName, elements));
    }

    /**
     * Binds {@code bigint} keys without a {@code null} as a {@code long[]}, which pgjdbc sends without writing and
     * escaping each element as array text (the keys of an include: thousands per statement); false for a
     * {@code null} among them, which goes as an array of objects.
     */
    private static boolean bindLongs(PreparedStatement ps, int index, Object[] values) throws SQLException {
      long[] longs = new long[values.length];
      for (int i = 0; i < values.length; i++) {
        if (!(values[i] instanceof Long value)) {
          return false; // a null: only an array of objects holds one
        }
        longs[i] = value;
      }
      ps.setObject(index, longs);
      return true;
    }
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

    /** {@link #toList} of a value known only as an object: an element of an {@code IN} list. */
    @SuppressWarnings("unchecked")
    List<E> toListOf(Object value) {
      return toList((A) value);
    }

    /** Bound as a JDBC array of the element's PostgreSQL type. */
    @Override
    public void bind(PreparedStatement ps, int index, A value) throws SQLException {
      String elementName = element instanceof Simple<E> simple ? simple.arrayElement() : null;
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
