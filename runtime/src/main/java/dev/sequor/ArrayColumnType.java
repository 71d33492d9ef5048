package dev.sequor;

import java.util.List;

/**
 * The column type of a PostgreSQL array attribute ({@code String[]}, {@code List<Long>}, ...): a
 * {@link ColumnType} that also converts between the attribute's Java type and a list of elements, so that the
 * array operators of {@link ArrayAttribute} can take elements.
 *
 * @param <A> the attribute's Java type: an array or a {@code List} of {@code E}
 * @param <E> the element type
 */
public interface ArrayColumnType<A, E> extends ColumnType<A> {

  /** The elements' column type. */
  ColumnType<E> elementType();

  /** An attribute value holding {@code elements}, in order. */
  A fromList(List<? extends E> elements);

  /** The elements of an attribute value, in order. */
  List<E> toList(A value);
}
