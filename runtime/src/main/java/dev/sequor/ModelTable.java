package dev.sequor;

import dev.sequor.internal.Text;
import java.util.Objects;
import org.jooq.Record;
import org.jooq.TableField;
import org.jooq.impl.DSL;
import org.jooq.impl.TableImpl;

/**
 * A model's table as jOOQ metadata ({@link ModelType#table()}), whose typed fields the attributes hold. One runtime class serves every model, so that the generated code does not
 * subclass jOOQ's {@code TableImpl} per model (each such subclass costs {@code javac} tens of milliseconds).
 */
final class ModelTable extends TableImpl<Record> {

  private static final long serialVersionUID = 1L;

  /**
   * The table {@code name}. It and the column names are checked here, where every one passes (the processor
   * checks those it generates; a name given by hand could otherwise break statements or be cut by PostgreSQL).
   */
  ModelTable(String name) {
    super(DSL.name(checked("The table name", name)));
  }

  /** Declares a column; called by generated code while {@code FooModel.Columns} initialises. */
  <T> TableField<Record, T> column(String name, ColumnType<T> type) {
    return createField(DSL.name(checked("The column name", name)), type.dataType(), this, "");
  }

  private static String checked(String what, String name) {
    Text.checkIdentifier(what, Objects.requireNonNull(name, what));
    return name;
  }
}
