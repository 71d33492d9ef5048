package dev.sequor;

import org.jooq.Record;
import org.jooq.TableField;

/**
 * An attribute whose values are ordered: dates and times, UUIDs and enums (in declaration order, as
 * PostgreSQL orders enum types); the base of {@link NumberAttribute} and {@link StringAttribute}.
 *
 * <p>Besides what every {@link Attribute} has: {@code gt}, {@code gte}, {@code lt}, {@code lte} with a value;
 * {@code gtCol}, {@code gteCol}, {@code ltCol}, {@code lteCol} with another attribute or expression of the model and
 * type ({@code STOCK.ltCol(RESERVED)}); {@code gtAny}, {@code gtAll} and the same for {@code gte}, {@code lt},
 * {@code lte} with a collection (Sequelize's {@code Op.any}/{@code Op.all}); {@code between}, {@code notBetween}
 * with two values and {@code betweenCols}, {@code notBetweenCols} with two attributes; and
 * {@link Fn#max}/{@link Fn#min}. No arithmetic and no {@code increment}: those are {@link NumberAttribute}'s.
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
