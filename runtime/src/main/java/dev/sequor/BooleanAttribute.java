package dev.sequor;

import dev.sequor.internal.Operator;
import dev.sequor.internal.SqlTree;
import org.jooq.Record;
import org.jooq.TableField;

/**
 * A boolean attribute, with Sequelize's {@code Op.is} / {@code Op.isNot}: {@code IS TRUE}, {@code IS FALSE},
 * {@code IS NULL} and their negations. Unlike {@code eq(false)}, {@code isNot(true)} also keeps rows whose
 * value is {@code NULL}.
 *
 * @param <M> the model type
 */
public class BooleanAttribute<M> extends Attribute<M, Boolean> {

  BooleanAttribute(String modelName, String name, TableField<Record, Boolean> field,
      ColumnType<Boolean> type, AttributeAccessor<? super M> accessor, int index, Flag... flags) {
    super(modelName, name, field, type, accessor, index, flags);
  }

  /** {@code column IS TRUE}, {@code IS FALSE} or {@code IS NULL}. */
  public final Criterion<M> is(Boolean value) {
    if (value == null) {
      return isNull();
    }
    // "= true" as jOOQ renders isTrue(): unlike "is true", its negation leaves out NULLs too
    return SqlTree.criterion(value ? Operator.IS_TRUE : Operator.IS_FALSE, this);
  }

  /** {@code column IS NOT TRUE}, {@code IS NOT FALSE} or {@code IS NOT NULL}. */
  public final Criterion<M> isNot(Boolean value) {
    if (value == null) {
      return isNotNull();
    }
    return SqlTree.criterion(value ? Operator.IS_NOT_TRUE : Operator.IS_NOT_FALSE, this);
  }

  /** {@code column IS TRUE}. */
  public final Criterion<M> isTrue() {
    return is(true);
  }

  /** {@code column IS FALSE}. */
  public final Criterion<M> isFalse() {
    return is(false);
  }
}
