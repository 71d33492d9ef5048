package dev.sequor;

import org.jooq.Record;
import org.jooq.TableField;

/**
 * A text attribute, with Sequelize's string operators. {@link #like} and {@link #iLike} take a pattern
 * as written ({@code %} and {@code _} are wildcards); {@link #startsWith}, {@link #endsWith} and
 * {@link #substring} take a plain value whose {@code %}, {@code _} and {@code \} match themselves.
 *
 * @param <M> the model type
 */
public class StringAttribute<M> extends ComparableAttribute<M, String> {

  private static final char ESCAPE = '\\';

  /** Called by generated code. */
  public StringAttribute(String modelName, String name, TableField<Record, String> field, ColumnType<String> type,
      AttributeAccessor<? super M> accessor, int index, Flag... flags) {
    super(modelName, name, field, type, accessor, index, flags);
  }

  /** {@code column LIKE pattern}. */
  public final Criterion<M> like(String pattern) {
    return new Criterion<>(field().like(pattern));
  }

  /** {@code column NOT LIKE pattern}. */
  public final Criterion<M> notLike(String pattern) {
    return new Criterion<>(field().notLike(pattern));
  }

  /** {@code column ILIKE pattern}: case-insensitive. */
  public final Criterion<M> iLike(String pattern) {
    return new Criterion<>(field().likeIgnoreCase(pattern));
  }

  /** {@code column NOT ILIKE pattern}. */
  public final Criterion<M> notILike(String pattern) {
    return new Criterion<>(field().notLikeIgnoreCase(pattern));
  }

  /** The column starts with {@code value}, taken literally. */
  public final Criterion<M> startsWith(String value) {
    return new Criterion<>(field().like(escapeLike(value) + "%", ESCAPE));
  }

  /** The column ends with {@code value}, taken literally. */
  public final Criterion<M> endsWith(String value) {
    return new Criterion<>(field().like("%" + escapeLike(value), ESCAPE));
  }

  /** The column contains {@code value}, taken literally. */
  public final Criterion<M> substring(String value) {
    return new Criterion<>(field().like("%" + escapeLike(value) + "%", ESCAPE));
  }

  /** Escapes LIKE's wildcards so that a user's value matches only itself. */
  static String escapeLike(String value) {
    StringBuilder sb = new StringBuilder(value.length() + 8);
    for (int i = 0; i < value.length(); i++) {
      char c = value.charAt(i);
      if (c == '%' || c == '_' || c == ESCAPE) {
        sb.append(ESCAPE);
      }
      sb.append(c);
    }
    return sb.toString();
  }
}
