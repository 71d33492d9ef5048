package dev.sequor;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import org.jooq.Condition;
import org.jooq.impl.DSL;

/**
 * An immutable condition on rows of model {@code M}, built from generated attribute constants
 * ({@code PRICE.gt(...)}) and combined with {@link #and}, {@link #or}, {@link #not} or {@link Op}.
 * The model type parameter keeps criteria of one model out of another model's queries.
 *
 * <p>A criterion made only of {@code eq} on attributes joined by {@code and} also knows those values
 * ({@link #equalities()}): {@code findOrCreate} and {@code findOrBuild} copy them into the instance they create,
 * as Sequelize merges {@code where} into {@code defaults}.
 *
 * @param <M> the model type
 */
public final class Criterion<M> {

  private final Condition condition;
  /** Attribute → value for a conjunction of equalities; null once anything else is mixed in. */
  private final Map<Attribute<M, ?>, Object> equalities;

  private Criterion(Condition condition, Map<Attribute<M, ?>, Object> equalities) {
    this.condition = Objects.requireNonNull(condition);
    this.equalities = equalities;
  }

  /** A criterion from a jOOQ condition (Sequelize's {@code sequelize.where} / {@code literal}). */
  public static <M> Criterion<M> of(Condition condition) {
    return new Criterion<>(condition, null);
  }

  /** {@code attribute = value}, remembering the pair. */
  static <M> Criterion<M> equality(Attribute<M, ?> attribute, Object value, Condition condition) {
    Map<Attribute<M, ?>, Object> map = new LinkedHashMap<>();
    map.put(attribute, value);
    return new Criterion<>(condition, map);
  }

  /** The criterion every row meets. */
  public static <M> Criterion<M> always() {
    return new Criterion<>(DSL.noCondition(), Map.of());
  }

  /** Both this and {@code other}. */
  public Criterion<M> and(Criterion<M> other) {
    Map<Attribute<M, ?>, Object> merged = null;
    if (equalities != null && other.equalities != null) {
      merged = new LinkedHashMap<>(equalities);
      for (Map.Entry<Attribute<M, ?>, Object> e : other.equalities.entrySet()) {
        if (merged.containsKey(e.getKey()) && !Objects.equals(merged.get(e.getKey()), e.getValue())) {
          merged = null; // a = 1 AND a = 2: no row, and no values to copy
          break;
        }
        merged.put(e.getKey(), e.getValue());
      }
    }
    return new Criterion<>(condition.and(other.condition), merged);
  }

  /** This or {@code other}. */
  public Criterion<M> or(Criterion<M> other) {
    return new Criterion<>(condition.or(other.condition), null);
  }

  /** The negation of this criterion. */
  public Criterion<M> not() {
    return new Criterion<>(condition.not(), null);
  }

  /**
   * The attribute values this criterion pins, when it is a conjunction of {@code eq}s on attributes (empty
   * otherwise): the values {@code findOrCreate} copies into the row it creates.
   */
  public Map<Attribute<M, ?>, Object> equalities() {
    return equalities == null ? Map.of() : Collections.unmodifiableMap(equalities);
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
