package dev.sequor;

import org.jooq.Record;
import org.jooq.TableField;

/**
 * An attribute whose values are ordered: dates and times, UUIDs and enums (in declaration order, as
 * PostgreSQL orders enum types); the base of {@link NumberAttribute} and {@link StringAttribute}.
 *
 * @param <M> the model type
 * @param <T> the attribute's Java type
 */
public class ComparableAttribute<M, T extends Comparable<? super T>> extends Attribute<M, T>
    implements ComparableExpression<M, T> {

  ComparableAttribute(String modelName, String name, TableField<Record, T> field, ColumnType<T> type,
      AttributeAccessor<? super M> accessor, int index, Flag... flags) {
    super(modelName, name, field, type, accessor, index, flags);
  }
}
