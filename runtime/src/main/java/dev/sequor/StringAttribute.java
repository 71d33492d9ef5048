package dev.sequor;

import org.jooq.Record;
import org.jooq.TableField;

/**
 * A text attribute, with Sequelize's string operators ({@link StringExpression}): besides the comparisons of
 * {@link ComparableAttribute}, {@code like}, {@code notLike}, {@code iLike}, {@code notILike} (the pattern as
 * written) and their {@code ...Any}/{@code ...All} forms over a collection of patterns ({@code likeAny},
 * {@code notILikeAll}), {@code startsWith}, {@code endsWith}, {@code substring} and their {@code not...} forms (the
 * value matched literally), {@code regexp}, {@code iRegexp} and their {@code not...} forms, and {@link Fn#lower},
 * {@link Fn#upper}, {@link Fn#length}. Text has no {@code increment}, no {@code by} and no arithmetic; a number
 * stored as text wants a numeric attribute.
 *
 * @param <M> the model type
 */
public class StringAttribute<M> extends ComparableAttribute<M, String> implements StringExpression<M> {

  StringAttribute(String modelName, String name, TableField<Record, String> field, ColumnType<String> type,
      AttributeAccessor<? super M> accessor, int index, Flag... flags) {
    super(modelName, name, field, type, accessor, index, flags);
  }
}
