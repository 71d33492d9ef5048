package dev.sequor;

import dev.sequor.internal.SqlTree;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;

/**
 * Sequelize's logical operators {@code Op.and}, {@code Op.or} and {@code Op.not} over typed criteria, and
 * the quantifiers {@code Op.any} and {@code Op.all}. Criteria nest freely:
 * {@code Op.or(PRICE.lt(low), Op.and(STOCK.eq(0), NAME.startsWith("A")))}. The comparison operators live on
 * the attributes themselves ({@code PRICE.gte(...)}, {@code NAME.iLike(...)}, {@code TAGS.overlap(...)}), so
 * that each takes only values of the attribute's type; docs/06-querying.md lists every Sequelize operator with its
 * Sequor form.
 */
public final class Op {

  private Op() {}

  /** All of the criteria; no criteria match every row. */
  @SafeVarargs
  public static <M> Criterion<M> and(Criterion<M>... criteria) {
    Criterion<M> result = Criterion.always();
    for (Criterion<M> c : criteria) {
      result = result.and(c);
    }
    return result;
  }

  /** Any of the criteria; no criteria match no row. */
  @SafeVarargs
  public static <M> Criterion<M> or(Criterion<M>... criteria) {
    return SqlTree.or(Arrays.asList(criteria));
  }

  /** The negation of a criterion. */
  public static <M> Criterion<M> not(Criterion<M> criterion) {
    return criterion.not();
  }

  /** {@code ANY (ARRAY[...])} for a comparison: {@code NAME.like(Op.any("a%", "b%"))}. */
  @SafeVarargs
  public static <T> Quantified<T> any(T... values) {
    return new Quantified<>(false, Arrays.asList(values));
  }

  /** {@code ANY (ARRAY[...])} over a collection. */
  public static <T> Quantified<T> any(Collection<? extends T> values) {
    return new Quantified<>(false, List.copyOf(values));
  }

  /** {@code ALL (ARRAY[...])} for a comparison: {@code PRICE.gt(Op.all(a, b))}. */
  @SafeVarargs
  public static <T> Quantified<T> all(T... values) {
    return new Quantified<>(true, Arrays.asList(values));
  }

  /** {@code ALL (ARRAY[...])} over a collection. */
  public static <T> Quantified<T> all(Collection<? extends T> values) {
    return new Quantified<>(true, List.copyOf(values));
  }
}
