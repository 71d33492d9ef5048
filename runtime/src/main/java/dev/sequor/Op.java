package dev.sequor;

import java.util.Arrays;
import org.jooq.Condition;
import org.jooq.impl.DSL;

/**
 * Sequelize's logical operators, {@code Op.and}, {@code Op.or} and {@code Op.not}, over typed criteria.
 * Criteria nest freely: {@code Op.or(PRICE.lt(low), Op.and(STOCK.eq(0), NAME.startsWith("A")))}.
 */
public final class Op {

  private Op() {}

  /** All of the criteria; no criteria match every row. */
  @SafeVarargs
  public static <M> Criterion<M> and(Criterion<M>... criteria) {
    return new Criterion<>(DSL.and(conditions(criteria)));
  }

  /** Any of the criteria; no criteria match no row. */
  @SafeVarargs
  public static <M> Criterion<M> or(Criterion<M>... criteria) {
    return new Criterion<>(DSL.or(conditions(criteria)));
  }

  /** The negation of a criterion. */
  public static <M> Criterion<M> not(Criterion<M> criterion) {
    return criterion.not();
  }

  private static Condition[] conditions(Criterion<?>[] criteria) {
    return Arrays.stream(criteria).map(Criterion::condition).toArray(Condition[]::new);
  }
}
