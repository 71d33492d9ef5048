package dev.sequor;

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

  ModelTable(String name) {
    super(DSL.name(name));
  }

  /** Declares a column; called by generated code while {@code FooModel.Columns} initialises. */
  <T> TableField<Record, T> column(String name, ColumnType<T> type) {
    return createField(DSL.name(name), type.dataType(), this, "");
  }
}
