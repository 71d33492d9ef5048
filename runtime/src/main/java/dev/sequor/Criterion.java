package dev.sequor;

import dev.sequor.internal.sql.Renderables;
import dev.sequor.internal.sql.SqlRenderable;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.function.Supplier;
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
 * <p>A criterion carries two renderings of one meaning: Sequor's own SQL, which the runtime sends on plain JDBC,
 * and a jOOQ condition, built only when asked for ({@link #condition()}) or when some piece exists only in jOOQ
 * ({@link #of(Condition)}, quantifiers, array operators).
 *
 * @param <M> the model type
 */
public final class Criterion<M> {

  private static final Criterion<?> ALWAYS = new Criterion<>(DSL::noCondition, Renderables.TRUE, Map.of());

  private final Supplier<Condition> build;
  private volatile Condition condition;
  private final SqlRenderable renderable;
  /** Attribute → value for a conjunction of equalities; null once anything else is mixed in. */
  private final Map<Attribute<M, ?>, Object> equalities;

  private Criterion(Supplier<Condition> build, SqlRenderable renderable, Map<Attribute<M, ?>, Object> equalities) {
    this.build = build;
    this.renderable = renderable;
    this.equalities = equalities;
  }

  /** A criterion from a jOOQ condition (Sequelize's {@code sequelize.where} / {@code literal}). */
  public static <M> Criterion<M> of(Condition condition) {
    Objects.requireNonNull(condition);
    Criterion<M> criterion = new Criterion<>(() -> condition, null, null);
    criterion.condition = condition;
    return criterion;
  }

  /** A criterion rendered by {@code renderable} (null if only jOOQ can), its jOOQ condition built on demand. */
  static <M> Criterion<M> of(Supplier<Condition> condition, SqlRenderable renderable) {
    return new Criterion<>(Objects.requireNonNull(condition), renderable, null);
  }

  /** {@code attribute = value}, remembering the pair. */
  static <M> Criterion<M> equality(Attribute<M, ?> attribute, Object value, Supplier<Condition> condition,
      SqlRenderable renderable) {
    return new Criterion<>(Objects.requireNonNull(condition), renderable, Map.of(attribute, value));
  }

  /** The criterion every row meets. */
  @SuppressWarnings("unchecked") // holds no value of M
  public static <M> Criterion<M> always() {
    return (Criterion<M>) ALWAYS;
  }

  /** Both this and {@code other}. */
  public Criterion<M> and(Criterion<M> other) {
    Objects.requireNonNull(other, "other");
    if (this == ALWAYS) {
      return other;
    }
    if (other == ALWAYS) {
      return this;
    }
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
    return new Criterion<>(() -> condition().and(other.condition()),
        Renderables.junction(true, renderable, other.renderable), merged);
  }

  /**
   * This or {@code other}. With {@link #always()} on either side, every row: jOOQ would drop the always (its
   * "no condition" is neutral in an OR too), which selected only the rows of the other side.
   */
  public Criterion<M> or(Criterion<M> other) {
    Objects.requireNonNull(other, "other");
    if (this == ALWAYS || other == ALWAYS) {
      return always();
    }
    return new Criterion<>(() -> condition().or(other.condition()),
        Renderables.junction(false, renderable, other.renderable), null);
  }

  /** The negation of this criterion. */
  public Criterion<M> not() {
    if (this == ALWAYS) {
      return new Criterion<>(DSL::falseCondition, Renderables.FALSE, null);
    }
    return new Criterion<>(() -> condition().not(), Renderables.not(renderable), null);
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
    Condition c = condition;
    if (c == null) {
      c = Objects.requireNonNull(build.get());
      condition = c; // racing threads build equal conditions: no lock needed
    }
    return c;
  }

  /**
   * For the runtime; not an API. This criterion's SQL as Sequor renders it, or {@code null} when only jOOQ can
   * render it (then the statement goes through jOOQ).
   */
  public SqlRenderable renderable() {
    return renderable;
  }

  /** Whether this is {@link #always()}: for the runtime, which then writes no {@code WHERE}. */
  public boolean isAlways() {
    return this == ALWAYS;
  }

  @Override
  public String toString() {
    return condition().toString();
  }
}
