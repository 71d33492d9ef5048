package dev.sequor.internal.sql;

import dev.sequor.ColumnType;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * SQL text with its bind values, written by Sequor's own renderer for the statements it runs without jOOQ:
 * each value is appended with its column type's placeholder and bound by that type, so that no value is ever
 * inlined and no reflection or per-call jOOQ rendering is involved.
 */
public final class SqlBuilder implements StatementBinder {

  private final StringBuilder sql;
  private final List<Object> values = new ArrayList<>();
  private final List<ColumnType<?>> types = new ArrayList<>();

  public SqlBuilder() {
    this(128);
  }

  public SqlBuilder(int capacity) {
    this.sql = new StringBuilder(capacity);
  }

  /** Appends SQL text as is. */
  public SqlBuilder append(String text) {
    sql.append(text);
    return this;
  }

  /** Appends a double-quoted identifier. */
  public SqlBuilder identifier(String name) {
    Identifiers.quote(sql, name);
    return this;
  }

  /** Appends {@code type}'s placeholder and remembers {@code value} to bind there. */
  public <T> SqlBuilder bind(ColumnType<T> type, T value) {
    sql.append(type.placeholder());
    values.add(value);
    types.add(type);
    return this;
  }

  /** Appends a value of unknown static type: bound with {@code type}, which must accept it. */
  @SuppressWarnings("unchecked")
  public SqlBuilder bindUnchecked(ColumnType<?> type, Object value) {
    return bind((ColumnType<Object>) type, value);
  }

  /** The SQL written so far. */
  public String sql() {
    return sql.toString();
  }

  /** Whether nothing was written. */
  public boolean isEmpty() {
    return sql.length() == 0;
  }

  @Override
  @SuppressWarnings("unchecked")
  public void bind(PreparedStatement statement) throws SQLException {
    for (int i = 0; i < values.size(); i++) {
      ((ColumnType<Object>) types.get(i)).bind(statement, i + 1, values.get(i));
    }
  }

  @Override
  public List<?> values() {
    return Collections.unmodifiableList(values);
  }

  @Override
  public String toString() {
    return sql + " " + values;
  }
}
