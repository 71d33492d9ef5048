package dev.sequor;

import dev.sequor.internal.SqlTree;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.Objects;
import java.util.Set;
import org.jooq.Record;
import org.jooq.TableField;

/**
 * A persistent attribute of model {@code M} with Java type {@code T}: its column, its jOOQ field and the
 * typed operators that build criteria. Generated {@code FooModel} classes hold one constant per attribute;
 * operators accept only values of {@code T}, so {@code PRICE.gt("x")} does not compile.
 *
 * <p>Subclasses add the operators that make sense for the type: {@link ComparableAttribute} for ordered
 * values (dates, UUIDs, enums), {@link NumberAttribute} for numbers, {@link StringAttribute} for text,
 * {@link BooleanAttribute}, {@link ArrayAttribute} and {@link JsonAttribute}.
 *
 * <p>Every attribute has: {@code eq}, {@code ne} (a {@code null} value means {@code IS [NOT] NULL}),
 * {@code isNull}, {@code isNotNull}, {@code in}, {@code notIn}, {@code eqCol}/{@code neCol} (against another
 * attribute of the model), {@code set} (an assignment for {@code update}), {@code asc}, {@code desc}, and the
 * attribute itself as an ascending order key. Ordering operators ({@code gt}, {@code gtCol}, {@code gtAny},
 * {@code between}) are on {@link ComparableAttribute}, text operators ({@code like}, {@code likeAny},
 * {@code startsWith}) on {@link StringAttribute}, arithmetic, {@code increment} and {@code by} on
 * {@link NumberAttribute} only: called on another kind of attribute, javac says the method cannot be found. Each
 * form of an operator has its own name (a value, a column with {@code ...Col}, a list with {@code ...Any} or
 * {@code ...All}), so that a value of the wrong type gets one short message rather than a list of candidates.
 *
 * @param <M> the model type
 * @param <T> the attribute's Java type
 */
public class Attribute<M, T> implements Expression<M, T> {

  /** Column facts the runtime needs; set by generated code from the model's annotations. */
  public enum Flag {
    /** Part of the primary key. */
    PRIMARY_KEY,
    /** Numbered by the database ({@code SERIAL}); omitted from inserts when {@code null}. */
    AUTO_INCREMENT,
    /** {@code NOT NULL}: a {@code null} is rejected before any SQL. */
    NOT_NULL,
    /** Has a {@code UNIQUE} constraint. */
    UNIQUE,
    /** Has a database default, used when {@code create} gets {@code null}. */
    HAS_DEFAULT
  }

  private final String modelName;
  private final String name;
  private final TableField<Record, T> field;
  private final ColumnType<T> type;
  private final AttributeAccessor<? super M> accessor;
  private final int index;
  private final Set<Flag> flags;

  /**
   * Attribute {@code name} of model {@code modelName}, stored in {@code field}, read from instances as
   * {@code accessor.get(instance, index)}; a {@code null} accessor for a column the model class does not declare
   * (its timestamps, when it leaves them out). Generated code makes attributes through {@link GeneratedModels}.
   */
  Attribute(String modelName, String name, TableField<Record, T> field, ColumnType<T> type,
      AttributeAccessor<? super M> accessor, int index, Flag... flags) {
    this.modelName = Objects.requireNonNull(modelName);
    this.name = Objects.requireNonNull(name);
    this.field = Objects.requireNonNull(field);
    this.type = Objects.requireNonNull(type);
    this.accessor = accessor;
    this.index = index;
    this.flags = flags.length == 0 ? EnumSet.noneOf(Flag.class) : EnumSet.copyOf(Arrays.asList(flags));
  }

  /** The model's name ({@code @Model.modelName}). */
  public final String modelName() {
    return modelName;
  }

  /** The attribute's name, as in the Java source and in {@code toJSON}. */
  public final String name() {
    return name;
  }

  /** The column's name in the table. */
  public final String column() {
    return field.getName();
  }

  /** The typed jOOQ field of the column, for use in jOOQ's DSL. */
  @Override
  public final TableField<Record, T> field() {
    return field;
  }

  /** How values travel to and from the column. */
  @Override
  public final ColumnType<T> type() {
    return type;
  }

  /** Reads this attribute from an instance. */
  @SuppressWarnings("unchecked") // the generated accessor returns attribute index's value, of type T
  public final T get(M instance) {
    if (accessor == null) {
      throw new UnsupportedOperationException(this + " is a column the model class does not declare: its instances"
          + " do not hold it");
    }
    return (T) accessor.get(instance, index);
  }

  /** Whether the column carries the flag. */
  public final boolean is(Flag flag) {
    return flags.contains(flag);
  }

  /** The attribute's name. */
  @Override
  public final String label() {
    return name;
  }

  /** An assignment for {@code update}: set this attribute to {@code value}. */
  public final Assignment<M> set(T value) {
    return SqlTree.set(this, value);
  }

  @Override
  public final String toString() {
    return modelName + "." + name;
  }
}
