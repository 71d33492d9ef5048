package dev.sequor;

import dev.sequor.internal.SqlTree;
import java.util.Map;
import org.jooq.Condition;

/**
 * An immutable condition on rows of model {@code M}, built from generated attribute constants
 * ({@code PRICE.gt(...)}) and combined with {@link #and}, {@link #or}, {@link #not} or {@link Op}. The model type
 * parameter keeps criteria of one model out of another model's queries. Criteria are made by Sequor only (the
 * attributes, {@link Fn}, {@link Op} and {@link #of}); do not implement this interface.
 *
 * <p>A criterion made only of {@code eq} on attributes joined by {@code and} also knows those values
 * ({@link #equalities()}): {@code findOrCreate} and {@code findOrBuild} copy them into the instance they create,
 * as Sequelize merges {@code where} into {@code defaults}.
 *
 * @param <M> the model type
 */
public interface Criterion<M> {

  /**
   * A criterion from a jOOQ condition (Sequelize's {@code sequelize.where} / {@code literal}): the escape hatch
   * for what Sequor has no operator for. Its SQL is rendered once here and its bind values are bound as the rest
   * of the statement's, so a statement using it is cached like any other.
   */
  static <M> Criterion<M> of(Condition condition) {
    return SqlTree.raw(condition);
  }

  /** The criterion every row meets. */
  static <M> Criterion<M> always() {
    return SqlTree.always();
  }

  /** Both this and {@code other}. */
  Criterion<M> and(Criterion<M> other);

  /** This or {@code other}. */
  Criterion<M> or(Criterion<M> other);

  /** The negation of this criterion. */
  Criterion<M> not();

  /**
   * The attribute values this criterion pins, when it is a conjunction of {@code eq}s on attributes (empty
   * otherwise): the values {@code findOrCreate} copies into the row it creates.
   */
  Map<Attribute<M, ?>, Object> equalities();

  /** The criterion as a jOOQ condition with its values inline as bind values, for use in jOOQ's DSL. */
  Condition condition();
}
