package dev.sequor.internal;

import dev.sequor.ColumnType;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.List;
import org.jooq.QueryPart;

/**
 * A bind value: the one part of a tree that is not its shape. Its column type is (the placeholder jOOQ renders
 * for it depends on the type, as {@code ?::"enum_products_status"}), compared by identity: column types are
 * constants.
 */
final class Value<T> extends Node {

  private final ColumnType<T> type;
  private final T value;

  Value(ColumnType<T> type, T value) {
    super(System.identityHashCode(type));
    this.type = type;
    this.value = value;
  }

  ColumnType<T> type() {
    return type;
  }

  T value() {
    return value;
  }

  void bind(PreparedStatement statement, int index) throws SQLException {
    type.bind(statement, index, value);
  }

  @Override
  boolean sameShape(Node other) {
    return type == ((Value<?>) other).type;
  }

  @Override
  void collect(List<Value<?>> values) {
    values.add(this);
  }

  @Override
  QueryPart toJooq(Binds binds) {
    return binds.bind(this);
  }

  @Override
  Value<T> withoutValues() {
    return value == null ? this : new Value<>(type, null);
  }

  @Override
  public String toString() {
    return String.valueOf(value);
  }
}
