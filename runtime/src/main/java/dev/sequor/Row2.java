package dev.sequor;

/**
 * One row of a {@link Select} of 2 columns, typed by the expressions selected: {@code value1()} is the first
 * column. {@link #map} turns it into your own type, for example a record: {@code row.map(CategoryStock::new)}.
 *
 * @param <A> the type of column 1
 * @param <B> the type of column 2
 */
public record Row2<A, B>(A value1, B value2) {

  /** The row as {@code mapper} builds it from the values in column order. */
  public <R> R map(java.util.function.BiFunction<? super A, ? super B, ? extends R> mapper) {
    return mapper.apply(value1, value2);
  }
}
