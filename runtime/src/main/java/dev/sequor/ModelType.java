package dev.sequor;

import dev.sequor.internal.DefaultAssociation;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;
import org.jooq.Record;
import org.jooq.Table;

/**
 * Everything the runtime knows about one model: its name, table, attributes in column order, primary key,
 * timestamp columns and generated row mapper. Each generated {@code FooModel} exposes one as
 * {@code FooModel.MODEL}; pass it to {@link Sequor#repository} to query the table.
 *
 * @param <M> the model type
 * @param <K> the primary key type: the key attribute's type, or the generated {@code FooModel.Key} record
 *     for a composite key
 */
public final class ModelType<M, K> {

  private final String name;
  private final Class<M> javaType;
  private final Table<Record> table;
  private final List<Attribute<M, ?>> attributes;
  private final List<Attribute<M, ?>> primaryKey;
  private final Function<? super K, Object[]> keyValues;
  private final Attribute<M, ?> createdAt;
  private final Attribute<M, ?> updatedAt;
  private final RowMapper<M> mapper;
  private final Function<Object[], M> factory;
  private final List<Association<M, ?>> associations;

  private ModelType(Builder<M, K> b) {
    this.name = b.name;
    this.javaType = b.javaType;
    this.table = b.table;
    this.attributes = List.copyOf(b.attributes);
    this.primaryKey = List.copyOf(b.primaryKey);
    this.keyValues = b.keyValues;
    this.createdAt = b.createdAt;
    this.updatedAt = b.updatedAt;
    this.mapper = b.mapper;
    this.factory = b.factory;
    this.associations = List.copyOf(b.associations);
  }

  /** Starts a model description; generated code describes its models through {@link GeneratedModels}. */
  static <M, K> Builder<M, K> builder(String name, Class<M> javaType, Table<Record> table) {
    return new Builder<>(name, javaType, table);
  }

  /** The model's name ({@code @Model.modelName}), used in messages. */
  public String name() {
    return name;
  }

  /** The model's Java class. */
  public Class<M> javaType() {
    return javaType;
  }

  /** The jOOQ table, for use in jOOQ's DSL with the attributes' {@link Attribute#field() fields}. */
  public Table<Record> table() {
    return table;
  }

  /** The persistent attributes in column order: the order of the select list the {@link #mapper()} reads. */
  public List<Attribute<M, ?>> attributes() {
    return attributes;
  }

  /**
   * The associations the model declares, in declaration order ({@code OrderModel.CUSTOMER}, ...): what
   * {@link Query#include} loads.
   */
  public List<Association<M, ?>> associations() {
    return associations;
  }

  /** The primary key attributes (several for a composite key). */
  public List<Attribute<M, ?>> primaryKey() {
    return primaryKey;
  }

  /** The values of a key, in the order of {@link #primaryKey()}. */
  public Object[] keyValues(K key) {
    return keyValues.apply(key);
  }

  /**
   * The {@code createdAt} column, when the model has timestamps: one of {@link #attributes()} when the class
   * declares it, else an attribute of the table alone (its {@link Attribute#get} throws: instances do not hold it).
   */
  public Optional<Attribute<M, ?>> createdAt() {
    return Optional.ofNullable(createdAt);
  }

  /** The {@code updatedAt} column, when the model has timestamps; as {@link #createdAt()}. */
  public Optional<Attribute<M, ?>> updatedAt() {
    return Optional.ofNullable(updatedAt);
  }

  /** The generated row mapper. */
  public RowMapper<M> mapper() {
    return mapper;
  }

  /**
   * A new instance from the values of its attributes: {@code values[i]} is the value of {@code attributes().get(i)}
   * (declaration order, the order the {@link #mapper()} reads), each of that attribute's Java type or {@code null}.
   * Used to build instances from data, for example seed files, with the generated factory. The values may go on
   * with one per {@linkplain #associations() association}, in that order; without them, the associations are
   * {@code null}.
   *
   * @throws IllegalArgumentException when {@code values} does not hold one value per attribute (and, optionally,
   *     one per association)
   */
  public M newInstance(Object[] values) {
    int width = attributes.size() + associations.size();
    if (values.length == width) {
      return factory.apply(values);
    }
    if (values.length != attributes.size()) {
      throw new IllegalArgumentException("model " + name + " has " + attributes.size() + " attributes"
          + (associations.isEmpty() ? "" : " and " + associations.size() + " associations") + ", found "
          + values.length + " values");
    }
    return factory.apply(Arrays.copyOf(values, width));
  }

  /** The attribute named {@code name}, if there is one. */
  public Optional<Attribute<M, ?>> attribute(String name) {
    return attributes.stream().filter(a -> a.name().equals(name)).findFirst();
  }

  /**
   * The instance as a map from attribute name to value, in column order (Sequelize's {@code get({plain: true})}),
   * then each association it holds (one a find included), by its name: the target's map, or a list of them.
   */
  public Map<String, Object> toMap(M instance) {
    Map<String, Object> map = new LinkedHashMap<>();
    for (Attribute<M, ?> a : attributes) {
      map.put(a.name(), a.get(instance));
    }
    for (Association<M, ?> association : associations) {
      Object value = ((DefaultAssociation<M, ?>) association).valueIn(instance);
      if (value instanceof List<?> targets) {
        List<Object> maps = new ArrayList<>(targets.size());
        for (Object target : targets) {
          maps.add(mapOf(association.target(), target));
        }
        map.put(association.name(), Collections.unmodifiableList(maps));
      } else if (value != null) {
        map.put(association.name(), mapOf(association.target(), value));
      }
    }
    return Collections.unmodifiableMap(map);
  }

  @SuppressWarnings("unchecked")
  private static <T> Map<String, Object> mapOf(ModelType<T, ?> model, Object instance) {
    return model.toMap((T) instance);
  }

  /**
   * The instance as a JSON object keyed by attribute names (Sequelize's {@code toJSON()}): numbers as
   * numbers, dates and times in ISO-8601, UUIDs and enums as strings, bytes in base64, a {@link Json} attribute as
   * its JSON value (not a string); then the associations it holds, as nested objects and arrays.
   */
  public String toJSON(M instance) {
    return dev.sequor.internal.format.Json.write(toMap(instance), Json::verbatim);
  }

  @Override
  public String toString() {
    return name + " (table " + table.getName() + ")";
  }

  /** Collects a model description. */
  static final class Builder<M, K> {
    private final String name;
    private final Class<M> javaType;
    private final Table<Record> table;
    private List<Attribute<M, ?>> attributes = List.of();
    private List<Attribute<M, ?>> primaryKey = List.of();
    private Function<? super K, Object[]> keyValues;
    private Attribute<M, ?> createdAt;
    private Attribute<M, ?> updatedAt;
    private RowMapper<M> mapper;
    private Function<Object[], M> factory;
    private List<Association<M, ?>> associations = List.of();

    private Builder(String name, Class<M> javaType, Table<Record> table) {
      this.name = Objects.requireNonNull(name);
      this.javaType = Objects.requireNonNull(javaType);
      this.table = Objects.requireNonNull(table);
    }

    /** The persistent attributes, in column order. */
    @SafeVarargs
    public final Builder<M, K> attributes(Attribute<M, ?>... attributes) {
      this.attributes = Arrays.asList(attributes);
      return this;
    }

    /** A single-column primary key; {@code K} is the attribute's type. */
    public Builder<M, K> key(Attribute<M, K> key) {
      this.primaryKey = List.of(key);
      this.keyValues = k -> new Object[] {k};
      return this;
    }

    /** A composite primary key; {@code values} lists a key's values in the order of {@code keys}. */
    @SafeVarargs
    public final Builder<M, K> compositeKey(Function<? super K, Object[]> values, Attribute<M, ?>... keys) {
      this.primaryKey = Arrays.asList(keys);
      this.keyValues = values;
      return this;
    }

    /** The timestamp columns. */
    public Builder<M, K> timestamps(Attribute<M, ?> createdAt, Attribute<M, ?> updatedAt) {
      this.createdAt = createdAt;
      this.updatedAt = updatedAt;
      return this;
    }

    /** The generated row mapper. */
    public Builder<M, K> mapper(RowMapper<M> mapper) {
      this.mapper = mapper;
      return this;
    }

    /**
     * Builds an instance from its attribute values, one per attribute in the order of {@link #attributes}, each
     * of the attribute's Java type or {@code null}: generated code supplies
     * {@code values -> new Product((Long) values[0], (String) values[1], ...)}.
     */
    public Builder<M, K> factory(Function<Object[], M> factory) {
      this.factory = factory;
      return this;
    }

    /** The associations, in declaration order; the factory takes their values after the attributes'. */
    public Builder<M, K> associations(List<Association<M, ?>> associations) {
      this.associations = associations;
      return this;
    }

    public ModelType<M, K> build() {
      if (primaryKey.isEmpty() || keyValues == null || mapper == null || factory == null) {
        throw new IllegalStateException("model " + name + " needs a primary key, a mapper and a factory");
      }
      return new ModelType<>(this);
    }
  }
}
