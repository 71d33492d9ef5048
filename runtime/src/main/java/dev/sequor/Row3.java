package dev.sequor;

/**
 * One row of a {@link Select} of 3 columns, typed by the expressions selected: {@code value1()} is the first
 * column. {@link #map} turns it into your own type, for example a record: {@code row.map(CategoryStock::new)}.
 *
 * @param <A> the type of column 1
 * @param <B> the type of column 2
 * @param <C> the type of column 3
 */
public record Row3<A, B, C>(A value1, B value2, C value3) {

  /** The row as {@code mapper} builds it from the values in column order. */
  public <R> R map(Mapper<A, B, C, R> mapper) {
    return mapper.apply(value1, value2, value3);
  }

  /** A function of the 3 values. */
  @FunctionalInterface
  public interface Mapper<A, B, C, R> {
    R apply(A value1, B value2, C value3);
  }
}
