package dev.sequor.internal;

import dev.sequor.Association;
import dev.sequor.Attribute;
import dev.sequor.Criterion;
import dev.sequor.ModelType;
import dev.sequor.Order;
import dev.sequor.SequorException;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.Supplier;
import org.jooq.Record;
import org.jooq.Table;

/**
 * An association as generated code declares it ({@link Definition}), with the options of one include: its
 * criterion, whether it is required, its nested includes and order keys. Each refinement is a new value over the
 * same definition.
 */
public final class DefaultAssociation<S, T> implements Association<S, T> {

  /**
   * What the declaration says, shared by every refinement. The target model is resolved on first use, from the
   * generated class's {@code MODEL}: reading it while the source's generated class initialises could meet a class
   * that is itself initialising (two models that name each other).
   */
  public static final class Definition {
    private final String name;
    private final Kind kind;
    private final int slot;
    private final Class<?> targetClass;
    private final String foreignKey;
    private final Function<Object, Object> getter;
    private final Join join;
    private volatile ModelType<?, ?> source;
    private volatile ModelType<?, ?> target;
    private volatile Links links;
    private volatile JoinLinks joinLinks;
    private volatile RowReader targetReader;

    Definition(String name, Kind kind, int slot, Class<?> targetClass, String foreignKey,
        Function<Object, Object> getter, Join join) {
      this.name = name;
      this.kind = kind;
      this.slot = slot;
      this.targetClass = targetClass;
      this.foreignKey = foreignKey;
      this.getter = getter;
      this.join = join;
    }

    /** The association's value in {@code instance}: a target instance, a list of them, or null. */
    Object get(Object instance) {
      return getter.apply(instance);
    }

    /** The index of the association's value among the values the generated factory takes. */
    int slot() {
      return slot;
    }

    Kind kind() {
      return kind;
    }

    /** The target model. */
    public ModelType<?, ?> target() {
      ModelType<?, ?> t = target;
      if (t == null) {
        t = modelOf(targetClass);
        target = t;
      }
      return t;
    }

    /** The source model. */
    public ModelType<?, ?> source() {
      return source;
    }

    /** The {@code MODEL} of a generated class. */
    public ModelType<?, ?> modelOf(Class<?> generatedClass) {
      try {
        return (ModelType<?, ?>) generatedClass.getField("MODEL").get(null);
      } catch (ReflectiveOperationException | ClassCastException e) {
        throw new SequorException("Association " + name + " of model " + source.name() + ": cannot read "
            + generatedClass.getName() + ".MODEL: " + e, e);
      }
    }

    /** The join table of a {@code belongsToMany}, resolved once. */
    JoinLinks join() {
      JoinLinks j = joinLinks;
      if (j == null) {
        ModelType<?, ?> joinModel = join.model().apply(this);
        Attribute<?, ?> sourceKey = attribute(joinModel, join.sourceKey());
        Attribute<?, ?> targetKey = attribute(joinModel, join.targetKey());
        Attribute<?, ?> targetPk = singleKey(target());
        @SuppressWarnings("unchecked")
        org.jooq.Field<Object> joined = (org.jooq.Field<Object>) targetKey.field();
        @SuppressWarnings("unchecked")
        org.jooq.Field<Object> pk = (org.jooq.Field<Object>) targetPk.field();
        j = new JoinLinks(joinModel, sourceKey, targetKey, target().table().join(joinModel.table()).on(joined.eq(pk)));
        joinLinks = j;
      }
      return j;
    }

    /** The two columns that pair a source row with its target rows, resolved once. */
    Links links() {
      Links l = links;
      if (l == null) {
        ModelType<?, ?> t = target();
        l = switch (kind) {
          case BELONGS_TO -> new Links(attribute(source, foreignKey), singleKey(t));
          case HAS_ONE, HAS_MANY -> new Links(singleKey(source), attribute(t, foreignKey));
          case BELONGS_TO_MANY -> new Links(singleKey(source), singleKey(t));
        };
        links = l;
      }
      return l;
    }

    private Attribute<?, ?> attribute(ModelType<?, ?> model, String attributeName) {
      return model.attribute(attributeName).orElseThrow(() -> new SequorException("Association " + name
          + " of model " + source.name() + ": model " + model.name() + " has no attribute " + attributeName
          + ": recompile both models with the Sequor processor of this runtime"));
    }

    private Attribute<?, ?> singleKey(ModelType<?, ?> model) {
      if (model.primaryKey().size() != 1) {
        throw new SequorException("Association " + name + " of model " + source.name() + ": model "
            + model.name() + " has a composite key: recompile both models with the Sequor processor of this runtime");
      }
      return model.primaryKey().get(0);
    }

    /** The reader of the target rows its include selects, made by {@code make} on first use. */
    RowReader targetReader(Supplier<RowReader> make) {
      RowReader reader = targetReader;
      if (reader == null) {
        reader = make.get();
        targetReader = reader; // racing threads make equal readers: no lock needed
      }
      return reader;
    }

    /** Binds the association to its source model, once that is built. */
    public void bind(ModelType<?, ?> sourceModel) {
      if (source != null) {
        throw new IllegalStateException("association " + name + " is already bound to " + source);
      }
      source = Objects.requireNonNull(sourceModel);
    }

    @Override
    public String toString() {
      return "association " + name + " of model " + (source == null ? "?" : source.name());
    }
  }

  /**
   * The source column and the target column whose values pair rows: for {@code belongsTo} the source's foreign
   * key and the target's key; for {@code hasOne}/{@code hasMany} the source's key and the target's foreign key.
   */
  record Links(Attribute<?, ?> source, Attribute<?, ?> target) {}

  /**
   * How a {@code belongsToMany} finds its join table: the join model, made from the {@link Definition} once both
   * models are known, and the names of its attributes holding the source's and the target's key.
   */
  public record Join(Function<Definition, ModelType<?, ?>> model, String sourceKey, String targetKey) {}

  /**
   * A {@code belongsToMany}'s join model and its two key attributes, and the target's table joined with it on the
   * target's key: what its include selects from.
   */
  record JoinLinks(ModelType<?, ?> model, Attribute<?, ?> sourceKey, Attribute<?, ?> targetKey,
      Table<Record> targetJoined) {}

  private final Definition definition;
  private final Criterion<T> criterion;
  /** Null until given: then required exactly when there is a criterion, as in Sequelize. */
  private final Boolean required;
  private final List<Association<T, ?>> includes;
  private final List<Order<T>> order;

  private DefaultAssociation(Definition definition, Criterion<T> criterion, Boolean required,
      List<Association<T, ?>> includes, List<Order<T>> order) {
    this.definition = definition;
    this.criterion = criterion;
    this.required = required;
    this.includes = includes;
    this.order = order;
  }

  /** The association as declared, with no include options. */
  public static <S, T> DefaultAssociation<S, T> declare(String name, Kind kind, int slot, Class<?> targetClass,
      String foreignKey, Function<Object, Object> getter, Join join) {
    return new DefaultAssociation<>(new Definition(name, kind, slot, targetClass, foreignKey, getter, join), null, null,
        List.of(), List.of());
  }

  /** What {@code instance} holds for this association: a target instance, a list of them, or null. */
  public Object valueIn(S instance) {
    return definition.get(instance);
  }

  /** The declaration this association refines. */
  public Definition definition() {
    return definition;
  }

  @Override
  public String name() {
    return definition.name;
  }

  @Override
  public Kind kind() {
    return definition.kind;
  }

  @Override
  @SuppressWarnings("unchecked")
  public ModelType<S, ?> source() {
    return (ModelType<S, ?>) definition.source;
  }

  @Override
  @SuppressWarnings("unchecked")
  public ModelType<T, ?> target() {
    return (ModelType<T, ?>) definition.target();
  }

  @Override
  public Association<S, T> where(Criterion<T> c) {
    Objects.requireNonNull(c, "criterion");
    return new DefaultAssociation<>(definition, criterion == null ? c : criterion.and(c), required, includes, order);
  }

  @Override
  public Association<S, T> required(boolean isRequired) {
    return new DefaultAssociation<>(definition, criterion, isRequired, includes, order);
  }

  @Override
  public Association<S, T> include(Association<T, ?> nested) {
    Objects.requireNonNull(nested, "nested");
    return new DefaultAssociation<>(definition, criterion, required, append(includes, nested), order);
  }

  @Override
  public Association<S, T> order(Order<T> key) {
    return new DefaultAssociation<>(definition, criterion, required, includes, append(order, SqlTree.orderKey(key)));
  }

  private static <E> List<E> append(List<E> list, E element) {
    List<E> all = new ArrayList<>(list);
    all.add(element);
    return List.copyOf(all);
  }

  @Override
  public Optional<Criterion<T>> criterion() {
    return Optional.ofNullable(criterion);
  }

  @Override
  public boolean isRequired() {
    return required != null ? required : criterion != null;
  }

  @Override
  public List<Association<T, ?>> includes() {
    return includes;
  }

  @Override
  public List<Order<T>> orderKeys() {
    return order;
  }

  @Override
  public String toString() {
    return definition.toString();
  }
}
