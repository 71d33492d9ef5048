package dev.sequor;

import dev.sequor.internal.SqlTree;
import java.util.Objects;
import org.jooq.Record;
import org.jooq.TableField;

/**
 * A numeric attribute: the comparisons of {@link ComparableAttribute}, arithmetic ({@code plus}, {@code minus},
 * {@code times}), {@link Fn#sum}/{@link Fn#avg}, and atomic {@link #increment}/{@link #decrement} assignments
 * ({@code SET "stock" = "stock" + 5}). The only attribute kind with {@code increment} and arithmetic.
 *
 * @param <M> the model type
 * @param <T> the attribute's Java type
 */
public class NumberAttribute<M, T extends Number & Comparable<? super T>> extends ComparableAttribute<M, T>
    implements NumberExpression<M, T> {

  NumberAttribute(String modelName, String name, TableField<Record, T> field, ColumnType<T> type,
      AttributeAccessor<? super M> accessor, int index, Flag... flags) {
    super(modelName, name, field, type, accessor, index, flags);
  }

  /**
   * An assignment {@code column = column + by}, computed by the database so that concurrent increments add up
   * (Sequelize's {@code increment}): {@code products.update(PRODUCT_ID.eq(id), STOCK.increment(5))}.
   */
  public final Assignment<M> increment(T by) {
    Objects.requireNonNull(by, "by");
    return SqlTree.computed(this, plus(by));
  }

  /** An assignment {@code column = column - by}, computed by the database (Sequelize's {@code decrement}). */
  public final Assignment<M> decrement(T by) {
    Objects.requireNonNull(by, "by");
    return SqlTree.computed(this, minus(by));
  }
}
