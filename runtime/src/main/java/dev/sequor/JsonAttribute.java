package dev.sequor;

import dev.sequor.internal.Operator;
import dev.sequor.internal.SqlTree;
import java.util.Objects;
import org.jooq.Record;
import org.jooq.TableField;

/**
 * A JSON attribute ({@link Json}, a {@code JSONB} column), with Sequelize's JSONB operators {@link #contains}
 * ({@code @>}) and {@link #contained} ({@code <@}). {@code eq}, {@code ne} and {@code in} compare whole values as
 * {@code jsonb} does: object members in any order, numbers by value.
 *
 * @param <M> the model type
 */
public class JsonAttribute<M> extends Attribute<M, Json> {

  JsonAttribute(String modelName, String name, TableField<Record, Json> field, ColumnType<Json> type,
      AttributeAccessor<? super M> accessor, int index, Flag... flags) {
    super(modelName, name, field, type, accessor, index, flags);
  }

  /**
   * {@code column @> value}: the column's value contains {@code value}, as PostgreSQL defines it for {@code jsonb}:
   * an object contains an object whose members it has, with values it contains; an array contains an array whose
   * elements it holds, in any order; a scalar contains only itself. {@code {"a": 1, "b": [1, 2]}} contains
   * {@code {"b": [2]}}.
   */
  public final Criterion<M> contains(Json value) {
    return SqlTree.criterion(Operator.CONTAINS, this, SqlTree.value(type(), operand(value)));
  }

  /** {@code column <@ value}: {@code value} contains the column's value (see {@link #contains}). */
  public final Criterion<M> contained(Json value) {
    return SqlTree.criterion(Operator.CONTAINED, this, SqlTree.value(type(), operand(value)));
  }

  private Json operand(Json value) {
    return Objects.requireNonNull(value, () -> this + ": a JSON containment needs a value; for SQL NULL use isNull()");
  }
}
