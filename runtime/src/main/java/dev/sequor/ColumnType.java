package dev.sequor;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import org.jooq.DataType;
import org.jooq.Record;
import org.jooq.TableField;

/**
 * How values of one Java type travel to and from a PostgreSQL column: the jOOQ {@link DataType} used to
 * bind them, and a reader that takes a column from a JDBC {@link ResultSet} by index without reflection.
 * The standard types are in {@link ColumnTypes}.
 *
 * @param <T> the attribute's Java type
 */
public interface ColumnType<T> {

  /** The Java type of the attribute. */
  Class<T> javaType();

  /** The jOOQ data type used for bind values and table metadata. */
  DataType<T> dataType();

  /** Reads column {@code index} (1-based) of the current row; {@code null} for SQL NULL. */
  T read(ResultSet rs, int index) throws SQLException;

  /**
   * Binds {@code value} (maybe {@code null}) to parameter {@code index} (1-based) of a statement whose SQL has
   * this type's {@link #placeholder()} there. The default lets the driver choose from the value's class.
   */
  default void bind(PreparedStatement statement, int index, T value) throws SQLException {
    statement.setObject(index, value);
  }

  /**
   * Column {@code name} of {@code table}, of this type, as a typed jOOQ field: what the generated
   * {@code FooModel.Columns} constants hold. The same field as {@code table.column(name, this)}, in the form javac
   * compiles fastest: no type inference, and no method lookup through jOOQ's table hierarchy.
   */
  default TableField<Record, T> column(ModelTable table, String name) {
    return table.column(name, this);
  }

  /** The bind placeholder for this type in SQL: {@code ?}, or {@code ?::"enum_t_c"} where PostgreSQL needs a cast. */
  default String placeholder() {
    return "?";
  }
}
