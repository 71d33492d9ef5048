package dev.sequor;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

/**
 * A query of chosen columns rather than whole instances: a projection, computed values, or aggregates with
 * {@code GROUP BY} and {@code HAVING} (Sequelize's {@code attributes}, {@code group} and {@code having}).
 * Made by {@link Repository#select}; immutable, each refinement returns a new select; rows are typed by the
 * values selected.
 *
 * <p>What SQL refuses about aggregates, the types refuse in javac: a criterion on an aggregate
 * ({@code Fn.sum(STOCK).gt(10)}, an {@link AggregateCriterion}) goes in {@link #having} and does not compile in
 * {@link #where}; {@link #groupBy} takes row-level {@link Expression}s only. One mistake is left to run time, since
 * it depends on whether {@code groupBy} is called later: selecting an attribute beside an aggregate without a
 * {@code groupBy}, which throws an {@link IllegalStateException} naming the attributes to group by when the select
 * first runs or renders, before any SQL.
 *
 * <pre>{@code
 * List<Row2<String, Integer>> stock = products
 *     .select(CATEGORY, Fn.sum(STOCK))
 *     .groupBy(CATEGORY)
 *     .having(Fn.sum(STOCK).gt(10))
 *     .orderBy(Fn.sum(STOCK).desc())
 *     .fetch();
 * }</pre>
 *
 * @param <M> the model type
 * @param <R> the row type: {@link Row1} to {@link Row6}
 */
public abstract class Select<M, R> {

  /** For the runtime's implementation only. */
  protected Select() {}

  /**
   * Only rows matching {@code criterion} (AND with any earlier where), before grouping. A criterion on an aggregate
   * is an {@link AggregateCriterion} and goes in {@link #having}.
   */
  public abstract Select<M, R> where(Criterion<? super M> criterion);

  /**
   * {@code GROUP BY} these expressions, after any given before. A select that mixes aggregates ({@link Fn#count()},
   * {@link Fn#sum}) with attributes outside them needs one: without it, running or rendering the select throws an
   * {@link IllegalStateException} naming the attributes to group by, before any SQL.
   */
  @SafeVarargs
  public final Select<M, R> groupBy(Expression<? super M, ?>... expressions) {
    return groupBy(List.of(expressions));
  }

  /** {@code GROUP BY} these expressions, after any given before. */
  public abstract Select<M, R> groupBy(List<? extends Expression<? super M, ?>> expressions);

  /**
   * Only groups matching {@code criterion} (AND with any earlier having), a criterion on aggregates:
   * {@code Fn.count().gt(1L)}, {@code Fn.sum(STOCK).lt(10).or(CATEGORY.eq("misc"))}. It takes a criterion of any
   * supertype of {@code M} because {@code Fn.count()}, on no attribute, cannot infer its model there and makes an
   * {@code AggregateCriterion<Object>}.
   */
  public abstract Select<M, R> having(AggregateCriterion<? super M> criterion);

  /**
   * Only groups matching {@code criterion}, a row-level criterion on the grouped values (AND with any earlier
   * having): {@code groupBy(CATEGORY).having(CATEGORY.ne("misc"))}.
   */
  public abstract Select<M, R> having(Criterion<? super M> criterion);

  /**
   * {@code ORDER BY} these keys, after any given before; aggregates allowed: {@code Fn.sum(STOCK).desc()}, and
   * {@code Fn.count().desc()} (an {@code Order<Object>}, hence {@code ? super M}); an expression alone means
   * ascending: {@code orderBy(CATEGORY)}.
   */
  @SafeVarargs
  public final Select<M, R> orderBy(Order<? super M>... keys) {
    return orderBy(List.of(keys));
  }

  /** {@code ORDER BY} these keys, after any given before; an expression alone means ascending. */
  public abstract Select<M, R> orderBy(List<? extends Order<? super M>> keys);

  /** At most {@code limit} rows. */
  public abstract Select<M, R> limit(int limit);

  /** Skip the first {@code offset} rows. */
  public abstract Select<M, R> offset(int offset);

  /** {@code SELECT DISTINCT}: each different row once. */
  public abstract Select<M, R> distinct();

  /** The rows. */
  public abstract List<R> fetch();

  /** The rows, each turned into your own type: {@code .fetch(row -> row.map(CategoryStock::new))}. */
  public final <X> List<X> fetch(Function<? super R, ? extends X> mapper) {
    return fetch().stream().<X>map(mapper).toList();
  }

  /** The first row, if any. */
  public abstract Optional<R> fetchOne();

  /**
   * The rows as maps from each column's label (attribute name, or the alias given by {@link Expression#as})
   * to its value, in column order: Sequelize's {@code raw: true}.
   */
  public abstract List<Map<String, Object>> fetchMaps();

  /** The SQL this select sends, with {@code ?} for bind values. */
  public abstract String sql();
}
