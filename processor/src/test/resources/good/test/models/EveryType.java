package test.models;

import dev.sequor.Column;
import dev.sequor.DefaultValue;
import dev.sequor.Json;
import dev.sequor.Model;
import dev.sequor.PrimaryKey;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

/** Every supported attribute type, in one table without timestamps. */
@Model(timestamps = false)
public record EveryType(
    @PrimaryKey UUID uuid,
    String string,
    @Column(text = true) String text,
    Integer boxedInt,
    int primitiveInt,
    Long boxedLong,
    long primitiveLong,
    Short boxedShort,
    short primitiveShort,
    Boolean boxedBoolean,
    @DefaultValue("true") boolean primitiveBoolean,
    @DefaultValue("1.50") BigDecimal decimal,
    Double boxedDouble,
    double primitiveDouble,
    Float boxedFloat,
    float primitiveFloat,
    Instant instant,
    OffsetDateTime offsetDateTime,
    @DefaultValue("2024-01-31") LocalDate localDate,
    LocalTime localTime,
    LocalDateTime localDateTime,
    byte[] bytes,
    Json json,
    @DefaultValue("{\"tags\": []}") Json jsonWithDefault,
    @DefaultValue("ACTIVE") Status status,
    String[] stringArray,
    @Column(length = 20) List<String> stringList,
    @Column(text = true) String[] textArray,
    Integer[] integerArray,
    List<Integer> integerList,
    Long[] longArray,
    List<Long> longList,
    Short[] shortArray,
    Boolean[] booleanArray,
    Double[] doubleArray,
    @Column(precision = 6, scale = 2) BigDecimal[] decimalArray,
    List<UUID> uuidList) {}
