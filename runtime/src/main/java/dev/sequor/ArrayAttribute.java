package dev.sequor;

import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import org.jooq.Record;
import org.jooq.TableField;
import dev.sequor.internal.Operator;
import dev.sequor.internal.SqlTree;

/**
 * A PostgreSQL array attribute ({@code String[]}, {@code Integer[]}, {@code Long[]} or a {@code List} of
 * them), with Sequelize's array operators: {@link #contains} ({@code @>}), {@link #contained} ({@code <@}),
 * {@link #overlap} ({@code &&}) and {@link #any} ({@code value = ANY (column)}). {@code eq} compares whole
 * arrays, order included.
 *
 * @param <M> the model type
 * @param <A> the attribute's Java type
 * @param <E> the element type
 */
public class ArrayAttribute<M, A, E> extends Attribute<M, A> {

  private final ArrayColumnType<A, E> arrayType;

  ArrayAttribute(String modelName, String name, TableField<Record, A> field, ArrayColumnType<A, E> type,
      AttributeAccessor<? super M> accessor, int index, Flag... flags) {
    super(modelName, name, field, type, accessor, index, flags);
    this.arrayType = type;
  }

  /** {@code column @> ARRAY[...]}: the column holds every one of {@code elements}. */
  @SafeVarargs
  public final Criterion<M> contains(E... elements) {
    return contains(Arrays.asList(elements));
  }

  /** {@code column @> ARRAY[...]}. */
  public final Criterion<M> contains(Collection<? extends E> elements) {
    return SqlTree.criterion(Operator.CONTAINS, this, elements(elements));
  }

  /** {@code column <@ ARRAY[...]}: every element of the column is one of {@code elements}. */
  @SafeVarargs
  public final Criterion<M> contained(E... elements) {
    return contained(Arrays.asList(elements));
  }

  /** {@code column <@ ARRAY[...]}. */
  public final Criterion<M> contained(Collection<? extends E> elements) {
    return SqlTree.criterion(Operator.CONTAINED, this, elements(elements));
  }

  /** {@code column && ARRAY[...]}: the column holds at least one of {@code elements}. */
  @SafeVarargs
  public final Criterion<M> overlap(E... elements) {
    return overlap(Arrays.asList(elements));
  }

  /** {@code column && ARRAY[...]}. */
  public final Criterion<M> overlap(Collection<? extends E> elements) {
    return SqlTree.criterion(Operator.ARRAY_OVERLAP, this, elements(elements));
  }

  /** {@code element = ANY (column)}: the column holds {@code element}. */
  public final Criterion<M> any(E element) {
    return SqlTree.criterion(Operator.ARRAY_HAS, this, SqlTree.value(arrayType.elementType(), element));
  }

  /** The element type's column type. */
  public final ArrayColumnType<A, E> arrayType() {
    return arrayType;
  }

  /** The elements as one value of this attribute's type (rejecting nulls, which the operators never match). */
  private Object elements(Collection<? extends E> elements) {
    return SqlTree.value(arrayType, arrayType.fromList(List.copyOf(elements)));
  }
}
