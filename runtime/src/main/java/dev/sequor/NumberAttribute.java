package dev.sequor;

import dev.sequor.internal.SqlTree;
import java.util.Objects;
import org.jooq.Record;
import org.jooq.TableField;

/**
 * A numeric attribute: the comparisons of {@link ComparableAttribute}, arithmetic ({@code plus}, {@code minus},
 * {@code times} with a value; {@code plusCol}, {@code timesCol} with another attribute or expression of the model),
 * {@link Fn#sum}/{@link Fn#avg}, atomic {@link #increment}/{@link #decrement} assignments for {@code update}
 * ({@code SET "stock" = "stock" + 5}), and {@link #by} amounts for the repository's {@code increment} and
 * {@code decrement}. The only attribute kind with {@code increment}, {@code by} and arithmetic.
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

  /**
   * An amount for the repository's {@code increment} and {@code decrement}:
   * {@code products.increment(product, STOCK.by(5))} (Sequelize's {@code product.increment('stock', {by: 5})}).
   *
   * @throws NullPointerException if {@code amount} is {@code null}
   */
  public final Amount<M> by(T amount) {
    return new Amount<>(this, amount);
  }
}
