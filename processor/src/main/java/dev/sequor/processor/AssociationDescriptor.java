package dev.sequor.processor;

import com.palantir.javapoet.TypeName;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.Element;

/**
 * One association a model declares ({@code @BelongsTo}, {@code @HasOne}, {@code @HasMany}), as the parser understood
 * it: the attribute that holds the associated rows and the foreign key that pairs them.
 *
 * @param element the record component or field, for error positions
 * @param annotation the association's annotation, for error positions
 * @param kind which of Sequelize's associations
 * @param name the alias: the attribute's name
 * @param constant the name of its constant in the generated class ({@code CUSTOMER})
 * @param javaType the attribute's declared type ({@code Customer}, {@code List<Item>})
 * @param target the associated model, as parsed on its own
 * @param getter the accessor method name
 * @param setter the setter method name for class models, else null
 * @param foreignKey the foreign key attribute: of this model for {@code BELONGS_TO}, of the target otherwise
 * @param foreignKeyColumn its column
 * @param keyColumn the primary key column the foreign key references
 * @param onDelete the {@code ON DELETE} action given, as SQL, or null when not given
 * @param onUpdate the {@code ON UPDATE} action given, as SQL, or null when not given
 * @param foreignKeyNullable whether the foreign key column allows null (which decides Sequelize's default action)
 * @param through the join table of a {@code BELONGS_TO_MANY}, else null
 */
record AssociationDescriptor(
    Element element,
    AnnotationMirror annotation,
    Kind kind,
    String name,
    String constant,
    TypeName javaType,
    ModelDescriptor target,
    String getter,
    String setter,
    String foreignKey,
    String foreignKeyColumn,
    String keyColumn,
    String onDelete,
    String onUpdate,
    boolean foreignKeyNullable,
    Through through) {

  /**
   * The join table of a {@code belongsToMany}: either a table the migrations create ({@code model} null), or a join
   * model's. {@code foreignKey} holds the declaring model's key, {@code otherKey} the target's.
   *
   * @param table the join table's name (of the join model's table, as parsed on its own, when there is one)
   * @param model the join model, or null for a table the migrations create
   * @param keyType the SQL type of the declaring model's key column, as a foreign key ({@code BIGINT})
   * @param otherKeyType the SQL type of the target's key column, as a foreign key
   * @param targetKeyColumn the target's key column
   * @param createdAtColumn the created table's {@code createdAt} column
   * @param updatedAtColumn the created table's {@code updatedAt} column
   */
  record Through(String table, ModelDescriptor model, String foreignKey, String foreignKeyColumn, String keyType,
      String otherKey, String otherKeyColumn, String otherKeyType, String targetKeyColumn, String createdAtColumn,
      String updatedAtColumn) {}

  /** The kinds the processor knows, by the runtime's {@code Association.Kind} names. */
  enum Kind {
    BELONGS_TO("BelongsTo"),
    HAS_ONE("HasOne"),
    HAS_MANY("HasMany"),
    BELONGS_TO_MANY("BelongsToMany");

    private final String annotation;

    Kind(String annotation) {
      this.annotation = annotation;
    }

    /** The annotation's simple name, for messages. */
    String annotation() {
      return annotation;
    }

    boolean isMany() {
      return this == HAS_MANY || this == BELONGS_TO_MANY;
    }
  }

  /** Whether the foreign key is a column of the declaring model's table (else of the target's). */
  boolean foreignKeyOnSource() {
    return kind == Kind.BELONGS_TO;
  }

  /**
   * The {@code ON DELETE} action the constraint takes from this declaration: the one given, else Sequelize's
   * default for the kind ({@code SET NULL} for a nullable key; else {@code NO ACTION} for {@code belongsTo},
   * {@code CASCADE} for {@code hasOne}/{@code hasMany}).
   */
  String effectiveOnDelete() {
    if (onDelete != null) {
      return onDelete;
    }
    return foreignKeyNullable ? "SET NULL" : kind == Kind.BELONGS_TO ? "NO ACTION" : "CASCADE";
  }

  /** The {@code ON UPDATE} action: the one given, else Sequelize's {@code CASCADE}. */
  String effectiveOnUpdate() {
    return onUpdate != null ? onUpdate : "CASCADE";
  }
}
