package dev.sequor;

/**
 * One row of a {@link Select} of 6 columns, typed by the expressions selected: {@code value1()} is the first
 * column. {@link #map} turns it into your own type, for example a record: {@code row.map(CategoryStock::new)}.
 *
 * @param <A> the type of column 1
 * @param <B> the type of column 2
 * @param <C> the type of column 3
 * @param <D> the type of column 4
 * @param <E> the type of column 5
 * @param <F> the type of column 6
 */
public record Row6<A, B, C, D, E, F>(A value1, B value2, C value3, D value4, E value5, F value6) {

  /** The row as {@code mapper} builds it from the values in column order. */
  public <R> R map(Mapper<A, B, C, D, E, F, R> mapper) {
    return mapper.apply(value1, value2, value3, value4, value5, value6);
  }

  /** A function of the 6 values. */
  @FunctionalInterface
  public interface Mapper<A, B, C, D, E, F, R> {
    R apply(A value1, B value2, C value3, D value4, E value5, F value6);
  }
}
