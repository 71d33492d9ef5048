package dev.sequor.internal;

import dev.sequor.Attribute;
import dev.sequor.BulkCreateOptions;
import dev.sequor.ModelType;
import dev.sequor.ValidationException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.jooq.Field;
import org.jooq.InsertOnDuplicateStep;
import org.jooq.InsertReturningStep;
import org.jooq.Record;
import org.jooq.impl.DSL;

/**
 * PostgreSQL's {@code ON CONFLICT} clause of an insert, and the rules that choose it for {@code upsert} and
 * {@code bulkCreate}: the conflict target (the columns of a unique constraint) and, for {@code DO UPDATE}, the
 * columns set from {@code EXCLUDED}, the row that was refused. A value (attributes compared by identity): part of
 * an insert's shape.
 *
 * @param target the conflict target; empty: any constraint (only with {@code DO NOTHING})
 * @param updates the columns {@code DO UPDATE} sets; {@code null}: {@code DO NOTHING}
 */
record OnConflict(List<Attribute<?, ?>> target, List<Attribute<?, ?>> updates) {

  OnConflict {
    target = List.copyOf(target);
    updates = updates == null ? null : List.copyOf(updates);
  }

  /** {@code ON CONFLICT [(target)] DO NOTHING}; an empty target skips rows breaking any unique constraint. */
  static OnConflict doNothing(List<? extends Attribute<?, ?>> target) {
    return new OnConflict(List.copyOf(target), null);
  }

  /**
   * {@code ON CONFLICT (target) DO UPDATE SET c = EXCLUDED.c} for each of {@code updates}. With nothing to
   * update, the target is set to itself: a no-op that still locks the row and makes {@code RETURNING} report
   * it, which {@code DO NOTHING} would not.
   */
  static OnConflict doUpdate(List<? extends Attribute<?, ?>> target, List<? extends Attribute<?, ?>> updates) {
    if (target.isEmpty()) {
      throw new IllegalArgumentException("ON CONFLICT DO UPDATE needs a conflict target");
    }
    return new OnConflict(List.copyOf(target), List.copyOf(updates.isEmpty() ? target : updates));
  }

  InsertReturningStep<Record> applyTo(InsertOnDuplicateStep<Record> insert) {
    if (updates == null) {
      return target.isEmpty() ? insert.onConflictDoNothing() : insert.onConflict(fields(target)).doNothing();
    }
    Map<Field<?>, Field<?>> set = new LinkedHashMap<>();
    for (Attribute<?, ?> column : updates) {
      set.put(column.field(), DSL.excluded(column.field()));
    }
    return insert.onConflict(fields(target)).doUpdate().set(set);
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof OnConflict o && sameAttributes(target, o.target)
        && (updates == null ? o.updates == null : o.updates != null && sameAttributes(updates, o.updates));
  }

  @Override
  public int hashCode() {
    int h = 0;
    for (Attribute<?, ?> a : target) {
      h = 31 * h + System.identityHashCode(a);
    }
    return updates == null ? h : 31 * h + updates.size();
  }

  @Override
  public String toString() {
    return "ON CONFLICT " + (target.isEmpty() ? "" : names(target) + " ")
        + (updates == null ? "DO NOTHING" : "DO UPDATE SET " + names(updates));
  }

  private static boolean sameAttributes(List<Attribute<?, ?>> a, List<Attribute<?, ?>> b) {
    if (a.size() != b.size()) {
      return false;
    }
    for (int i = 0; i < a.size(); i++) {
      if (a.get(i) != b.get(i)) {
        return false;
      }
    }
    return true;
  }

  private static List<Field<?>> fields(List<Attribute<?, ?>> attributes) {
    return attributes.stream().<Field<?>>map(Attribute::field).toList();
  }

  private static String names(List<Attribute<?, ?>> attributes) {
    return attributes.stream().map(Attribute::column).collect(Collectors.joining(", ", "(", ")"));
  }

  // ---- choosing the target -----------------------------------------------------------------------

  /**
   * The conflict target of {@code upsert(instance)}: {@code given} when not empty; else the primary key when the
   * instance carries all of it; else the first unique attribute holding a value.
   *
   * @throws ValidationException when there is none of these
   */
  static <M> List<Attribute<M, ?>> upsertTarget(ModelType<M, ?> model, M instance, List<Attribute<M, ?>> given) {
    if (!given.isEmpty()) {
      return checked(model, given);
    }
    if (model.primaryKey().stream().allMatch(k -> k.get(instance) != null)) {
      return model.primaryKey();
    }
    for (Attribute<M, ?> a : model.attributes()) {
      if (a.is(Attribute.Flag.UNIQUE) && a.get(instance) != null) {
        return List.of(a);
      }
    }
    throw noKey(model, "is null and no unique attribute has a value: upsert needs a key to find an existing row",
        "give the primary key, a value for a unique attribute, or the conflict attributes");
  }

  /**
   * The conflict target of {@code bulkCreate}: the options' conflict attributes; else the primary key when every
   * row carries it; else the model's first unique attribute; else none (empty).
   */
  static <M> List<Attribute<M, ?>> bulkTarget(ModelType<M, ?> model, Collection<? extends M> rows,
      BulkCreateOptions<M> options) {
    if (!options.conflictAttributes().isEmpty()) {
      return checked(model, options.conflictAttributes());
    }
    boolean rowsCarryKey = rows.stream()
        .allMatch(row -> model.primaryKey().stream().allMatch(k -> k.get(row) != null));
    if (rowsCarryKey) {
      return model.primaryKey();
    }
    return model.attributes().stream().filter(a -> a.is(Attribute.Flag.UNIQUE)).findFirst()
        .<List<Attribute<M, ?>>>map(List::of).orElse(List.of());
  }

  /**
   * The clause for {@code bulkCreate}'s options, {@code null} for plain inserts. {@code updateOnDuplicate} sets the
   * attributes listed, less {@code createdAt} (never overwritten, as in Sequelize); {@code updatedAt} only when
   * listed.
   */
  static <M> OnConflict forBulkCreate(ModelType<M, ?> model, Collection<? extends M> rows,
      BulkCreateOptions<M> options) {
    if (options.isIgnoreDuplicates()) {
      // Without explicit attributes, skip rows breaking any unique constraint, as Sequelize's DO NOTHING.
      return doNothing(options.conflictAttributes().isEmpty() ? List.of()
          : checked(model, options.conflictAttributes()));
    }
    if (options.updateOnDuplicate().isEmpty()) {
      return null;
    }
    List<Attribute<M, ?>> target = bulkTarget(model, rows, options);
    if (target.isEmpty()) {
      throw noKey(model, "is null in some rows and the model has no unique attribute: bulkCreate with"
          + " updateOnDuplicate needs a conflict target", "give every row its primary key or name the conflict attributes");
    }
    Attribute<M, ?> createdAt = model.createdAt().orElse(null);
    List<Attribute<M, ?>> updates = new ArrayList<>();
    for (Attribute<M, ?> a : checked(model, options.updateOnDuplicate())) {
      if (a != createdAt && !updates.contains(a)) {
        updates.add(a);
      }
    }
    return doUpdate(target, updates);
  }

  /**
   * The clause of {@code upsert}: {@code DO UPDATE} of every inserted column but the target, the primary key and
   * {@code createdAt}; also left alone are the columns the insert leaves to the database (a {@code null} for an
   * attribute with a default), so that a {@code null} means "not given" on both paths, as in {@code create}.
   */
  static <M> OnConflict forUpsert(ModelType<M, ?> model, M instance, List<Attribute<M, ?>> target,
      List<Attribute<M, ?>> insertColumns) {
    List<Attribute<M, ?>> kept = new ArrayList<>(target);
    kept.addAll(model.primaryKey());
    model.createdAt().ifPresent(kept::add);
    Attribute<M, ?> updatedAt = model.updatedAt().orElse(null);
    for (Attribute<M, ?> a : model.attributes()) {
      if (a.get(instance) == null && a != updatedAt
          && (a.is(Attribute.Flag.AUTO_INCREMENT) || a.is(Attribute.Flag.HAS_DEFAULT))) {
        kept.add(a);
      }
    }
    List<Attribute<M, ?>> updates = new ArrayList<>();
    for (Attribute<M, ?> column : insertColumns) {
      if (!kept.contains(column)) {
        updates.add(column);
      }
    }
    return doUpdate(target, updates);
  }

  /** Attributes of another model (a raw-typed list) would name columns of another table. */
  private static <M> List<Attribute<M, ?>> checked(ModelType<M, ?> model, List<Attribute<M, ?>> attributes) {
    for (Attribute<M, ?> a : attributes) {
      if (!model.attributes().contains(a)) {
        throw new IllegalArgumentException(a + " is not an attribute of model " + model.name());
      }
    }
    return attributes;
  }

  private static ValidationException noKey(ModelType<?, ?> model, String problem, String hint) {
    List<String> unique = model.attributes().stream().filter(a -> a.is(Attribute.Flag.UNIQUE))
        .map(Attribute::name).toList();
    return new ValidationException(model.name(), model.primaryKey().get(0).name(), null, problem
        + " (unique attributes: " + (unique.isEmpty() ? "none" : String.join(", ", unique)) + "); " + hint);
  }
}
