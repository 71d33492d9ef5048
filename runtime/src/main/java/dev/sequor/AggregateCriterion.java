package dev.sequor;

import org.jooq.Condition;

/**
 * A condition on groups of rows of model {@code M}, made from an {@link Aggregate}: {@code Fn.count().gt(1L)},
 * {@code Fn.sum(STOCK).lt(10)}. It goes in {@link Select#having} only: a {@code where} takes a {@link Criterion},
 * which is about single rows, and PostgreSQL refuses aggregates there. Combined with a row-level criterion it stays
 * an aggregate criterion: {@code Fn.count().gt(1L).and(CATEGORY.ne("misc"))}. Made by Sequor only; do not implement
 * this interface.
 *
 * <p>The combinators take a criterion of {@code M} or of a subtype: {@code Fn.count()} belongs to no model, so its
 * criteria are {@code AggregateCriterion<Object>}, and combined with a {@code Criterion<Product>} they become an
 * {@code AggregateCriterion<Product>}.
 *
 * @param <M> the model type
 */
public interface AggregateCriterion<M> {

  /** Both this and {@code other}. */
  <N extends M> AggregateCriterion<N> and(AggregateCriterion<N> other);

  /** Both this and the row-level {@code other} (on grouped attributes, in a {@code having}). */
  <N extends M> AggregateCriterion<N> and(Criterion<N> other);

  /** This or {@code other}. */
  <N extends M> AggregateCriterion<N> or(AggregateCriterion<N> other);

  /** This or the row-level {@code other}. */
  <N extends M> AggregateCriterion<N> or(Criterion<N> other);

  /** The negation of this criterion. */
  AggregateCriterion<M> not();

  /** The criterion as a jOOQ condition with its values inline as bind values, for use in jOOQ's DSL. */
  Condition condition();
}
