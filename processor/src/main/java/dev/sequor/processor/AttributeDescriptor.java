package dev.sequor.processor;

import com.palantir.javapoet.ArrayTypeName;
import com.palantir.javapoet.ParameterizedTypeName;
import com.palantir.javapoet.TypeName;
import java.util.List;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.Element;

/**
 * One persistent attribute of a model, as the parser understood it: everything the generators need.
 *
 * @param element the record component or field, for error positions
 * @param name the attribute name
 * @param constant the name of its constant in the generated class ({@code PRICE})
 * @param column the column name
 * @param type the stored type
 * @param javaType the attribute's declared Java type
 * @param boxedType the boxed Java type, the {@code T} of {@code Attribute<M, T>}
 * @param enumConstants the constants, in declaration order, when {@code type} is an enum
 * @param enumTypeName the PostgreSQL enum type, when {@code type} is an enum
 * @param getter the accessor method name ({@code price} or {@code getPrice})
 * @param setter the setter method name for class models, else null
 * @param primaryKey part of the primary key
 * @param autoIncrement numbered by the database
 * @param notNull {@code NOT NULL}
 * @param unique {@code UNIQUE}
 * @param defaultLiteral the SQL literal of its default, or null
 * @param sqlType the PostgreSQL column type
 * @param renamedFrom the old column name declared with {@code @RenamedFrom}, or null
 * @param reference the foreign key declared with {@code @References}, or null
 * @param elementType the element type when {@code type} is {@link AttributeType#ARRAY}, else null
 */
record AttributeDescriptor(
    Element element,
    String name,
    String constant,
    String column,
    AttributeType type,
    TypeName javaType,
    TypeName boxedType,
    List<String> enumConstants,
    String enumTypeName,
    String getter,
    String setter,
    boolean primaryKey,
    boolean autoIncrement,
    boolean notNull,
    boolean unique,
    String defaultLiteral,
    String sqlType,
    String renamedFrom,
    Reference reference,
    AttributeType elementType) {

  /**
   * A foreign key to another model's single-attribute primary key; the referenced table is resolved once
   * every model's table name is known.
   *
   * @param annotation the {@code @References}, for error positions
   * @param targetModel the referenced model, as parsed on its own (its table is not frozen yet)
   * @param targetColumn the referenced key column
   * @param onDelete the SQL action ({@code NO ACTION}, {@code CASCADE}, ...)
   * @param onUpdate the SQL action
   */
  record Reference(AnnotationMirror annotation, ModelDescriptor targetModel, String targetColumn, String onDelete,
      String onUpdate) {}

  /** Whether it is a {@code List} rather than a Java array, for an array attribute. */
  boolean isList() {
    return type == AttributeType.ARRAY && javaType instanceof ParameterizedTypeName;
  }

  /** The element's Java type, for an array attribute. */
  TypeName elementJavaType() {
    return javaType instanceof ArrayTypeName array ? array.componentType()
        : ((ParameterizedTypeName) javaType).typeArguments().get(0);
  }

  /** The same attribute in a table with another name: its enum type is named after the table. */
  AttributeDescriptor inTable(String table) {
    if (type != AttributeType.ENUM) {
      return this;
    }
    String enumType = Naming.enumTypeName(table, column);
    return new AttributeDescriptor(element, name, constant, column, type, javaType, boxedType, enumConstants,
        enumType, getter, setter, primaryKey, autoIncrement, notNull, unique, defaultLiteral,
        Sql.quote(enumType), renamedFrom, reference, elementType);
  }
}
