package dev.sequor;

/**
 * One row of a {@link Select} of 1 column, typed by the expressions selected: {@code value1()} is the first
 * column. {@link #map} turns it into your own type, for example a record: {@code row.map(CategoryStock::new)}.
 *
 * @param <A> the type of column 1
 */
public record Row1<A>(A value1) {

  /** The row as {@code mapper} builds it from the values in column order. */
  public <R> R map(java.util.function.Function<? super A, ? extends R> mapper) {
    return mapper.apply(value1);
  }
}
