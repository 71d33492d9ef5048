package dev.sequor;

import dev.sequor.internal.SqlTree;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.jooq.Condition;
import org.jooq.impl.DSL;

/**
 * The options of a find, as Sequelize's {@code findAll({where, attributes, order, limit, offset, lock})}: an
 * immutable value, so a query can be kept in a constant and refined without changing the original.
 *
 * <pre>{@code
 * import static dev.sequor.Query.where;
 * products.findAll(where(CATEGORY.eq("office")).order(PRICE.desc()).limit(10));
 * }</pre>
 *
 * @param <M> the model type
 */
public final class Query<M> {

  private static final Query<?> ALL =
      new Query<>(null, List.of(), null, null, null, false, null, Lock.Wait.WAIT, List.of());

  private final Criterion<M> where;
  private final List<Order<M>> order;
  private final Integer limit;
  private final Integer offset;
  private final List<Attribute<M, ?>> attributes;
  private final boolean exclude;
  private final Lock lock;
  private final Lock.Wait wait;
  private final List<Association<M, ?>> includes;

  private Query(Criterion<M> where, List<Order<M>> order, Integer limit, Integer offset,
      List<Attribute<M, ?>> attributes, boolean exclude, Lock lock, Lock.Wait wait,
      List<Association<M, ?>> includes) {
    this.where = where;
    this.order = order;
    this.limit = limit;
    this.offset = offset;
    this.attributes = attributes;
    this.exclude = exclude;
    this.lock = lock;
    this.wait = wait;
    this.includes = includes;
  }

  /**
   * Every row. Passed straight to a finder its model is inferred ({@code products.findAll(Query.all())}); to refine
   * it, start from the repository instead: {@code products.query().limit(10)}.
   */
  @SuppressWarnings("unchecked")
  public static <M> Query<M> all() {
    return (Query<M>) ALL;
  }

  /** The rows matching {@code criterion}. */
  public static <M> Query<M> where(Criterion<M> criterion) {
    return Query.<M>all().and(criterion);
  }

  /** Every row, in the given order; an attribute alone means ascending: {@code orderBy(NAME, PRICE.desc())}. */
  @SafeVarargs
  public static <M> Query<M> orderBy(Order<M>... keys) {
    return Query.<M>all().order(keys);
  }

  /** This query narrowed by {@code criterion} (AND). */
  public Query<M> and(Criterion<M> criterion) {
    Objects.requireNonNull(criterion, "criterion");
    return new Query<>(where == null ? criterion : where.and(criterion), order, limit, offset, attributes, exclude,
        lock, wait, includes);
  }

  /**
   * This query with more {@code ORDER BY} keys, applied after any already given; an attribute alone means
   * ascending.
   */
  @SafeVarargs
  public final Query<M> order(Order<M>... keys) {
    List<Order<M>> all = new ArrayList<>(order);
    for (Order<M> key : keys) {
      all.add(SqlTree.orderKey(key));
    }
    all = List.copyOf(all);
    return new Query<>(where, all, limit, offset, attributes, exclude, lock, wait, includes);
  }

  /** At most {@code limit} rows. */
  public Query<M> limit(int limit) {
    if (limit < 0) {
      throw new IllegalArgumentException("limit must be >= 0, found: " + limit);
    }
    return new Query<>(where, order, limit, offset, attributes, exclude, lock, wait, includes);
  }

  /** Skip the first {@code offset} rows. */
  public Query<M> offset(int offset) {
    if (offset < 0) {
      throw new IllegalArgumentException("offset must be >= 0, found: " + offset);
    }
    return new Query<>(where, order, limit, offset, attributes, exclude, lock, wait, includes);
  }

  /**
   * Select only these attributes, Sequelize's {@code attributes: ['id', 'name']}: the instances found carry
   * {@code null} (or a primitive's zero) in every other attribute. For aggregates and computed values, use
   * {@link Repository#select}.
   */
  @SafeVarargs
  public final Query<M> attributes(Attribute<M, ?>... attributes) {
    return new Query<>(where, order, limit, offset, List.copyOf(Arrays.asList(attributes)), false, lock, wait, includes);
  }

  /** Select every attribute but these, Sequelize's {@code attributes: {exclude: [...]}}. */
  @SafeVarargs
  public final Query<M> exclude(Attribute<M, ?>... attributes) {
    return new Query<>(where, order, limit, offset, List.copyOf(Arrays.asList(attributes)), true, lock, wait, includes);
  }

  /** Lock the rows found until the transaction ends ({@code FOR UPDATE} and so on). */
  public Query<M> lock(Lock lock) {
    return new Query<>(where, order, limit, offset, attributes, exclude, Objects.requireNonNull(lock), wait, includes);
  }

  /** {@code FOR UPDATE}: Sequelize's {@code lock: true}. */
  public Query<M> forUpdate() {
    return lock(Lock.UPDATE);
  }

  /** {@code SKIP LOCKED}: leave out rows other transactions hold locked (takes {@code FOR UPDATE} if no lock). */
  public Query<M> skipLocked() {
    return new Query<>(where, order, limit, offset, attributes, exclude, lock == null ? Lock.UPDATE : lock,
        Lock.Wait.SKIP_LOCKED, includes);
  }

  /** {@code NOWAIT}: fail at once on rows other transactions hold locked (takes {@code FOR UPDATE} if no lock). */
  public Query<M> noWait() {
    return new Query<>(where, order, limit, offset, attributes, exclude, lock == null ? Lock.UPDATE : lock,
        Lock.Wait.NOWAIT, includes);
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

  /**
   * The attributes selected, in column order, out of {@code all} (the model's attributes); {@code all} itself
   * when the query selects every attribute.
   */
  public List<Attribute<M, ?>> selected(List<Attribute<M, ?>> all) {
    if (attributes == null) {
      return all;
    }
    List<Attribute<M, ?>> selected = new ArrayList<>();
    for (Attribute<M, ?> a : all) {
      if (attributes.contains(a) != exclude) {
        selected.add(a);
      }
    }
    return selected.size() == all.size() ? all : List.copyOf(selected);
  }

  /** The row lock, if any. */
  public Optional<Lock> lock() {
    return Optional.ofNullable(lock);
  }

  /** What the lock does about rows locked by others. */
  public Lock.Wait lockWait() {
    return wait;
  }

  /**
   * This query without limit, offset, order and lock: what {@code findAndCountAll} counts (source rows, whatever
   * the number of rows each include loads; a {@linkplain Association#required required} include still narrows
   * them).
   */
  public Query<M> forCount() {
    return new Query<>(where, List.of(), null, null, null, false, null, Lock.Wait.WAIT, includes);
  }

  /**
   * This query with {@code association}'s rows loaded into each row found, after any include already given; a
   * refined association ({@code OrderModel.ITEMS.where(...)}) includes it with those options. See
   * {@link Association} for the statements it costs.
   */
  public Query<M> include(Association<M, ?> association) {
    Objects.requireNonNull(association, "association");
    List<Association<M, ?>> all = new ArrayList<>(includes);
    all.add(association);
    return new Query<>(where, order, limit, offset, attributes, exclude, lock, wait, List.copyOf(all));
  }

  /** The included associations, in the order given. */
  public List<Association<M, ?>> includes() {
    return includes;
  }
}
