package dev.sequor.processor;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.TypeName;
import java.util.List;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.Element;
import javax.lang.model.element.TypeElement;

/**
 * One model, parsed and valid on its own: the input of every generator.
 *
 * @param element the annotated type
 * @param modelClass the model's class
 * @param generatedClass the generated companion ({@code ProductModel})
 * @param modelName Sequelize's {@code modelName}
 * @param tableName the table
 * @param isRecord a record (constructed through its canonical constructor) rather than a class
 * @param recordArguments for a record: what its canonical constructor gets, per component
 * @param attributes the persistent attributes, in column order
 * @param hiddenTimestamps timestamp columns the model does not declare, in the order createdAt, updatedAt
 * @param createdAtColumn the createdAt column, or null without timestamps
 * @param updatedAtColumn the updatedAt column, or null without timestamps
 * @param explicitTableName the table name was given with {@code tableName}, rather than inferred
 * @param renamedFrom the old table name declared with {@code @RenamedFrom}, or null
 * @param indexes the declared indexes, on attributes then on the model, in declaration order
 * @param associations the associations, in declaration order: the generated factory takes their values after the
 *     attributes'
 */
record ModelDescriptor(
    TypeElement element,
    ClassName modelClass,
    ClassName generatedClass,
    String modelName,
    String tableName,
    boolean isRecord,
    List<ConstructorArgument> recordArguments,
    List<AttributeDescriptor> attributes,
    List<HiddenColumn> hiddenTimestamps,
    String createdAtColumn,
    String updatedAtColumn,
    boolean explicitTableName,
    String renamedFrom,
    List<IndexDeclaration> indexes,
    List<AssociationDescriptor> associations) {

  /**
   * An {@code @Index}, on an attribute or on the model.
   *
   * @param element where it is declared, for error positions
   * @param annotation the {@code @Index}
   * @param explicitName its {@code name}, or null for the default
   * @param columns the indexed columns, in order
   */
  record IndexDeclaration(Element element, AnnotationMirror annotation, String explicitName, List<String> columns,
      boolean unique) {

    /** The index name in table {@code table}: explicit, or Sequelize's default. */
    String name(String table) {
      return explicitName != null ? explicitName : Naming.indexName(table, columns);
    }
  }

  /**
   * A record constructor argument: an attribute read from the row, an association's value, or the Java default of a
   * transient component.
   */
  record ConstructorArgument(AttributeDescriptor attribute, String transientDefault, AssociationDescriptor association) {

    static ConstructorArgument of(AttributeDescriptor attribute) {
      return new ConstructorArgument(attribute, null, null);
    }
  }

  /** A column the table has but the model does not declare (timestamps). */
  record HiddenColumn(String constant, String column) {}

  List<AttributeDescriptor> primaryKey() {
    return attributes.stream().filter(AttributeDescriptor::primaryKey).toList();
  }

  /** The {@code K} of {@code ModelType<M, K>}: the key's boxed type, or the generated {@code Key} record. */
  TypeName keyType() {
    List<AttributeDescriptor> key = primaryKey();
    return key.size() == 1 ? key.get(0).boxedType() : generatedClass.nestedClass("Key");
  }

  String qualifiedName() {
    return element.getQualifiedName().toString();
  }

  /** The same model on another table (a table name frozen in the snapshot); enum types follow the table. */
  ModelDescriptor withTableName(String table) {
    if (table.equals(tableName)) {
      return this;
    }
    List<AttributeDescriptor> moved = attributes.stream().map(a -> a.inTable(table)).toList();
    List<ConstructorArgument> arguments = recordArguments.stream()
        .map(arg -> arg.attribute() == null ? arg : ConstructorArgument.of(moved.get(attributes.indexOf(arg.attribute()))))
        .toList();
    return new ModelDescriptor(element, modelClass, generatedClass, modelName, table, isRecord, arguments, moved,
        hiddenTimestamps, createdAtColumn, updatedAtColumn, explicitTableName, renamedFrom, indexes, associations);
  }
}
