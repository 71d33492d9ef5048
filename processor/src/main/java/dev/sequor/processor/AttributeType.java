package dev.sequor.processor;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * The attribute types Sequor stores: the Java type, the runtime {@code ColumnTypes} constant, the
 * PostgreSQL type Sequelize uses for the equivalent DataType, and which attribute class carries its operators.
 */
enum AttributeType {
  STRING("java.lang.String", null, "STRING", Operators.STRING, null),
  /** A {@code String} declared {@code @Column(text = true)}: the parser chooses it, never the Java type alone. */
  TEXT(null, null, "TEXT", Operators.STRING, null),
  INTEGER("java.lang.Integer", "int", "INTEGER", Operators.NUMBER, Integer::valueOf),
  LONG("java.lang.Long", "long", "LONG", Operators.NUMBER, Long::valueOf),
  SHORT("java.lang.Short", "short", "SHORT", Operators.NUMBER, Short::valueOf),
  BOOLEAN("java.lang.Boolean", "boolean", "BOOLEAN", Operators.BOOLEAN, AttributeType::parseBoolean),
  BIG_DECIMAL("java.math.BigDecimal", null, "BIG_DECIMAL", Operators.NUMBER, BigDecimal::new),
  DOUBLE("java.lang.Double", "double", "DOUBLE", Operators.NUMBER, Double::valueOf),
  FLOAT("java.lang.Float", "float", "FLOAT", Operators.NUMBER, Float::valueOf),
  INSTANT("java.time.Instant", null, "INSTANT", Operators.COMPARABLE, Instant::parse),
  OFFSET_DATE_TIME("java.time.OffsetDateTime", null, "OFFSET_DATE_TIME", Operators.COMPARABLE, OffsetDateTime::parse),
  LOCAL_DATE("java.time.LocalDate", null, "LOCAL_DATE", Operators.COMPARABLE, LocalDate::parse),
  LOCAL_TIME("java.time.LocalTime", null, "LOCAL_TIME", Operators.COMPARABLE, LocalTime::parse),
  LOCAL_DATE_TIME("java.time.LocalDateTime", null, "LOCAL_DATE_TIME", Operators.COMPARABLE, LocalDateTime::parse),
  UUID_TYPE("java.util.UUID", null, "UUID", Operators.COMPARABLE, UUID::fromString),
  BYTES("byte[]", null, "BYTES", Operators.EQUALITY, null),
  JSON("dev.sequor.Json", null, "JSON", Operators.JSON, null),
  ENUM(null, null, null, Operators.COMPARABLE, null),
  /** A PostgreSQL array: a Java array or {@code List} of one of the {@link #isArrayElement element types}. */
  ARRAY(null, null, null, Operators.ARRAY, null);

  /** Which runtime attribute class, and so which operators, an attribute gets. */
  enum Operators { EQUALITY, BOOLEAN, COMPARABLE, NUMBER, STRING, ARRAY, JSON }

  private final String javaType;
  private final String primitive;
  private final String columnTypeConstant;
  private final Operators operators;
  private final Function<String, Object> literalParser;

  AttributeType(String javaType, String primitive, String columnTypeConstant, Operators operators,
      Function<String, Object> literalParser) {
    this.javaType = javaType;
    this.primitive = primitive;
    this.columnTypeConstant = columnTypeConstant;
    this.operators = operators;
    this.literalParser = literalParser;
  }

  private static final Map<String, AttributeType> BY_NAME = Stream.of(values())
      .flatMap(t -> Stream.of(Map.entry(String.valueOf(t.javaType), t), Map.entry(String.valueOf(t.primitive), t)))
      .filter(e -> !e.getKey().equals("null"))
      .collect(Collectors.toUnmodifiableMap(Map.Entry::getKey, Map.Entry::getValue));

  /** The type for a Java type name ({@code java.lang.Long}, {@code long}, {@code byte[]}); null if unsupported. */
  static AttributeType forTypeName(String typeName) {
    return BY_NAME.get(typeName);
  }

  /** The qualified Java type ({@code java.time.Instant}); null for the types the parser chooses (enums, arrays, TEXT). */
  String javaType() {
    return javaType;
  }

  /** The {@code ColumnTypes} constant; null for enums, whose column type is built per attribute. */
  String columnTypeConstant() {
    return columnTypeConstant;
  }

  Operators operators() {
    return operators;
  }

  /** Whether arrays of this type are supported: the element types pgjdbc reads back as their Java type. */
  boolean isArrayElement() {
    return switch (this) {
      case STRING, TEXT, INTEGER, LONG, SHORT, BOOLEAN, DOUBLE, BIG_DECIMAL, UUID_TYPE -> true;
      default -> false;
    };
  }

  /**
   * Whether a key of this type and one of {@code other} hold the same values, as a foreign key and the key it
   * references must: the same type, or {@code VARCHAR} and {@code TEXT}.
   */
  boolean sameValues(AttributeType other) {
    return this == other || isString() && other.isString();
  }

  boolean isString() {
    return this == STRING || this == TEXT;
  }

  boolean isIntegral() {
    return this == INTEGER || this == LONG || this == SHORT;
  }

  /** The PostgreSQL column type, as Sequelize renders the equivalent DataType. */
  String sqlType(int length, int precision, int scale, String enumTypeName, boolean autoIncrement) {
    return switch (this) {
      case STRING -> "VARCHAR(" + (length > 0 ? length : 255) + ")";
      case TEXT -> "TEXT";
      case INTEGER -> autoIncrement ? "SERIAL" : "INTEGER";
      case LONG -> autoIncrement ? "BIGSERIAL" : "BIGINT";
      case SHORT -> autoIncrement ? "SMALLSERIAL" : "SMALLINT";
      case BOOLEAN -> "BOOLEAN";
      case BIG_DECIMAL -> precision > 0 ? "DECIMAL(" + precision + "," + scale + ")" : "DECIMAL";
      case DOUBLE -> "DOUBLE PRECISION";
      case FLOAT -> "REAL";
      case INSTANT, OFFSET_DATE_TIME -> "TIMESTAMP WITH TIME ZONE";
      case LOCAL_DATE -> "DATE";
      case LOCAL_TIME -> "TIME";
      case LOCAL_DATE_TIME -> "TIMESTAMP";
      case UUID_TYPE -> "UUID";
      case BYTES -> "BYTEA";
      case JSON -> "JSONB";
      case ENUM -> Sql.quote(enumTypeName);
      case ARRAY -> throw new IllegalStateException("an array's SQL type is its element's, see arraySqlType");
    };
  }

  /** The PostgreSQL type of an array of this element type, as Sequelize renders {@code ARRAY(type)}: {@code INTEGER[]}. */
  String arraySqlType(int length, int precision, int scale) {
    return sqlType(length, precision, scale, null, false) + "[]";
  }

  /**
   * The SQL literal of a {@code @DefaultValue} for this type, or throws {@link IllegalArgumentException}
   * saying why the text is not a value of the type.
   */
  String defaultLiteral(String text, java.util.List<String> enumConstants) {
    switch (this) {
      case STRING, TEXT:
        return Sql.literal(text);
      case JSON:
        try {
          dev.sequor.internal.format.Json.parse(text);
        } catch (dev.sequor.internal.format.Json.SyntaxError e) {
          throw new IllegalArgumentException("not JSON (" + e.getMessage() + ")");
        }
        return Sql.literal(text);
      case ENUM:
        if (!enumConstants.contains(text)) {
          throw new IllegalArgumentException("not one of the constants " + enumConstants);
        }
        return Sql.literal(text);
      case BYTES:
        throw new IllegalArgumentException("byte[] attributes cannot have a default");
      case ARRAY:
        throw new IllegalArgumentException("array attributes cannot have a default; leave it out, or set the"
            + " value when creating instances");
      default:
        Object value;
        try {
          value = literalParser.apply(text.trim());
        } catch (RuntimeException e) {
          throw new IllegalArgumentException("cannot parse it (" + e.getMessage() + ")");
        }
        if (value instanceof Number || value instanceof Boolean) {
          if (value instanceof Double d && !Double.isFinite(d) || value instanceof Float f && !Float.isFinite(f)) {
            throw new IllegalArgumentException("not a finite number");
          }
          return value instanceof BigDecimal bd ? bd.toPlainString() : value.toString();
        }
        return Sql.literal(value.toString());
    }
  }

  private static Boolean parseBoolean(String s) {
    if (s.equals("true") || s.equals("false")) {
      return Boolean.valueOf(s);
    }
    throw new IllegalArgumentException("expected true or false");
  }
}
