package dev.sequor;

import java.util.Objects;
import org.jooq.Condition;

/**
 * An immutable condition on rows of model {@code M}, built from generated attribute constants
 * ({@code PRICE.gt(...)}) and combined with {@link #and}, {@link #or}, {@link #not} or {@link Op}.
 * The model type parameter keeps criteria of one model out of another model's queries.
 *
 * @param <M> the model type
 */
public final class Criterion<M> {

  private final Condition condition;

  Criterion(Condition condition) {
    this.condition = Objects.requireNonNull(condition);
  }

  /** Both this and {@code other}. */
  public Criterion<M> and(Criterion<M> other) {
    return new Criterion<>(condition.and(other.condition));
  }

  /** This or {@code other}. */
  public Criterion<M> or(Criterion<M> other) {
    return new Criterion<>(condition.or(other.condition));
  }

  /** The negation of this criterion. */
  public Criterion<M> not() {
    return new Criterion<>(condition.not());
  }

  /** The jOOQ condition, for use in jOOQ's DSL. */
  public Condition condition() {
    return condition;
  }

  @Override
  public String toString() {
    return condition.toString();
  }
}
