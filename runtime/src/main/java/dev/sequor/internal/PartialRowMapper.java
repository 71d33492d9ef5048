package dev.sequor.internal;

import dev.sequor.Attribute;
import dev.sequor.ModelType;
import dev.sequor.RowMapper;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

/**
 * Maps rows that hold only some of a model's attributes, in any column order, into instances: each
 * attribute present is read by its column type, the others are {@code null} (a primitive's zero), and the
 * instance is built by the generated factory. Used for {@code Query.attributes}/{@code exclude} and raw SQL.
 */
final class PartialRowMapper<M> implements RowMapper<M> {

  private final ModelType<M, ?> model;
  private final int[] attributeIndexes; // attribute position in model.attributes(), per result column
  private final int[] columnIndexes; // 1-based result column

  private PartialRowMapper(ModelType<M, ?> model, int[] attributeIndexes, int[] columnIndexes) {
    this.model = model;
    this.attributeIndexes = attributeIndexes;
    this.columnIndexes = columnIndexes;
  }

  /** Reads {@code selected} (a subset of the model's attributes) from result columns 1..n in that order. */
  static <M> PartialRowMapper<M> forAttributes(ModelType<M, ?> model, List<Attribute<M, ?>> selected) {
    int[] attributes = new int[selected.size()];
    int[] columns = new int[selected.size()];
    for (int i = 0; i < selected.size(); i++) {
      attributes[i] = model.attributes().indexOf(selected.get(i));
      columns[i] = i + 1;
    }
    return new PartialRowMapper<>(model, attributes, columns);
  }

  /** Reads the attributes whose column names appear among the result's column labels; ignores other columns. */
  static <M> PartialRowMapper<M> forColumnLabels(ModelType<M, ?> model, ResultSetMetaData meta)
      throws SQLException {
    List<Integer> attributes = new ArrayList<>();
    List<Integer> columns = new ArrayList<>();
    List<Attribute<M, ?>> all = model.attributes();
    for (int column = 1; column <= meta.getColumnCount(); column++) {
      String label = meta.getColumnLabel(column);
      for (int a = 0; a < all.size(); a++) {
        if (all.get(a).column().equals(label) && !attributes.contains(a)) {
          attributes.add(a);
          columns.add(column);
          break;
        }
      }
    }
    return new PartialRowMapper<>(model, attributes.stream().mapToInt(Integer::intValue).toArray(),
        columns.stream().mapToInt(Integer::intValue).toArray());
  }

  @Override
  public M map(ResultSet rs) throws SQLException {
    return model.newInstance(values(rs));
  }

  /** The values of the current row, one per attribute and association (those not read {@code null}). */
  Object[] values(ResultSet rs) throws SQLException {
    List<Attribute<M, ?>> all = model.attributes();
    Object[] values = new Object[all.size() + model.associations().size()];
    for (int i = 0; i < attributeIndexes.length; i++) {
      values[attributeIndexes[i]] = all.get(attributeIndexes[i]).type().read(rs, columnIndexes[i]);
    }
    return values;
  }
}
