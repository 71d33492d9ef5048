package dev.sequor.it;

import dev.sequor.Column;
import dev.sequor.Model;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.util.UUID;

/** An attribute of every supported type, boxed and primitive; no timestamps. */
@Model(tableName = "everything", timestamps = false)
public record Everything(
    Long id,
    String text,
    Integer boxedInt,
    int primitiveInt,
    Long boxedLong,
    long primitiveLong,
    Short boxedShort,
    short primitiveShort,
    Boolean boxedBoolean,
    boolean primitiveBoolean,
    @Column(precision = 12, scale = 4) BigDecimal amount,
    BigDecimal plainDecimal,
    Double boxedDouble,
    double primitiveDouble,
    Float boxedFloat,
    float primitiveFloat,
    Instant instant,
    OffsetDateTime offsetDateTime,
    LocalDate localDate,
    LocalTime localTime,
    LocalDateTime localDateTime,
    UUID uuid,
    byte[] bytes,
    Size size) {

  /** A row with every boxed attribute null and every primitive zero. */
  public static Builder builder() {
    return new Builder();
  }

  /** Test data: one setter per attribute. */
  public static final class Builder {
    private String text;
    private Integer boxedInt;
    private int primitiveInt;
    private Long boxedLong;
    private long primitiveLong;
    private Short boxedShort;
    private short primitiveShort;
    private Boolean boxedBoolean;
    private boolean primitiveBoolean;
    private BigDecimal amount;
    private BigDecimal plainDecimal;
    private Double boxedDouble;
    private double primitiveDouble;
    private Float boxedFloat;
    private float primitiveFloat;
    private Instant instant;
    private OffsetDateTime offsetDateTime;
    private LocalDate localDate;
    private LocalTime localTime;
    private LocalDateTime localDateTime;
    private UUID uuid;
    private byte[] bytes;
    private Size size;

    public Builder text(String v) { text = v; return this; }
    public Builder boxedInt(Integer v) { boxedInt = v; return this; }
    public Builder primitiveInt(int v) { primitiveInt = v; return this; }
    public Builder boxedLong(Long v) { boxedLong = v; return this; }
    public Builder primitiveLong(long v) { primitiveLong = v; return this; }
    public Builder boxedShort(Short v) { boxedShort = v; return this; }
    public Builder primitiveShort(short v) { primitiveShort = v; return this; }
    public Builder boxedBoolean(Boolean v) { boxedBoolean = v; return this; }
    public Builder primitiveBoolean(boolean v) { primitiveBoolean = v; return this; }
    public Builder amount(BigDecimal v) { amount = v; return this; }
    public Builder plainDecimal(BigDecimal v) { plainDecimal = v; return this; }
    public Builder boxedDouble(Double v) { boxedDouble = v; return this; }
    public Builder primitiveDouble(double v) { primitiveDouble = v; return this; }
    public Builder boxedFloat(Float v) { boxedFloat = v; return this; }
    public Builder primitiveFloat(float v) { primitiveFloat = v; return this; }
    public Builder instant(Instant v) { instant = v; return this; }
    public Builder offsetDateTime(OffsetDateTime v) { offsetDateTime = v; return this; }
    public Builder localDate(LocalDate v) { localDate = v; return this; }
    public Builder localTime(LocalTime v) { localTime = v; return this; }
    public Builder localDateTime(LocalDateTime v) { localDateTime = v; return this; }
    public Builder uuid(UUID v) { uuid = v; return this; }
    public Builder bytes(byte[] v) { bytes = v; return this; }
    public Builder size(Size v) { size = v; return this; }

    public Everything build() {
      return new Everything(null, text, boxedInt, primitiveInt, boxedLong, primitiveLong, boxedShort, primitiveShort,
          boxedBoolean, primitiveBoolean, amount, plainDecimal, boxedDouble, primitiveDouble, boxedFloat,
          primitiveFloat, instant, offsetDateTime, localDate, localTime, localDateTime, uuid, bytes, size);
    }
  }
}
