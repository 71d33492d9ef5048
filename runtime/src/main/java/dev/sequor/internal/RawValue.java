package dev.sequor.internal;

import dev.sequor.ColumnType;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Instant;
import java.time.ZoneOffset;
import org.jooq.DataType;
import org.jooq.JSON;
import org.jooq.JSONB;
import org.jooq.Param;
import org.jooq.impl.SQLDataType;

/**
 * A bind value of a user's jOOQ condition ({@code Criterion.of}), with the jOOQ data type it came with: bound as
 * that type's database value. Its placeholder renders as a bare {@code ?}: the condition's SQL, rendered with it,
 * already has any cast jOOQ wanted.
 */
record RawValue(DataType<?> dataType, Object value) {

  RawValue(Param<?> param) {
    this(param.getDataType(), param.getValue());
  }

  /** The one column type of these values, so that statements using a condition share its shape. */
  static final ColumnType<RawValue> TYPE = new ColumnType<>() {
    @Override
    public Class<RawValue> javaType() {
      return RawValue.class;
    }

    @Override
    @SuppressWarnings("unchecked")
    public DataType<RawValue> dataType() {
      return (DataType<RawValue>) (DataType<?>) SQLDataType.OTHER;
    }

    @Override
    public RawValue read(ResultSet rs, int index) {
      throw new UnsupportedOperationException("a condition's bind value is never read");
    }

    @Override
    public void bind(PreparedStatement statement, int index, RawValue raw) throws SQLException {
      Object value = raw.databaseValue();
      if (value == null) {
        statement.setNull(index, Types.OTHER);
      } else if (value instanceof Instant instant) {
        statement.setObject(index, instant.atOffset(ZoneOffset.UTC));
      } else if (value instanceof JSONB jsonb) {
        statement.setObject(index, jsonb.data(), Types.OTHER); // the driver knows no jOOQ types
      } else if (value instanceof JSON json) {
        statement.setObject(index, json.data(), Types.OTHER);
      } else if (value instanceof Object[] array && raw.dataType().isArray()) {
        statement.setArray(index, statement.getConnection()
            .createArrayOf(raw.dataType().getArrayComponentDataType().getTypeName(), array));
      } else {
        statement.setObject(index, value);
      }
    }
  };

  /** Why PostgreSQL cannot take this value as text ({@link Text}), or null: jOOQ's JSON types by their text. */
  String problem() {
    Object value = databaseValue();
    if (value instanceof JSONB jsonb && jsonb.data() != null) {
      return Text.jsonProblem(jsonb.data());
    } else if (value instanceof JSON json && json.data() != null) {
      return Text.jsonProblem(json.data());
    }
    return Text.problemOf(value);
  }

  @SuppressWarnings({"unchecked", "rawtypes"})
  private Object databaseValue() {
    return value == null ? null : ((org.jooq.Converter) dataType.getConverter()).to(value);
  }

  @Override
  public String toString() {
    return String.valueOf(value);
  }
}
