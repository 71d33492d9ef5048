package dev.sequor;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Stream;

/**
 * The finders and writes of one model on one database: Sequelize's model statics, typed. Get one from
 * {@link Sequor#repository(ModelType)} with a generated {@code FooModel.MODEL}. Thread-safe.
 *
 * <p>Instances are values: writes never modify the instance passed in, they return the row as stored
 * (with its generated key, defaults and timestamps), read back with {@code RETURNING}.
 *
 * @param <M> the model type
 * @param <K> the primary key type
 */
public abstract class Repository<M, K> {

  /** Rows per statement in {@link #bulkCreate(Collection)}. */
  public static final int DEFAULT_BATCH_SIZE = 1000;

  /** For the runtime's implementation only. */
  protected Repository() {}


  /** The model this repository serves. */
  public abstract ModelType<M, K> model();

  /**
   * Inserts one row and returns it as stored: generated key, database defaults and timestamps filled.
   * A {@code null} for an auto-increment key or an attribute with a default leaves it to the database;
   * a {@code null} for any other not-null attribute throws {@link ValidationException} before any SQL, as does
   * text PostgreSQL cannot hold (NUL, an unpaired UTF-16 surrogate) in any attribute. As in Sequelize, {@code createdAt} keeps a value the instance carries and {@code updatedAt} is set to now.
   */
  public abstract M create(M instance);

  /**
   * Sequelize's {@code create(values, {include})}: inserts {@code instance} with the associated rows it holds in the
   * included associations, in one transaction. A {@link BelongsTo} target is inserted first and the instance takes
   * its key; then the instance; then {@link HasOne}/{@link HasMany} targets, with the instance's key, and
   * {@link BelongsToMany} targets with their pairs. A refined association ({@code ITEMS.include(...)}) creates its
   * nested includes in each target. Returns the instance as stored, holding the targets as stored.
   *
   * <pre>{@code
   * orders.create(new Order(null, null, new Customer(null, "Ada", null), List.of(new Item(...))),
   *     OrderModel.CUSTOMER, OrderModel.ITEMS);
   * }</pre>
   */
  @SafeVarargs
  public final M create(M instance, Association<M, ?>... include) {
    return create(instance, List.of(include));
  }

  /** As {@link #create(Object, Association[])}. */
  public abstract M create(M instance, List<Association<M, ?>> include);

  /**
   * Sequelize's {@code addTargets}: for a {@link BelongsToMany}, pairs {@code source} with each of {@code targets}
   * (a pair already there is kept); for a {@link HasMany}, sets each target's foreign key to {@code source}'s key.
   * Source and targets must be stored (have their keys).
   *
   * @throws IllegalArgumentException for a {@code belongsTo} or {@code hasOne} (update the foreign key instead)
   */
  public abstract <T> void add(M source, Association<M, T> association, Collection<? extends T> targets);

  /**
   * Sequelize's {@code removeTargets}: for a {@link BelongsToMany}, deletes the pairs of {@code source} with
   * {@code targets}; for a {@link HasMany}, sets those targets' foreign key to {@code NULL}.
   */
  public abstract <T> void remove(M source, Association<M, T> association, Collection<? extends T> targets);

  /**
   * Sequelize's {@code setTargets}: {@code source} is paired with exactly {@code targets} afterwards, in one
   * transaction: the pairs (or foreign keys) of other targets are removed, those missing added.
   */
  public abstract <T> void set(M source, Association<M, T> association, Collection<? extends T> targets);

  /**
   * Inserts many rows, {@value #DEFAULT_BATCH_SIZE} per statement (one round trip per batch), all in one
   * transaction: if any row fails, none is stored. Every instance is validated before the first statement.
   * Returns the stored rows in the order given. Timestamps: one "now" for the whole call, used where an
   * instance carries no value (so seed data may bring its own), as in Sequelize.
   */
  public final List<M> bulkCreate(Collection<? extends M> instances) {
    return bulkCreate(instances, BulkCreateOptions.defaults());
  }

  /** As {@link #bulkCreate(Collection)}, with {@code batchSize} rows per statement. */
  public final List<M> bulkCreate(Collection<? extends M> instances, int batchSize) {
    return bulkCreate(instances, BulkCreateOptions.<M>defaults().batchSize(batchSize));
  }

  /**
   * A query of this model's rows to refine and pass to a finder, for the queries that start with no where:
   * {@code products.findAll(products.query().order(PRICE.desc()).limit(10))}. (With a where, start from
   * {@link Query#where}.)
   */
  public final Query<M> query() {
    return Query.all();
  }

  /** Every row, in the database's order. */
  public abstract List<M> findAll();

  /** The rows matching {@code where}. */
  public abstract List<M> findAll(Criterion<M> where);

  /** The rows a query selects: where, order, limit and offset. */
  public abstract List<M> findAll(Query<M> query);

  /** The row with this primary key; empty for a {@code null} key, without a query (as Sequelize). */
  public abstract Optional<M> findByPk(K key);

  /** The first row matching {@code where}. */
  public abstract Optional<M> findOne(Criterion<M> where);

  /** The first row a query selects (its limit becomes 1). */
  public abstract Optional<M> findOne(Query<M> query);

  /** The number of rows. */
  public abstract long count();

  /** The number of rows matching {@code where}. */
  public abstract long count(Criterion<M> where);

  /**
   * Writes the assignments that change {@code instance} and bumps {@code updatedAt}; returns the stored
   * row. When no assignment changes a value, no SQL runs and {@code instance} is returned as it is
   * (Sequelize's {@code instance.update}); values are compared as the database would ({@code 10.0} equals
   * {@code 10.00} for a {@code BigDecimal}). Throws {@link EmptyResultException} if the row is gone.
   */
  @SafeVarargs
  public final M update(M instance, Assignment<M>... assignments) {
    return update(instance, List.of(assignments));
  }

  /** As {@link #update(Object, Assignment[])}, with the assignments in a list. */
  public abstract M update(M instance, List<Assignment<M>> assignments);

  /** Updates every row matching {@code where} (bumping {@code updatedAt}); returns the number of rows. */
  @SafeVarargs
  public final int update(Criterion<M> where, Assignment<M>... assignments) {
    return update(where, List.of(assignments));
  }

  /** As {@link #update(Criterion, Assignment[])}, with the assignments in a list. */
  public abstract int update(Criterion<M> where, List<Assignment<M>> assignments);

  /** Deletes the instance's row; {@code false} if it was already gone. */
  public abstract boolean destroy(M instance);

  /** Deletes every row matching {@code where}; returns the number of rows. */
  public abstract int destroy(Criterion<M> where);

  // ---- Finders beyond the basics ---------------------------------------------------------------

  /**
   * One page of rows and the number of all rows matching the query's where (its limit, offset, order and
   * attributes ignored for the count): Sequelize's {@code findAndCountAll}. Both statements run on one
   * connection, in the current transaction when there is one.
   */
  public abstract RowsAndCount<M> findAndCountAll(Query<M> query);

  /**
   * The row matching {@code where}, or a new one inserted from {@code defaults} with the values {@code where}
   * pins ({@code eq}s joined by {@code and}) filled in where {@code defaults} holds {@code null}: Sequelize's
   * {@code findOrCreate({where, defaults})}. The insert is validated and timestamped as {@link #create}.
   *
   * <p>Race-safe when a unique constraint covers the where's attributes: a select, else
   * {@code INSERT ... ON CONFLICT DO NOTHING}, which waits for a competitor inserting the same key; when the
   * competitor won, a second select reads its row, returned with {@code created == false}. The statements run in
   * the thread's transaction when there is one (a conflict never aborts it: no savepoint is needed), else each
   * in autocommit. In a caller's REPEATABLE READ or SERIALIZABLE transaction, a competitor's row committed after
   * the transaction began cannot be read: PostgreSQL then fails with a serialization error (SQLState 40001).
   *
   * @param defaults the instance to insert when none is found; {@code null} to build it from {@code where}'s
   *     values alone
   * @throws ValidationException before any SQL, when {@code defaults} holds a value other than the one
   *     {@code where} pins, or a not-null attribute is missing
   * @throws UniqueConstraintException when no row matches {@code where} but the insert conflicts with a row on
   *     a unique key the where does not pin
   */
  public abstract Created<M> findOrCreate(Criterion<M> where, M defaults);

  /** As {@link #findOrCreate(Criterion, Object)} with the instance built from {@code where}'s values alone. */
  public final Created<M> findOrCreate(Criterion<M> where) {
    return findOrCreate(where, null);
  }

  /**
   * The row matching {@code where}, or a new unsaved instance: {@code defaults} with the values {@code where}
   * pins filled in (Sequelize's {@code findOrBuild}). Throws {@link ValidationException} before any SQL when
   * {@code defaults} holds a value other than the one {@code where} pins.
   */
  public abstract Built<M> findOrBuild(Criterion<M> where, M defaults);

  /** As {@link #findOrBuild(Criterion, Object)} with the instance built from {@code where}'s values alone. */
  public final Built<M> findOrBuild(Criterion<M> where) {
    return findOrBuild(where, null);
  }

  /**
   * The row whose {@code attribute} equals {@code value}: what the generated {@code findBy<Attribute>} finders of
   * unique attributes call. Empty for a {@code null} value, without a query.
   */
  public abstract <T> Optional<M> findBy(Attribute<M, T> attribute, T value);

  /** The number of rows the query's where matches (its limit, offset and order ignored, as in Sequelize). */
  public abstract long count(Query<M> query);

  /** The greatest value of {@code expression}; empty when there are no rows (or only nulls). */
  public final <T extends Comparable<? super T>> Optional<T> max(ComparableExpression<M, T> expression) {
    return max(expression, Criterion.always());
  }

  /** The greatest value of {@code expression} over the rows matching {@code where}. */
  public abstract <T extends Comparable<? super T>> Optional<T> max(ComparableExpression<M, T> expression,
      Criterion<M> where);

  /** The least value of {@code expression}; empty when there are no rows (or only nulls). */
  public final <T extends Comparable<? super T>> Optional<T> min(ComparableExpression<M, T> expression) {
    return min(expression, Criterion.always());
  }

  /** The least value of {@code expression} over the rows matching {@code where}. */
  public abstract <T extends Comparable<? super T>> Optional<T> min(ComparableExpression<M, T> expression,
      Criterion<M> where);

  /** The sum of {@code expression}, of its type; zero when there are no rows (SQL's {@code coalesce(sum, 0)}). */
  public final <T extends Number & Comparable<? super T>> T sum(NumberExpression<M, T> expression) {
    return sum(expression, Criterion.always());
  }

  /** The sum of {@code expression} over the rows matching {@code where}; zero when none match. */
  public abstract <T extends Number & Comparable<? super T>> T sum(NumberExpression<M, T> expression,
      Criterion<M> where);

  /** A select of one column: {@code products.select(Fn.max(PRICE)).where(...).fetchOne()}. */
  public final <A> Select<M, Row1<A>> select(Selectable<? super M, A> a) {
    return newSelect(List.<Selectable<? super M, ?>>of(a), v -> new Row1<>(cast(v[0])));
  }

  /** A select of two columns: {@code products.select(CATEGORY, Fn.count()).groupBy(CATEGORY).fetch()}. */
  public final <A, B> Select<M, Row2<A, B>> select(Selectable<? super M, A> a, Selectable<? super M, B> b) {
    return newSelect(List.<Selectable<? super M, ?>>of(a, b), v -> new Row2<>(cast(v[0]), cast(v[1])));
  }

  /** A select of three columns. */
  public final <A, B, C> Select<M, Row3<A, B, C>> select(Selectable<? super M, A> a,
      Selectable<? super M, B> b, Selectable<? super M, C> c) {
    return newSelect(List.<Selectable<? super M, ?>>of(a, b, c), v -> new Row3<>(cast(v[0]), cast(v[1]), cast(v[2])));
  }

  /** A select of four columns. */
  public final <A, B, C, D> Select<M, Row4<A, B, C, D>> select(Selectable<? super M, A> a,
      Selectable<? super M, B> b, Selectable<? super M, C> c, Selectable<? super M, D> d) {
    return newSelect(List.<Selectable<? super M, ?>>of(a, b, c, d), v -> new Row4<>(cast(v[0]), cast(v[1]), cast(v[2]), cast(v[3])));
  }

  /** A select of five columns. */
  public final <A, B, C, D, E> Select<M, Row5<A, B, C, D, E>> select(Selectable<? super M, A> a,
      Selectable<? super M, B> b, Selectable<? super M, C> c, Selectable<? super M, D> d,
      Selectable<? super M, E> e) {
    return newSelect(List.<Selectable<? super M, ?>>of(a, b, c, d, e),
        v -> new Row5<>(cast(v[0]), cast(v[1]), cast(v[2]), cast(v[3]), cast(v[4])));
  }

  /** A select of six columns. */
  public final <A, B, C, D, E, F> Select<M, Row6<A, B, C, D, E, F>> select(Selectable<? super M, A> a,
      Selectable<? super M, B> b, Selectable<? super M, C> c, Selectable<? super M, D> d,
      Selectable<? super M, E> e, Selectable<? super M, F> f) {
    return newSelect(List.<Selectable<? super M, ?>>of(a, b, c, d, e, f),
        v -> new Row6<>(cast(v[0]), cast(v[1]), cast(v[2]), cast(v[3]), cast(v[4]), cast(v[5])));
  }

  /**
   * A select of {@code columns}, each row built by {@code row} from the columns' values in order (each read by
   * its expression's {@link ColumnType}). For the runtime's implementation.
   */
  protected abstract <R> Select<M, R> newSelect(List<Selectable<? super M, ?>> columns, Function<Object[], R> row);

  @SuppressWarnings("unchecked")
  private static <T> T cast(Object value) {
    return (T) value;
  }

  /**
   * The rows a query selects as a stream read {@code fetchSize} rows at a time from a server-side cursor, so
   * that a result larger than the heap can be processed: close it (try-with-resources). The stream holds a
   * connection, in a transaction of its own unless the thread already runs one, until closed.
   *
   * @throws IllegalArgumentException when the query {@linkplain Query#include includes} associations: a stream maps
   *     each row as it comes, before any associated row could be loaded (use {@code findAll}, page by page)
   */
  public abstract Stream<M> stream(Query<M> query, int fetchSize);

  /** As {@link #stream(Query, int)}, {@value #DEFAULT_FETCH_SIZE} rows at a time. */
  public final Stream<M> stream(Query<M> query) {
    return stream(query, DEFAULT_FETCH_SIZE);
  }

  /** Rows per round trip of {@link #stream(Query)}. */
  public static final int DEFAULT_FETCH_SIZE = 1000;

  /**
   * Runs a SQL query with {@code ?} bind values and maps each row into the model by column name (Sequelize's
   * {@code sequelize.query(sql, {model, mapToModel: true})}): columns labelled like the model's columns fill
   * those attributes, each read by its column type; the others are ignored; attributes without a column are
   * {@code null} (a primitive's zero). A Java enum bind value is sent as its name, untyped, so that it compares
   * with an enum column as with text; a {@link Json} value as its text, untyped, so that it compares as
   * {@code jsonb}. A {@code ?} inside a quoted literal is not a bind value; PostgreSQL's
   * {@code ?}-operators (for {@code jsonb}) must be written as functions. Runs in the thread's transaction
   * when there is one.
   *
   * @throws DatabaseException naming the model, when PostgreSQL refuses the query
   * @throws ValidationException before any SQL, when a bind value is text PostgreSQL cannot hold (NUL, an unpaired
   *     UTF-16 surrogate); {@link ValidationException#attribute()} is {@code bind value N}
   * @throws IllegalArgumentException when {@code sql} itself holds such a character
   */
  public abstract List<M> query(String sql, Object... bindValues);

  // ---- Writes beyond the basics -----------------------------------------------------------------

  /**
   * Inserts the instance, or updates the row that has its key: {@code INSERT ... ON CONFLICT (<key>) DO UPDATE}
   * (Sequelize's {@code upsert}), one statement, atomic. The conflict target is the primary key when the
   * instance carries one, else its first unique attribute with a value; without either,
   * {@link ValidationException} before any SQL. On insert, values and timestamps are as {@link #create}. On
   * update, every attribute but the conflict target, the primary key and {@code createdAt} is set to the
   * instance's value and {@code updatedAt} to now; a {@code null} for an attribute with a database default
   * means "not given" there too, so the stored value stays. Returns the row as stored; unlike Sequelize on
   * PostgreSQL, {@code created} says whether the row is new. A conflict on another unique key than the target
   * throws {@link UniqueConstraintException}.
   */
  public final Created<M> upsert(M instance) {
    return upsert(instance, List.of());
  }

  /**
   * As {@link #upsert(Object)}, on conflict with the unique constraint over {@code conflictAttributes} (a
   * {@link DatabaseException} with SQLState {@code 42P10} when no unique constraint has exactly these columns).
   */
  @SafeVarargs
  public final Created<M> upsert(M instance, Attribute<M, ?>... conflictAttributes) {
    return upsert(instance, List.of(conflictAttributes));
  }

  /** As {@link #upsert(Object, Attribute[])}, with the conflict attributes in a list (empty: the default). */
  public abstract Created<M> upsert(M instance, List<Attribute<M, ?>> conflictAttributes);

  /**
   * Inserts many rows with Sequelize's {@code bulkCreate} options, validated, timestamped and batched as
   * {@link #bulkCreate(Collection)}, all in one transaction. Returns the rows as stored, in the order given:
   * <ul>
   *   <li>{@link BulkCreateOptions#ignoreDuplicates()}: {@code ON CONFLICT DO NOTHING} (on the conflict
   *       attributes when given, else on any unique constraint); only the rows inserted are returned, so the
   *       list may be shorter than {@code instances}.
   *   <li>{@link BulkCreateOptions#updateOnDuplicate updateOnDuplicate(attributes)}:
   *       {@code ON CONFLICT (<target>) DO UPDATE SET a = EXCLUDED.a, ...}, the target being the conflict
   *       attributes, else the primary key when every row carries it, else the model's first unique attribute
   *       ({@link ValidationException} before any SQL when there is none). {@code createdAt} is never updated;
   *       {@code updatedAt} only when listed, as in Sequelize. The rows inserted and updated are returned. Two rows
   *       of one statement with the same key make PostgreSQL refuse the statement ("cannot affect row a second
   *       time", SQLState {@code 21000}) and nothing is stored.
   * </ul>
   */
  public abstract List<M> bulkCreate(Collection<? extends M> instances, BulkCreateOptions<M> options);

  /**
   * Adds each amount to its attribute of the instance's row in SQL ({@code SET "stock" = "stock" + 5}), so that
   * concurrent increments add up, and bumps {@code updatedAt}; returns the stored row, computed from the stored
   * values, not the instance's. Sequelize's {@code product.increment('stock', {by: 5})} is
   * {@code products.increment(product, STOCK.by(5))}; its {@code product.increment({stock: 5, sold: 1})} is
   * {@code products.increment(product, STOCK.by(5), SOLD.by(1))}, one statement. A {@code null} stays {@code null},
   * as in SQL; an attribute given twice takes its last amount, as in {@link #update(Object, Assignment[])}.
   *
   * @throws IllegalArgumentException if no amount is given
   * @throws EmptyResultException if the row is gone
   */
  @SafeVarargs
  public final M increment(M instance, Amount<M>... amounts) {
    return update(instance, assignments(amounts, true));
  }

  /**
   * Subtracts each amount from its attribute of the instance's row in SQL; returns the stored row. Sequelize's
   * {@code product.decrement('stock', {by: 1})} is {@code products.decrement(product, STOCK.by(1))}.
   *
   * @throws IllegalArgumentException if no amount is given
   * @throws EmptyResultException if the row is gone
   */
  @SafeVarargs
  public final M decrement(M instance, Amount<M>... amounts) {
    return update(instance, assignments(amounts, false));
  }

  /**
   * Adds each amount to its attribute of every row matching {@code where}; returns the number of rows. Sequelize's
   * {@code Product.increment({stock: 5}, {where})} is {@code products.increment(where, STOCK.by(5))}.
   *
   * @throws IllegalArgumentException if no amount is given
   */
  @SafeVarargs
  public final int increment(Criterion<M> where, Amount<M>... amounts) {
    return update(where, assignments(amounts, true));
  }

  /**
   * Subtracts each amount from its attribute of every row matching {@code where}; returns the number of rows.
   * Sequelize's {@code Product.decrement({stock: 1}, {where})} is {@code products.decrement(where, STOCK.by(1))}.
   *
   * @throws IllegalArgumentException if no amount is given
   */
  @SafeVarargs
  public final int decrement(Criterion<M> where, Amount<M>... amounts) {
    return update(where, assignments(amounts, false));
  }

  /** The assignments that add (or subtract) the amounts; refuses none, which would change nothing but updatedAt. */
  private static <M> List<Assignment<M>> assignments(Amount<M>[] amounts, boolean increment) {
    if (amounts.length == 0) {
      throw new IllegalArgumentException("increment and decrement take at least one amount, such as STOCK.by(5)");
    }
    List<Assignment<M>> assignments = new ArrayList<>(amounts.length);
    for (Amount<M> amount : amounts) {
      Objects.requireNonNull(amount, "amount");
      assignments.add(amount.assignment(increment));
    }
    return assignments;
  }

  /** The instance as JSON keyed by attribute names; see {@link ModelType#toJSON}. */
  public String toJSON(M instance) {
    return model().toJSON(instance);
  }
}
