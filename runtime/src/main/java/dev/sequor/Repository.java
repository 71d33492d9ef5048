package dev.sequor;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

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
   * a {@code null} for any other not-null attribute throws {@link ValidationException} before any SQL.
   * As in Sequelize, {@code createdAt} keeps a value the instance carries and {@code updatedAt} is set to now.
   */
  public abstract M create(M instance);

  /**
   * Inserts many rows, {@value #DEFAULT_BATCH_SIZE} per statement (one round trip per batch), all in one
   * transaction: if any row fails, none is stored. Every instance is validated before the first statement.
   * Returns the stored rows in the order given. Timestamps: one "now" for the whole call, used where an
   * instance carries no value (so seed data may bring its own), as in Sequelize.
   */
  public abstract List<M> bulkCreate(Collection<? extends M> instances);

  /** As {@link #bulkCreate(Collection)}, with {@code batchSize} rows per statement. */
  public abstract List<M> bulkCreate(Collection<? extends M> instances, int batchSize);

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

  /** The instance as JSON keyed by attribute names; see {@link ModelType#toJSON}. */
  public String toJSON(M instance) {
    return model().toJSON(instance);
  }
}
