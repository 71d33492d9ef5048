package dev.sequor.processor;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/**
 * Builds a model's desired table, the one source of the schema: the {@code CREATE TABLE} script
 * ({@link SchemaSqlGenerator}) and the migrations ({@link SchemaDiff}) are both rendered from it.
 */
final class SchemaBuilder {

  private SchemaBuilder() {}

  static final String TIMESTAMP_TYPE = "TIMESTAMP WITH TIME ZONE";

  /**
   * The table of {@code model}: columns in declaration order, timestamps it does not declare last.
   *
   * @param tableOfModel the table of a referenced model; null to leave out foreign keys
   */
  static Schema.Table table(ModelDescriptor model, Function<ModelDescriptor, String> tableOfModel) {
    return table(model, tableOfModel, null);
  }

  /**
   * The table of {@code model} with the foreign keys that associations put on it ({@code associationKeys}, null for
   * none), each with an index on its column unless an index, the primary key or a unique constraint starts with it.
   */
  static Schema.Table table(ModelDescriptor model, Function<ModelDescriptor, String> tableOfModel,
      AssociationKeys associationKeys) {
    String table = model.tableName();
    List<Schema.Column> columns = new ArrayList<>();
    List<Schema.EnumType> enumTypes = new ArrayList<>();
    List<Schema.ForeignKey> foreignKeys = new ArrayList<>();
    for (AttributeDescriptor a : model.attributes()) {
      columns.add(column(a));
      if (a.type() == AttributeType.ENUM) {
        enumTypes.add(new Schema.EnumType(a.enumTypeName(), a.enumConstants()));
      }
      AttributeDescriptor.Reference reference = a.reference();
      if (reference != null && tableOfModel != null) {
        List<String> keyColumns = List.of(a.column());
        foreignKeys.add(new Schema.ForeignKey(Naming.foreignKeyName(table, keyColumns), keyColumns,
            tableOfModel.apply(reference.targetModel()), List.of(reference.targetColumn()),
            reference.onDelete(), reference.onUpdate()));
      }
    }
    for (ModelDescriptor.HiddenColumn column : model.hiddenTimestamps()) {
      columns.add(new Schema.Column(column.column(), TIMESTAMP_TYPE, true, null, false));
    }
    List<Schema.Index> indexes = new ArrayList<>(model.indexes().stream()
        .map(i -> new Schema.Index(i.name(table), i.columns(), i.unique()))
        .toList());
    List<String> primaryKey = model.primaryKey().stream().map(AttributeDescriptor::column).toList();
    if (associationKeys != null) {
      for (Schema.ForeignKey key : associationKeys.foreignKeys(table)) {
        foreignKeys.add(key);
        String column = key.columns().get(0);
        boolean indexed = primaryKey.get(0).equals(column)
            || indexes.stream().anyMatch(i -> i.columns().get(0).equals(column))
            || model.attributes().stream().anyMatch(a -> a.column().equals(column) && a.unique());
        if (!indexed) {
          indexes.add(new Schema.Index(Naming.indexName(table, List.of(column)), List.of(column), false));
        }
      }
    }
    return new Schema.Table(table, List.of(model.qualifiedName()), columns, primaryKey, indexes, foreignKeys, enumTypes);
  }

  /** An attribute's column; a key column needs no {@code UNIQUE} of its own. */
  static Schema.Column column(AttributeDescriptor a) {
    return new Schema.Column(a.column(), a.sqlType(), a.notNull(), a.defaultLiteral(), a.unique() && !a.primaryKey());
  }
}
