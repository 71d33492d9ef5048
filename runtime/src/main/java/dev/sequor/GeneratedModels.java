package dev.sequor;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.Function;
import org.jooq.Record;
import org.jooq.TableField;

/**
 * The one entry point of the code the Sequor processor generates (as jOOQ's generated code calls its
 * {@code Internal}): each {@code FooModel} class describes its model through {@link #model} and the
 * {@link Model.Builder} it returns, and calls nothing else of the runtime's. Not for hand-written code: its shape
 * follows the processor, and may change with it.
 */
public final class GeneratedModels {

  /** Attribute flag: part of the primary key. */
  public static final int PRIMARY_KEY = 1;
  /** Attribute flag: numbered by the database ({@code SERIAL}); omitted from inserts when {@code null}. */
  public static final int AUTO_INCREMENT = 2;
  /** Attribute flag: {@code NOT NULL}, a {@code null} is rejected before any SQL. */
  public static final int NOT_NULL = 4;
  /** Attribute flag: has a {@code UNIQUE} constraint. */
  public static final int UNIQUE = 8;
  /** Attribute flag: has a database default, used when {@code create} gets {@code null}. */
  public static final int HAS_DEFAULT = 16;
  /** Attribute flag: the model's {@code createdAt} timestamp. */
  public static final int CREATED_AT = 32;
  /** Attribute flag: the model's {@code updatedAt} timestamp. */
  public static final int UPDATED_AT = 64;

  private GeneratedModels() {}

  /**
   * Starts the description of model {@code modelName}, class {@code javaType}, stored in table {@code table};
   * {@code accessor} reads attribute {@code i} (declaration order) of an instance.
   */
  public static <M, K> Model<M, K> model(String modelName, Class<M> javaType, String table,
      AttributeAccessor<? super M> accessor) {
    return new Model<>(modelName, javaType, table, accessor);
  }

  /** A model being described: its attributes in declaration order, then its key and mapper. */
  public static final class Model<M, K> {
    private final String modelName;
    private final Class<M> javaType;
    private final ModelTable table;
    private final AttributeAccessor<? super M> accessor;
    private final List<Attribute<M, ?>> attributes = new ArrayList<>();
    private final List<Attribute<M, ?>> key = new ArrayList<>();
    private Attribute<M, ?> createdAt;
    private Attribute<M, ?> updatedAt;

    private Model(String modelName, Class<M> javaType, String table, AttributeAccessor<? super M> accessor) {
      this.modelName = Objects.requireNonNull(modelName);
      this.javaType = Objects.requireNonNull(javaType);
      this.table = new ModelTable(table);
      this.accessor = Objects.requireNonNull(accessor);
    }

    private <T> TableField<Record, T> field(String column, ColumnType<T> type) {
      return table.column(column, type);
    }

    private <A extends Attribute<M, ?>> A add(A attribute, int flags) {
      attributes.add(attribute);
      if ((flags & PRIMARY_KEY) != 0) {
        key.add(attribute);
      }
      if ((flags & CREATED_AT) != 0) {
        createdAt = attribute;
      }
      if ((flags & UPDATED_AT) != 0) {
        updatedAt = attribute;
      }
      return attribute;
    }

    private int index() {
      return attributes.size();
    }

    /** The next attribute: one without its own operators ({@code byte[]}). */
    public <T> Attribute<M, T> attribute(String name, String column, ColumnType<T> type, int flags) {
      return add(new Attribute<>(modelName, name, field(column, type), type, accessor, index(), flagSet(flags)), flags);
    }

    /** The next attribute: ordered values (dates, times, UUIDs, enums). */
    public <T extends Comparable<? super T>> ComparableAttribute<M, T> comparable(String name, String column,
        ColumnType<T> type, int flags) {
      return add(new ComparableAttribute<>(modelName, name, field(column, type), type, accessor, index(),
          flagSet(flags)), flags);
    }

    /** The next attribute: a number. */
    public <T extends Number & Comparable<? super T>> NumberAttribute<M, T> number(String name, String column,
        ColumnType<T> type, int flags) {
      return add(new NumberAttribute<>(modelName, name, field(column, type), type, accessor, index(),
          flagSet(flags)), flags);
    }

    /** The next attribute: text. */
    public StringAttribute<M> string(String name, String column, int flags) {
      return add(new StringAttribute<>(modelName, name, field(column, ColumnTypes.STRING), ColumnTypes.STRING,
          accessor, index(), flagSet(flags)), flags);
    }

    /** The next attribute: a boolean. */
    public BooleanAttribute<M> bool(String name, String column, int flags) {
      return add(new BooleanAttribute<>(modelName, name, field(column, ColumnTypes.BOOLEAN), ColumnTypes.BOOLEAN,
          accessor, index(), flagSet(flags)), flags);
    }

    /** The next attribute: a PostgreSQL array. */
    public <A, E> ArrayAttribute<M, A, E> array(String name, String column, ArrayColumnType<A, E> type, int flags) {
      return add(new ArrayAttribute<>(modelName, name, field(column, type), type, accessor, index(),
          flagSet(flags)), flags);
    }

    /**
     * The {@code createdAt} column of a model with timestamps whose class does not declare it: usable in criteria,
     * order keys and selects; instances do not hold it.
     */
    public ComparableExpression<M, Instant> createdAt(String column) {
      createdAt = undeclared("createdAt", column);
      return (ComparableAttribute<M, Instant>) createdAt;
    }

    /** The {@code updatedAt} column of a model with timestamps whose class does not declare it. */
    public ComparableExpression<M, Instant> updatedAt(String column) {
      updatedAt = undeclared("updatedAt", column);
      return (ComparableAttribute<M, Instant>) updatedAt;
    }

    private ComparableAttribute<M, Instant> undeclared(String name, String column) {
      return new ComparableAttribute<>(modelName, name, field(column, ColumnTypes.INSTANT), ColumnTypes.INSTANT,
          null, -1, Attribute.Flag.NOT_NULL);
    }

    /** The model of a single-column primary key, whose type is {@code K}, with its generated mapper and factory. */
    public ModelType<M, K> build(RowMapper<M> mapper, Function<Object[], M> factory) {
      return build(mapper, factory, null);
    }

    /**
     * The model, with its generated row {@code mapper} and instance {@code factory}; a composite key's values, in
     * key order, come from {@code compositeKey}.
     */
    @SuppressWarnings("unchecked")
    public ModelType<M, K> build(RowMapper<M> mapper, Function<Object[], M> factory,
        Function<? super K, Object[]> compositeKey) {
      ModelType.Builder<M, K> builder = ModelType.<M, K>builder(modelName, javaType, table)
          .attributes(attributes.toArray(Attribute[]::new));
      if (compositeKey == null) {
        builder.key((Attribute<M, K>) key.get(0));
      } else {
        builder.compositeKey(compositeKey, key.toArray(Attribute[]::new));
      }
      return builder.timestamps(createdAt, updatedAt).mapper(mapper).factory(factory).build();
    }

    private static Attribute.Flag[] flagSet(int flags) {
      List<Attribute.Flag> set = new ArrayList<>(5);
      for (Attribute.Flag flag : Attribute.Flag.values()) {
        if ((flags & (1 << flag.ordinal())) != 0) { // PRIMARY_KEY .. HAS_DEFAULT, in Flag's order
          set.add(flag);
        }
      }
      return set.toArray(Attribute.Flag[]::new);
    }
  }
}
