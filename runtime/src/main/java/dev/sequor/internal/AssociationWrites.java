package dev.sequor.internal;

import dev.sequor.Association;
import dev.sequor.Attribute;
import dev.sequor.BulkCreateOptions;
import dev.sequor.Criterion;
import dev.sequor.ModelType;
import dev.sequor.TransactionOptions;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Objects;

/**
 * Writes through associations, each call in one transaction (joining the caller's): create with included
 * associations, and {@code add}, {@code remove} and {@code set} of a {@code hasMany}'s or {@code belongsToMany}'s
 * targets. Every statement goes through the models' repositories, so it is validated, batched and translated as
 * theirs are.
 */
final class AssociationWrites {

  private final Database database;

  AssociationWrites(Database database) {
    this.database = database;
  }

  // ---- create with include -----------------------------------------------------------------------------------

  <M> M create(ModelType<M, ?> model, M instance, List<Association<M, ?>> include) {
    Objects.requireNonNull(instance, () -> "cannot create a null " + model.name());
    Includes.checkTree(include, model); // each once: a second would insert the targets again
    return database.transaction(TransactionOptions.defaults(), tx -> createGraph(model, instance, include));
  }

  /**
   * Inserts {@code instance} and what its included associations hold: belongsTo targets first (the instance takes
   * their keys), then the instance, then the other targets (taking its key); returns it as stored, holding them.
   */
  private <M> M createGraph(ModelType<M, ?> model, M instance, List<? extends Association<M, ?>> include) {
    List<Attribute<M, ?>> attributes = model.attributes();
    Object[] values = values(model, instance);
    Object[] associated = new Object[model.associations().size()];
    for (Association<M, ?> association : include) {
      DefaultAssociation.Definition definition = definition(association);
      Object target = definition.get(instance);
      if (association.kind() == Association.Kind.BELONGS_TO && target != null) {
        Object stored = createTarget(association, target);
        associated[definition.slot() - attributes.size()] = stored;
        DefaultAssociation.Links links = definition.links();
        values[attributes.indexOf(links.source())] = get(links.target(), stored);
      }
    }
    M stored = database.repository(model).create(model.newInstance(values));
    Object[] storedValues = values(model, stored); // as stored: the associations' places are empty
    for (Association<M, ?> association : include) {
      DefaultAssociation.Definition definition = definition(association);
      Object target = definition.get(instance);
      int slot = definition.slot() - attributes.size();
      switch (association.kind()) {
        case BELONGS_TO -> { }
        case HAS_ONE -> associated[slot] = target == null ? null : createChildren(association, stored, List.of(target)).get(0);
        case HAS_MANY -> associated[slot] = target == null ? null
            : List.copyOf(createChildren(association, stored, (List<?>) target)); // as a find's: unmodifiable
        case BELONGS_TO_MANY -> {
          if (target != null) {
            List<Object> targets = new ArrayList<>();
            for (Object t : (List<?>) target) {
              targets.add(createTarget(association, t));
            }
            addPairs(association, stored, targets);
            associated[slot] = List.copyOf(targets);
          }
        }
      }
    }
    System.arraycopy(associated, 0, storedValues, attributes.size(), associated.length);
    return model.newInstance(storedValues);
  }

  /** Creates one target of {@code association} with its own nested includes. */
  @SuppressWarnings("unchecked")
  private <S, T> Object createTarget(Association<S, T> association, Object target) {
    return createGraph(association.target(), (T) target, association.includes());
  }

  /** Creates the targets of a {@code hasOne}/{@code hasMany}, each holding {@code source}'s key. */
  @SuppressWarnings("unchecked")
  private <S, T> List<Object> createChildren(Association<S, T> association, S source, List<?> targets) {
    ModelType<T, ?> model = association.target();
    DefaultAssociation.Links links = definition(association).links();
    Object key = get(links.source(), source);
    int foreignKey = model.attributes().indexOf(links.target());
    List<T> withKey = new ArrayList<>(targets.size());
    for (Object target : targets) {
      Object[] values = values(model, (T) Objects.requireNonNull(target, () -> "a null in " + association));
      values[foreignKey] = key;
      withKey.add(model.newInstance(values));
    }
    if (association.includes().isEmpty()) {
      return new ArrayList<>(database.repository(model).bulkCreate(withKey)); // one statement for them all
    }
    List<Object> stored = new ArrayList<>(withKey.size());
    for (T target : withKey) {
      stored.add(createGraph(model, target, association.includes()));
    }
    return stored;
  }

  // ---- add, remove, set ---------------------------------------------------------------------------------------

  <M, T> void add(ModelType<M, ?> model, M source, Association<M, T> association, Collection<? extends T> targets) {
    Object key = writableKey(model, source, association);
    List<Object> keys = targetKeys(association, targets);
    database.transaction(TransactionOptions.defaults(), tx -> {
      if (association.kind() == Association.Kind.BELONGS_TO_MANY) {
        addPairs(association, source, new ArrayList<>(targets));
      } else {
        setForeignKey(association, keys, key, null);
      }
      return null;
    });
  }

  <M, T> void remove(ModelType<M, ?> model, M source, Association<M, T> association, Collection<? extends T> targets) {
    Object key = writableKey(model, source, association);
    List<Object> keys = targetKeys(association, targets);
    if (keys.isEmpty()) {
      return;
    }
    database.transaction(TransactionOptions.defaults(), tx -> {
      if (association.kind() == Association.Kind.BELONGS_TO_MANY) {
        DefaultAssociation.JoinLinks join = definition(association).join();
        destroyPairs(join, key, in(join.targetKey(), keys));
      } else {
        setForeignKey(association, keys, null, key);
      }
      return null;
    });
  }

  <M, T> void set(ModelType<M, ?> model, M source, Association<M, T> association, Collection<? extends T> targets) {
    Object key = writableKey(model, source, association);
    List<Object> keys = targetKeys(association, targets);
    database.transaction(TransactionOptions.defaults(), tx -> {
      if (association.kind() == Association.Kind.BELONGS_TO_MANY) {
        DefaultAssociation.JoinLinks join = definition(association).join();
        destroyPairs(join, key, keys.isEmpty() ? null : notIn(join.targetKey(), keys));
        addPairs(association, source, new ArrayList<>(targets));
      } else {
        DefaultAssociation.Links links = definition(association).links();
        Criterion<Object> others = eq(links.target(), key);
        if (!keys.isEmpty()) {
          others = others.and(notIn(association.target().primaryKey().get(0), keys));
        }
        update(association.target(), others, set(links.target(), null));
        setForeignKey(association, keys, key, null);
      }
      return null;
    });
  }

  /** The key of a stored {@code source}, for an association whose targets can be added and removed. */
  private <M> Object writableKey(ModelType<M, ?> model, M source, Association<M, ?> association) {
    check(model, association);
    if (association.kind() != Association.Kind.HAS_MANY && association.kind() != Association.Kind.BELONGS_TO_MANY) {
      throw new IllegalArgumentException("add, remove and set are for hasMany and belongsToMany associations, not "
          + association + " (" + association.kind() + "): set its foreign key with update instead");
    }
    Objects.requireNonNull(source, () -> "a null " + model.name() + " for " + association);
    Object key = get(definition(association).links().source(), source);
    if (key == null) {
      throw new IllegalArgumentException("The " + model.name() + " given to " + association
          + " has no key: create it first");
    }
    return key;
  }

  private <T> List<Object> targetKeys(Association<?, T> association, Collection<? extends T> targets) {
    if (association.target().primaryKey().size() != 1) {
      // a hasMany's targets are found by their key: one column must say which rows they are
      throw new IllegalArgumentException("add, remove and set need a target model with a key of one attribute, but "
          + association.target().name() + " of " + association + " has a composite key: update its foreign key with "
          + "update(where, assignments) instead");
    }
    Attribute<?, ?> key = definition(association).links().target();
    Attribute<?, ?> targetKey = association.kind() == Association.Kind.BELONGS_TO_MANY ? key
        : association.target().primaryKey().get(0);
    List<Object> keys = new ArrayList<>(targets.size());
    for (T target : targets) {
      Object value = get(targetKey, Objects.requireNonNull(target, () -> "a null target for " + association));
      if (value == null) {
        throw new IllegalArgumentException("A " + association.target().name() + " given to " + association
            + " has no key: create it first");
      }
      keys.add(value);
    }
    return keys;
  }

  /** {@code UPDATE target SET fk = <to> WHERE pk IN (keys) [AND fk = <from>]}. */
  private void setForeignKey(Association<?, ?> association, List<Object> keys, Object to, Object from) {
    if (keys.isEmpty()) {
      return;
    }
    DefaultAssociation.Links links = definition(association).links();
    Criterion<Object> where = in(association.target().primaryKey().get(0), keys);
    if (from != null) {
      where = where.and(eq(links.target(), from));
    }
    update(association.target(), where, set(links.target(), to));
  }

  /** Inserts the pairs of {@code source} with {@code targets} into the join table, keeping those already there. */
  private void addPairs(Association<?, ?> association, Object source, List<?> targets) {
    if (targets.isEmpty()) {
      return;
    }
    DefaultAssociation.Definition definition = definition(association);
    DefaultAssociation.JoinLinks join = definition.join();
    Object key = get(definition.links().source(), source);
    Attribute<?, ?> targetKey = definition.links().target();
    ModelType<Object, ?> joinModel = cast(join.model());
    int sourceIndex = joinModel.attributes().indexOf(join.sourceKey());
    int targetIndex = joinModel.attributes().indexOf(join.targetKey());
    List<Object> pairs = new ArrayList<>(targets.size());
    for (Object target : targets) {
      Object[] values = new Object[joinModel.attributes().size()];
      values[sourceIndex] = key;
      values[targetIndex] = get(targetKey, target);
      pairs.add(joinModel.newInstance(values));
    }
    database.repository(joinModel).bulkCreate(pairs, BulkCreateOptions.<Object>defaults().ignoreDuplicates());
  }

  @SuppressWarnings({"unchecked", "rawtypes"})
  private void destroyPairs(DefaultAssociation.JoinLinks join, Object key, Criterion<Object> targets) {
    Criterion<Object> where = eq(join.sourceKey(), key);
    dev.sequor.Repository repository = database.repository(join.model());
    repository.destroy((Criterion) (targets == null ? where : where.and(targets)));
  }

  // ---- small helpers ------------------------------------------------------------------------------------------

  @SuppressWarnings({"unchecked", "rawtypes"})
  private void update(ModelType<?, ?> model, Criterion<Object> where, dev.sequor.Assignment<Object> assignment) {
    dev.sequor.Repository repository = database.repository(model);
    repository.update((Criterion) where, List.of(assignment));
  }

  private static void check(ModelType<?, ?> model, Association<?, ?> association) {
    if (association.source() != model) {
      throw new IllegalArgumentException(association + " is not an association of model " + model.name());
    }
  }

  private static DefaultAssociation.Definition definition(Association<?, ?> association) {
    return ((DefaultAssociation<?, ?>) association).definition();
  }

  /** The attribute values of {@code instance}, then its associations' values (what it holds for them). */
  private static <M> Object[] values(ModelType<M, ?> model, M instance) {
    List<Attribute<M, ?>> attributes = model.attributes();
    List<Association<M, ?>> associations = model.associations();
    Object[] values = new Object[attributes.size() + associations.size()];
    for (int i = 0; i < attributes.size(); i++) {
      values[i] = attributes.get(i).get(instance);
    }
    for (int i = 0; i < associations.size(); i++) {
      values[attributes.size() + i] = definition(associations.get(i)).get(instance);
    }
    return values;
  }

  @SuppressWarnings({"unchecked", "rawtypes"})
  private static Object get(Attribute<?, ?> attribute, Object instance) {
    return ((Attribute) attribute).get(instance);
  }

  @SuppressWarnings({"unchecked", "rawtypes"})
  private static Criterion<Object> in(Attribute<?, ?> attribute, List<Object> keys) {
    return ((Attribute) attribute).in(keys);
  }

  @SuppressWarnings({"unchecked", "rawtypes"})
  private static Criterion<Object> notIn(Attribute<?, ?> attribute, List<Object> keys) {
    return ((Attribute) attribute).notIn(keys);
  }

  @SuppressWarnings({"unchecked", "rawtypes"})
  private static Criterion<Object> eq(Attribute<?, ?> attribute, Object value) {
    return ((Attribute) attribute).eq(value);
  }

  @SuppressWarnings({"unchecked", "rawtypes"})
  private static dev.sequor.Assignment<Object> set(Attribute<?, ?> attribute, Object value) {
    return ((Attribute) attribute).set(value);
  }

  @SuppressWarnings("unchecked")
  private static <X> X cast(Object value) {
    return (X) value;
  }
}
