package dev.sequor;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import org.jooq.DataType;

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
   * this type's placeholder there (as its {@link #dataType()} renders it). The default lets the driver choose from
   * the value's class.
   */
  default void bind(PreparedStatement statement, int index, T value) throws SQLException {
    statement.setObject(index, value);
  }

}
