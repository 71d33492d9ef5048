package dev.sequor;

import dev.sequor.internal.ColumnTypeImpls;
import dev.sequor.internal.DefaultAssociation;
import dev.sequor.internal.RowReader;
import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import java.lang.invoke.CallSite;
import java.lang.invoke.LambdaMetafactory;
import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.lang.reflect.RecordComponent;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;

/**
 * The one entry point of the code the Sequor processor generates (as jOOQ's generated code calls its
 * {@code Internal}): each {@code FooModel} class describes its model through {@link #model} and the
 * {@link Model} it returns, and calls nothing else of the runtime's. Not for hand-written code: its shape follows the
 * processor, and may change with it.
 *
 * <p>A model is described by one spec string, parsed once when {@code FooModel} initialises, rather than by one call
 * with many arguments per attribute, which javac compiles several times more slowly. Per attribute, in declaration
 * order and separated by {@code ;}: {@code name:column:TYPE:flags[:getter]}, where
 * <ul>
 *   <li>{@code TYPE} is a {@link ColumnTypes} constant's name ({@code LONG}, {@code STRING}, {@code TEXT}, …),
 *       {@code ENUM(pg_type)}, {@code ARRAY(ELEMENT)} or {@code LIST(ELEMENT)};
 *   <li>{@code flags}, comma-separated and possibly none: {@code pk} (primary key), {@code ai} (auto-increment),
 *       {@code nn} (not null), {@code uq} (unique), {@code df} (has a database default), {@code ca} / {@code ua}
 *       (the model's {@code createdAt} / {@code updatedAt});
 *   <li>{@code getter}, for a class model, the accessor's name (a record's is the component's).
 * </ul>
 * Names and columns are SQL identifiers, which the processor checked: no {@code :} nor {@code ;}.
 *
 * <p>Associations follow the attributes, each described with the target's generated class and a spec that ends
 * with {@code [:getter]} for a class model: {@link Model#association} for {@code name:KIND:foreignKey} (the alias, an
 * {@link Association.Kind} constant's name and the foreign key attribute, of the source for {@code BELONGS_TO}, of
 * the target otherwise), {@link Model#belongsToMany(int, Class, String)} for a join table the migrations create,
 * {@code name:table:foreignKeyColumn:otherKeyColumn:createdAtColumn:updatedAtColumn}, and
 * {@link Model#belongsToMany(int, Class, Class, String)} for a join model, {@code name:foreignKey:otherKey}. The
 * generated {@code create} takes their values after the attributes', in that order.
 *
 * <p>Rows are mapped without reflection: each column is read by its column type and the generated {@code create}
 * builds the instance. Attribute values are read from instances through method handles found once here, with the
 * generated class's lookup, so that package-private models work too.
 */
public final class GeneratedModels {

  private GeneratedModels() {}

  /**
   * Marks a generated {@code FooModel} as the companion of the model {@link #value}. The processor writes the
   * companions one model at a time (so that Gradle can regenerate only the changed ones), and reads this mark to
   * find every model of the project for what it writes from them all: the pending migration, the model list. Of
   * {@code CLASS} retention, so that it is read from the class files of the companions a build did not recompile.
   */
  @Documented
  @Target(ElementType.TYPE)
  @Retention(RetentionPolicy.CLASS)
  public @interface CompanionOf {

    /** The {@code @Model} class this companion describes. */
    Class<?> value();
  }

  /**
   * Parses the spec of model {@code modelName}, class {@code javaType}, stored in table {@code table}; {@code lookup}
   * is the generated class's, which can read the model's accessors.
   */
  public static <M> Model<M> model(MethodHandles.Lookup lookup, Class<M> javaType, String modelName, String table,
      String spec) {
    return new Model<>(lookup, javaType, modelName, table, spec);
  }

  /**
   * The model of a join table that a {@code belongsToMany} names with {@code through}: its rows are {@code Object[]}s
   * of the two keys (the primary key, of the types of the keys they hold) and the two timestamps; its attributes are
   * named after their columns.
   */
  private static ModelType<Object[], Object[]> joinTable(String table, String sourceColumn, ModelType<?, ?> source,
      String targetColumn, ModelType<?, ?> target, String createdAtColumn, String updatedAtColumn) {
    ModelTable jooqTable = new ModelTable(table);
    AttributeAccessor<Object[]> accessor = (row, index) -> row[index];
    ColumnType<?>[] types = {source.primaryKey().get(0).type(), target.primaryKey().get(0).type(),
        ColumnTypes.INSTANT, ColumnTypes.INSTANT};
    String[] columns = {sourceColumn, targetColumn, createdAtColumn, updatedAtColumn};
    List<Attribute<Object[], ?>> attributes = new ArrayList<>();
    for (int i = 0; i < columns.length; i++) {
      attributes.add(i < 2
          ? joinAttribute(table, columns[i], jooqTable, types[i], accessor, i, Attribute.Flag.PRIMARY_KEY,
              Attribute.Flag.NOT_NULL)
          : joinAttribute(table, columns[i], jooqTable, types[i], accessor, i, Attribute.Flag.NOT_NULL));
    }
    Function<Object[], Object[]> factory = Object[]::clone;
    @SuppressWarnings("unchecked")
    Attribute<Object[], ?>[] all = attributes.toArray(Attribute[]::new);
    return ModelType.<Object[], Object[]>builder(table, Object[].class, jooqTable)
        .attributes(all)
        .compositeKey(key -> key, all[0], all[1])
        .timestamps(all[2], all[3])
        .mapper(RowReader.of(List.of(types)).mapper(factory))
        .factory(factory)
        .build();
  }

  private static <T> Attribute<Object[], T> joinAttribute(String table, String column, ModelTable jooqTable,
      ColumnType<T> type, AttributeAccessor<Object[]> accessor, int index, Attribute.Flag... flags) {
    return new Attribute<>(table, column, jooqTable.column(column, type), type, accessor, index, flags);
  }

  /** A model being described: its attributes, by index in declaration order, then the model itself. */
  public static final class Model<M> {

    /** One attribute of the spec. */
    private record Column(String name, String column, String type, List<String> flags, String getter) {}

    private static final Map<String, ColumnType<?>> COLUMN_TYPES = Map.ofEntries(
        Map.entry("STRING", ColumnTypes.STRING), Map.entry("INTEGER", ColumnTypes.INTEGER),
        Map.entry("LONG", ColumnTypes.LONG), Map.entry("SHORT", ColumnTypes.SHORT),
        Map.entry("BOOLEAN", ColumnTypes.BOOLEAN), Map.entry("BIG_DECIMAL", ColumnTypes.BIG_DECIMAL),
        Map.entry("DOUBLE", ColumnTypes.DOUBLE), Map.entry("FLOAT", ColumnTypes.FLOAT),
        Map.entry("INSTANT", ColumnTypes.INSTANT), Map.entry("OFFSET_DATE_TIME", ColumnTypes.OFFSET_DATE_TIME),
        Map.entry("LOCAL_DATE", ColumnTypes.LOCAL_DATE), Map.entry("LOCAL_TIME", ColumnTypes.LOCAL_TIME),
        Map.entry("LOCAL_DATE_TIME", ColumnTypes.LOCAL_DATE_TIME), Map.entry("UUID", ColumnTypes.UUID),
        Map.entry("BYTES", ColumnTypes.BYTES), Map.entry("TEXT", ColumnTypes.TEXT), Map.entry("JSON", ColumnTypes.JSON));

    /** The generated class's: it reads the model's accessors and finds the generated {@code create}. */
    private final MethodHandles.Lookup lookup;
    private final Class<M> javaType;
    private final String modelName;
    private final ModelTable table;
    private final List<Column> columns;
    private final MethodHandle[] getters;
    private final Class<?>[] javaTypes;
    private final Attribute<M, ?>[] attributes;
    private final AttributeAccessor<M> accessor;
    private Attribute<M, ?> createdAt;
    private Attribute<M, ?> updatedAt;
    private final List<DefaultAssociation<M, ?>> associations = new ArrayList<>();

    @SuppressWarnings("unchecked")
    private Model(MethodHandles.Lookup lookup, Class<M> javaType, String modelName, String table, String spec) {
      this.lookup = Objects.requireNonNull(lookup);
      this.javaType = Objects.requireNonNull(javaType);
      this.modelName = Objects.requireNonNull(modelName);
      this.table = new ModelTable(table);
      this.columns = parse(spec);
      this.getters = new MethodHandle[columns.size()];
      this.javaTypes = new Class<?>[columns.size()];
      @SuppressWarnings("unchecked") // an array of a generic type can only be made raw
      Attribute<M, ?>[] attributes = (Attribute<M, ?>[]) new Attribute<?, ?>[columns.size()];
      this.attributes = attributes;
      for (int i = 0; i < getters.length; i++) {
        Method accessorMethod = accessor(javaType, columns.get(i).name(), columns.get(i).getter());
        javaTypes[i] = accessorMethod.getReturnType();
        getters[i] = handle(accessorMethod);
      }
      MethodHandle[] handles = getters;
      this.accessor = (instance, index) -> {
        try {
          return handles[index].invokeExact((Object) instance);
        } catch (RuntimeException | Error e) {
          throw e;
        } catch (Throwable e) {
          throw new IllegalStateException("the accessor of attribute " + index + " threw " + e, e);
        }
      };
    }

    private static List<Column> parse(String spec) {
      List<Column> columns = new ArrayList<>();
      for (String attribute : spec.split(";")) {
        String[] parts = attribute.split(":", -1);
        if (parts.length < 4 || parts.length > 5) {
          throw new IllegalArgumentException("not an attribute spec 'name:column:TYPE:flags[:getter]': " + attribute);
        }
        List<String> flags = parts[3].isEmpty() ? List.of() : List.of(parts[3].split(","));
        columns.add(new Column(parts[0], parts[1], parts[2], flags, parts.length == 5 ? parts[4] : parts[0]));
      }
      return List.copyOf(columns);
    }

    /** An accessor as a handle taking and returning {@code Object}, found with the generated class's lookup. */
    private MethodHandle handle(Method accessorMethod) {
      try {
        return lookup.unreflect(accessorMethod).asType(MethodType.methodType(Object.class, Object.class));
      } catch (IllegalAccessException e) {
        throw new SequorException("Model " + modelName + ": its accessor " + accessorMethod.getName()
            + "() cannot be read from " + lookup.lookupClass().getName() + ": " + e.getMessage(), e);
      }
    }

    /** The accessor {@code getter} of {@code attribute}: a record's component accessor, or the class's getter. */
    private static Method accessor(Class<?> type, String attribute, String getter) {
      if (type.isRecord()) {
        for (RecordComponent component : type.getRecordComponents()) {
          if (component.getName().equals(getter)) {
            return component.getAccessor();
          }
        }
      }
      for (Class<?> c = type; c != null; c = c.getSuperclass()) {
        for (Method m : c.getDeclaredMethods()) {
          if (m.getName().equals(getter) && m.getParameterCount() == 0 && !Modifier.isStatic(m.getModifiers())) {
            return m;
          }
        }
      }
      throw new SequorException("Model " + type.getName() + " has no accessor " + getter + "() for attribute "
          + attribute + ": recompile it with the Sequor processor of this runtime");
    }

    /** The column type of attribute {@code index}: from the spec, with the Java type the accessor returns. */
    @SuppressWarnings({"unchecked", "rawtypes"})
    private ColumnType<?> columnType(int index) {
      String type = columns.get(index).type();
      ColumnType<?> simple = COLUMN_TYPES.get(type);
      if (simple != null) {
        return simple;
      }
      if (type.startsWith("ENUM(") && type.endsWith(")")) {
        return ColumnTypes.enumType((Class) boxed(javaTypes[index]), type.substring(5, type.length() - 1));
      }
      if ((type.startsWith("ARRAY(") || type.startsWith("LIST(")) && type.endsWith(")")) {
        ColumnType<?> element = COLUMN_TYPES.get(type.substring(type.indexOf('(') + 1, type.length() - 1));
        if (element != null) {
          return type.startsWith("LIST(") ? ColumnTypeImpls.list(element) : ColumnTypeImpls.array((ColumnType) element,
              n -> (Object[]) java.lang.reflect.Array.newInstance(element.javaType(), n));
        }
      }
      throw new IllegalArgumentException("model " + modelName + ", attribute " + columns.get(index).name()
          + ": unknown column type " + type);
    }

    private static Class<?> boxed(Class<?> type) {
      return MethodType.methodType(type).wrap().returnType();
    }

    private <A extends Attribute<M, ?>> A add(int index, A attribute) {
      attributes[index] = attribute;
      List<String> flags = columns.get(index).flags();
      if (flags.contains("ca")) {
        createdAt = attribute;
      }
      if (flags.contains("ua")) {
        updatedAt = attribute;
      }
      return attribute;
    }

    private Attribute.Flag[] flags(int index) {
      List<Attribute.Flag> set = new ArrayList<>(5);
      for (String flag : columns.get(index).flags()) {
        switch (flag) {
          case "pk" -> set.add(Attribute.Flag.PRIMARY_KEY);
          case "ai" -> set.add(Attribute.Flag.AUTO_INCREMENT);
          case "nn" -> set.add(Attribute.Flag.NOT_NULL);
          case "uq" -> set.add(Attribute.Flag.UNIQUE);
          case "df" -> set.add(Attribute.Flag.HAS_DEFAULT);
          case "ca", "ua" -> { }
          default -> throw new IllegalArgumentException("model " + modelName + ": unknown attribute flag " + flag);
        }
      }
      return set.toArray(Attribute.Flag[]::new);
    }

    @SuppressWarnings("unchecked")
    private <T> ColumnType<T> type(int index) {
      return (ColumnType<T>) columnType(index);
    }

    private String name(int index) {
      return columns.get(index).name();
    }

    private <T> org.jooq.TableField<org.jooq.Record, T> field(int index, ColumnType<T> type) {
      return table.column(columns.get(index).column(), type);
    }

    /** Attribute {@code index}: one without operators of its own ({@code byte[]}). */
    public <T> Attribute<M, T> attribute(int index) {
      ColumnType<T> type = type(index);
      return add(index, new Attribute<>(modelName, name(index), field(index, type), type, accessor, index, flags(index)));
    }

    /** Attribute {@code index}: ordered values (dates, times, UUIDs, enums). */
    public <T extends Comparable<? super T>> ComparableAttribute<M, T> comparable(int index) {
      ColumnType<T> type = type(index);
      return add(index, new ComparableAttribute<>(modelName, name(index), field(index, type), type, accessor, index,
          flags(index)));
    }

    /** Attribute {@code index}: a number. */
    public <T extends Number & Comparable<? super T>> NumberAttribute<M, T> number(int index) {
      ColumnType<T> type = type(index);
      return add(index, new NumberAttribute<>(modelName, name(index), field(index, type), type, accessor, index,
          flags(index)));
    }

    /** Attribute {@code index}: text ({@code STRING} or {@code TEXT}). */
    public StringAttribute<M> string(int index) {
      ColumnType<String> type = type(index);
      return add(index, new StringAttribute<>(modelName, name(index), field(index, type), type, accessor, index,
          flags(index)));
    }

    /** Attribute {@code index}: a JSON value. */
    public JsonAttribute<M> json(int index) {
      return add(index, new JsonAttribute<>(modelName, name(index), field(index, ColumnTypes.JSON), ColumnTypes.JSON,
          accessor, index, flags(index)));
    }

    /** Attribute {@code index}: a boolean. */
    public BooleanAttribute<M> bool(int index) {
      return add(index, new BooleanAttribute<>(modelName, name(index), field(index, ColumnTypes.BOOLEAN),
          ColumnTypes.BOOLEAN, accessor, index, flags(index)));
    }

    /** Attribute {@code index}: a PostgreSQL array. */
    @SuppressWarnings("unchecked")
    public <A, E> ArrayAttribute<M, A, E> array(int index) {
      ArrayColumnType<A, E> type = (ArrayColumnType<A, E>) columnType(index);
      return add(index, new ArrayAttribute<>(modelName, name(index), field(index, type), type, accessor, index,
          flags(index)));
    }

    /**
     * The {@code createdAt} column of a model with timestamps whose class does not declare it: usable in criteria,
     * order keys and selects; instances do not hold it.
     */
    public ComparableExpression<M, Instant> createdAt(String column) {
      ComparableAttribute<M, Instant> attribute = undeclared("createdAt", column);
      createdAt = attribute;
      return attribute;
    }

    /** The {@code updatedAt} column of a model with timestamps whose class does not declare it. */
    public ComparableExpression<M, Instant> updatedAt(String column) {
      ComparableAttribute<M, Instant> attribute = undeclared("updatedAt", column);
      updatedAt = attribute;
      return attribute;
    }

    private ComparableAttribute<M, Instant> undeclared(String name, String column) {
      return new ComparableAttribute<>(modelName, name, table.column(column, ColumnTypes.INSTANT),
          ColumnTypes.INSTANT, null, -1, Attribute.Flag.NOT_NULL);
    }

    /**
     * Association {@code index} (0 for the first), whose target model's generated class is {@code targetModel}, as
     * {@code name:KIND:foreignKey}. The target is read from {@code targetModel.MODEL} on first use, not here: two
     * models that name each other would each wait for the other's class to initialise.
     */
    public <T> Association<M, T> association(int index, Class<?> targetModel, String spec) {
      String[] parts = associationSpec(index, spec, 3, "name:KIND:foreignKey");
      return add(DefaultAssociation.declare(parts[0], Association.Kind.valueOf(parts[1]), attributes.length + index,
          Objects.requireNonNull(targetModel), parts[2], associationGetter(parts, 3), null));
    }

    /**
     * A {@code belongsToMany} association through a join table the migrations create, as
     * {@code name:table:foreignKeyColumn:otherKeyColumn:createdAtColumn:updatedAtColumn}: the runtime describes the
     * table itself, its keys of the types of the two models' keys.
     */
    public <T> Association<M, T> belongsToMany(int index, Class<?> targetModel, String spec) {
      String[] parts = associationSpec(index, spec, 6,
          "name:table:foreignKeyColumn:otherKeyColumn:createdAt:updatedAt");
      DefaultAssociation.Join join = new DefaultAssociation.Join(
          d -> joinTable(parts[1], parts[2], d.source(), parts[3], d.target(), parts[4], parts[5]), parts[2], parts[3]);
      return add(DefaultAssociation.declare(parts[0], Association.Kind.BELONGS_TO_MANY, attributes.length + index,
          Objects.requireNonNull(targetModel), null, associationGetter(parts, 6), join));
    }

    /** A {@code belongsToMany} association through a join model, as {@code name:foreignKey:otherKey}. */
    public <T> Association<M, T> belongsToMany(int index, Class<?> targetModel, Class<?> joinModel, String spec) {
      String[] parts = associationSpec(index, spec, 3, "name:foreignKey:otherKey");
      Objects.requireNonNull(joinModel);
      DefaultAssociation.Join join = new DefaultAssociation.Join(d -> d.modelOf(joinModel), parts[1], parts[2]);
      return add(DefaultAssociation.declare(parts[0], Association.Kind.BELONGS_TO_MANY, attributes.length + index,
          Objects.requireNonNull(targetModel), null, associationGetter(parts, 3), join));
    }

    private String[] associationSpec(int index, String spec, int parts, String format) {
      if (index != associations.size()) {
        throw new IllegalStateException("model " + modelName + ": association " + index + " described after "
            + associations.size());
      }
      String[] split = spec.split(":", -1);
      if (split.length != parts && split.length != parts + 1) {
        throw new IllegalArgumentException("not an association spec '" + format + "[:getter]': " + spec);
      }
      return split;
    }

    /** Reads the association's attribute from instances, through the accessor found once with the lookup. */
    private Function<Object, Object> associationGetter(String[] parts, int getterPart) {
      String name = parts[0];
      MethodHandle handle = handle(accessor(javaType, name, parts.length > getterPart ? parts[getterPart] : name));
      return instance -> {
        try {
          return handle.invokeExact(instance);
        } catch (RuntimeException | Error e) {
          throw e;
        } catch (Throwable e) {
          throw new IllegalStateException("the accessor of association " + name + " threw " + e, e);
        }
      };
    }

    private <T> Association<M, T> add(DefaultAssociation<M, T> association) {
      associations.add(association);
      return association;
    }

    /**
     * The values of {@code instance}'s attributes, then of its associations, in the order the generated
     * {@code create} takes them: what the generated {@code builder(from)} starts from. Read through the accessors
     * found once here.
     */
    public Object[] values(M instance) {
      Objects.requireNonNull(instance, () -> "model " + modelName + ": no instance to copy");
      Object[] values = new Object[attributes.length + associations.size()];
      for (int i = 0; i < attributes.length; i++) {
        values[i] = accessor.get(instance, i);
      }
      for (int i = 0; i < associations.size(); i++) {
        values[attributes.length + i] = associations.get(i).valueIn(instance);
      }
      return values;
    }

    /**
     * The model of a single-column primary key, whose type is {@code K}. Instances are built by the generated class's
     * {@code private static M create(Object[] values)} (attribute values in declaration order), found through its
     * lookup: a method reference here would cost javac more than the lookup costs at run time.
     */
    public <K> ModelType<M, K> build() {
      return build(null);
    }

    /** The model of a composite key, whose values, in key order, come from {@code compositeKey}. */
    @SuppressWarnings("unchecked")
    public <K> ModelType<M, K> build(Function<? super K, Object[]> compositeKey) {
      List<Attribute<M, ?>> key = new ArrayList<>();
      for (int i = 0; i < attributes.length; i++) {
        if (attributes[i] == null) {
          throw new IllegalStateException("model " + modelName + ": attribute " + name(i) + " was never described");
        }
        if (columns.get(i).flags().contains("pk")) {
          key.add(attributes[i]);
        }
      }
      if ((compositeKey != null) != (key.size() > 1)) {
        // a class generated by an older processor passed its factory here: build(Function) erases alike
        throw new IllegalStateException(lookup.lookupClass().getName() + " describes a " + key.size()
            + "-column key " + (compositeKey == null ? "without" : "with") + " a key function: it was not generated"
            + " by this version of the Sequor processor; recompile it");
      }
      ModelType.Builder<M, K> builder = ModelType.<M, K>builder(modelName, javaType, table).attributes(attributes);
      if (compositeKey == null) {
        builder.key((Attribute<M, K>) key.get(0));
      } else {
        builder.compositeKey(compositeKey, key.toArray(Attribute[]::new));
      }
      Function<Object[], M> factory = factory();
      ModelType<M, K> model = builder.timestamps(createdAt, updatedAt).mapper(mapper(factory)).factory(factory)
          .associations(List.<Association<M, ?>>copyOf(associations)).build();
      for (DefaultAssociation<M, ?> association : associations) {
        association.definition().bind(model);
      }
      return model;
    }

    /**
     * The generated {@code create(Object[])} as a {@code Function}, made as javac makes a method reference (one
     * class, spun once), so that mapping a row calls it as directly.
     */
    @SuppressWarnings("unchecked")
    private Function<Object[], M> factory() {
      MethodType createType = MethodType.methodType(javaType, Object[].class);
      MethodHandle create;
      try {
        create = lookup.findStatic(lookup.lookupClass(), "create", createType);
      } catch (NoSuchMethodException | IllegalAccessException e) {
        throw new IllegalStateException(lookup.lookupClass().getName() + " has no static " + javaType.getSimpleName()
            + " create(Object[]): it was not generated by this version of the Sequor processor; recompile it", e);
      }
      try {
        CallSite site = LambdaMetafactory.metafactory(lookup, "apply", MethodType.methodType(Function.class),
            MethodType.methodType(Object.class, Object.class), create, createType);
        return (Function<Object[], M>) site.getTarget().invoke();
      } catch (Error e) {
        throw e;
      } catch (Throwable e) {
        throw new IllegalStateException("Cannot make the factory of model " + modelName + " from "
            + lookup.lookupClass().getName() + ".create: " + e, e);
      }
    }

    /** Reads each column by its attribute's column type, then builds the instance: no reflection per row. */
    private RowMapper<M> mapper(Function<Object[], M> factory) {
      List<ColumnType<?>> types = new ArrayList<>(attributes.length);
      for (Attribute<M, ?> attribute : attributes) {
        types.add(attribute.type());
      }
      return RowReader.of(types, types.size() + associations.size()).mapper(factory);
    }

    @Override
    public String toString() {
      return "model " + modelName + " (" + javaType.getName() + ")";
    }
  }
}
