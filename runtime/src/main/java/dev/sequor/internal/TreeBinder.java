package dev.sequor.internal;

import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/** Binds a statement tree's values at the parameters its rendered shape puts them. */
final class TreeBinder implements StatementBinder {

  private final int[] order;
  private final List<Value<?>> values;

  TreeBinder(Rendering.Shape shape, Node statement) {
    this.order = shape.order();
    this.values = new ArrayList<>(order.length);
    statement.collect(values);
  }

  @Override
  public void bind(PreparedStatement statement) throws SQLException {
    for (int i = 0; i < order.length; i++) {
      values.get(order[i]).bind(statement, i + 1);
    }
  }

  @Override
  public List<?> values() {
    List<Object> bound = new ArrayList<>(order.length);
    for (int index : order) {
      Object value = values.get(index).value();
      // readable in the log: an IN list's array as a list, a jOOQ condition's value as itself
      bound.add(value instanceof Object[] array ? Arrays.asList(array) : value instanceof RawValue raw ? raw.value() : value);
    }
    return bound;
  }
}
