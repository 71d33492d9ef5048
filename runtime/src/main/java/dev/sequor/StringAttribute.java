package dev.sequor;

import org.jooq.Record;
import org.jooq.TableField;

/**
 * A text attribute, with Sequelize's string operators ({@link StringExpression}).
 *
 * @param <M> the model type
 */
public class StringAttribute<M> extends ComparableAttribute<M, String> implements StringExpression<M> {

  StringAttribute(String modelName, String name, TableField<Record, String> field, ColumnType<String> type,
      AttributeAccessor<? super M> accessor, int index, Flag... flags) {
    super(modelName, name, field, type, accessor, index, flags);
  }
}
