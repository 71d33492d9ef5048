package dev.sequor.processor;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.TypeName;
import java.util.List;
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
    String updatedAtColumn) {

  /** A record constructor argument: an attribute read from the row, or the Java default of a transient component. */
  record ConstructorArgument(AttributeDescriptor attribute, String transientDefault) {}

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
}
