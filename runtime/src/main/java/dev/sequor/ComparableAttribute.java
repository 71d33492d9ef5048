package dev.sequor;

import org.jooq.Record;
import org.jooq.TableField;

/**
 * An attribute whose values are ordered: numbers, dates and times, UUIDs and enums (in declaration order,
 * as PostgreSQL orders enum types).
 *
 * @param <M> the model type
 * @param <T> the attribute's Java type
 */
public class ComparableAttribute<M, T extends Comparable<? super T>> extends Attribute<M, T> {

  /** Called by generated code. */
  public ComparableAttribute(String modelName, String name, TableField<Record, T> field, ColumnType<T> type,
      AttributeAccessor<? super M> accessor, int index, Flag... flags) {
    super(modelName, name, field, type, accessor, index, flags);
  }

  /** {@code column > value}. */
  public final Criterion<M> gt(T value) {
    return new Criterion<>(field().gt(value));
  }

  /** {@code column >= value}. */
  public final Criterion<M> gte(T value) {
    return new Criterion<>(field().ge(value));
  }

  /** {@code column < value}. */
  public final Criterion<M> lt(T value) {
    return new Criterion<>(field().lt(value));
  }

  /** {@code column <= value}. */
  public final Criterion<M> lte(T value) {
    return new Criterion<>(field().le(value));
  }

  /** {@code column BETWEEN low AND high}, both ends included. */
  public final Criterion<M> between(T low, T high) {
    return new Criterion<>(field().between(low, high));
  }

  /** {@code column NOT BETWEEN low AND high}. */
  public final Criterion<M> notBetween(T low, T high) {
    return new Criterion<>(field().notBetween(low, high));
  }
}
