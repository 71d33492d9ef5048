package dev.sequor.internal;

import dev.sequor.ColumnType;
import dev.sequor.RowMapper;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.function.Function;

/**
 * Reads the columns of a row, one per column type, into their values: the standard types through one switch
 * ({@link ColumnTypeImpls#read(ColumnTypeImpls.Read, ResultSet, int)}), the others (enums, arrays) through their
 * column type. Models' rows are built from these values by the generated factory: no reflection per row.
 */
public final class RowReader {

  private final ColumnType<?>[] types;
  private final ColumnTypeImpls.Read[] reads;
  private final int width;

  private RowReader(List<? extends ColumnType<?>> types, int width) {
    this.types = types.toArray(ColumnType<?>[]::new);
    this.reads = new ColumnTypeImpls.Read[this.types.length];
    for (int i = 0; i < reads.length; i++) {
      reads[i] = ColumnTypeImpls.readOf(this.types[i]);
    }
    this.width = width;
  }

  /** Reads columns 1..n of a row as {@code types}, in order. */
  public static RowReader of(List<? extends ColumnType<?>> types) {
    return new RowReader(types, types.size());
  }

  /**
   * Reads columns 1..n of a row as {@code types} into arrays of {@code width} values, the rest {@code null}: a
   * model's factory takes its associations after its attributes.
   */
  public static RowReader of(List<? extends ColumnType<?>> types, int width) {
    if (width < types.size()) {
      throw new IllegalArgumentException("width " + width + " < " + types.size() + " columns");
    }
    return new RowReader(types, width);
  }

  /** A mapper of rows of these columns into instances built by {@code factory} from the values. */
  public <M> RowMapper<M> mapper(Function<Object[], M> factory) {
    return rs -> factory.apply(values(rs));
  }

  /** The values of the current row. */
  public Object[] values(ResultSet rs) throws SQLException {
    Object[] values = new Object[width];
    read(rs, values);
    return values;
  }

  /** Reads the current row's values into the first places of {@code values}, replacing what they held. */
  public void read(ResultSet rs, Object[] values) throws SQLException {
    for (int i = 0; i < types.length; i++) {
      ColumnTypeImpls.Read read = reads[i];
      values[i] = read != null ? ColumnTypeImpls.read(read, rs, i + 1) : types[i].read(rs, i + 1);
    }
  }
}
