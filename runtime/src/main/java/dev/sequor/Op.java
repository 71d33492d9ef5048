package dev.sequor;

import dev.sequor.internal.SqlTree;
import java.util.Arrays;

/**
 * Sequelize's logical operators {@code Op.and}, {@code Op.or} and {@code Op.not} over typed criteria. Criteria nest
 * freely: {@code Op.or(PRICE.lt(low), Op.and(STOCK.eq(0), NAME.startsWith("A")))}. The comparison operators live on
 * the attributes themselves ({@code PRICE.gte(...)}, {@code NAME.iLike(...)}, {@code TAGS.overlap(...)}), so
 * that each takes only values of the attribute's type; so do Sequelize's quantifiers {@code Op.any} and
 * {@code Op.all}, as named forms of each comparison ({@code PRICE.gtAll(list)}, {@code NAME.likeAny(patterns)}).
 * docs/06-querying.md lists every Sequelize operator with its Sequor form.
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
}
