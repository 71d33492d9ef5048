package dev.sequor;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import org.jooq.Condition;
import org.jooq.impl.DSL;

/**
 * The options of a find, as Sequelize's {@code findAll({where, order, limit, offset})}: an immutable value,
 * so a query can be kept in a constant and refined without changing the original.
 *
 * <pre>{@code
 * import static dev.sequor.Query.where;
 * products.findAll(where(CATEGORY.eq("office")).order(PRICE.desc()).limit(10));
 * }</pre>
 *
 * @param <M> the model type
 */
public final class Query<M> {

  private static final Query<?> ALL = new Query<>(null, List.of(), null, null);

  private final Criterion<M> where;
  private final List<Order<M>> order;
  private final Integer limit;
  private final Integer offset;

  private Query(Criterion<M> where, List<Order<M>> order, Integer limit, Integer offset) {
    this.where = where;
    this.order = order;
    this.limit = limit;
    this.offset = offset;
  }

  /** Every row. */
  @SuppressWarnings("unchecked")
  public static <M> Query<M> all() {
    return (Query<M>) ALL;
  }

  /** The rows matching {@code criterion}. */
  public static <M> Query<M> where(Criterion<M> criterion) {
    return new Query<>(criterion, List.of(), null, null);
  }

  /** Every row, in the given order. */
  @SafeVarargs
  public static <M> Query<M> orderBy(Order<M>... keys) {
    return Query.<M>all().order(keys);
  }

  /** This query narrowed by {@code criterion} (AND). */
  public Query<M> and(Criterion<M> criterion) {
    return new Query<>(where == null ? criterion : where.and(criterion), order, limit, offset);
  }

  /** This query with more {@code ORDER BY} keys, applied after any already given. */
  @SafeVarargs
  public final Query<M> order(Order<M>... keys) {
    List<Order<M>> all = new ArrayList<>(order);
    Collections.addAll(all, keys);
    return new Query<>(where, List.copyOf(all), limit, offset);
  }

  /** At most {@code limit} rows. */
  public Query<M> limit(int limit) {
    if (limit < 0) {
      throw new IllegalArgumentException("limit must be >= 0, found: " + limit);
    }
    return new Query<>(where, order, limit, offset);
  }

  /** Skip the first {@code offset} rows. */
  public Query<M> offset(int offset) {
    if (offset < 0) {
      throw new IllegalArgumentException("offset must be >= 0, found: " + offset);
    }
    return new Query<>(where, order, limit, offset);
  }

  /** The where criterion, if any. */
  public Optional<Criterion<M>> where() {
    return Optional.ofNullable(where);
  }

  /** The where clause as a jOOQ condition ({@code noCondition()} when there is none). */
  public Condition condition() {
    return where == null ? DSL.noCondition() : where.condition();
  }

  /** The order keys, first key first. */
  public List<Order<M>> order() {
    return order;
  }

  /** The row limit, if any. */
  public Optional<Integer> limit() {
    return Optional.ofNullable(limit);
  }

  /** The row offset, if any. */
  public Optional<Integer> offset() {
    return Optional.ofNullable(offset);
  }
}
