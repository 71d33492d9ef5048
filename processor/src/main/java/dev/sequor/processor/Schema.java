package dev.sequor.processor;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * A database schema as Sequor manages it: tables by name. Both the committed snapshot (the schema the
 * migrations produce) and the models' desired schema are {@code Schema}s, and a migration is their difference.
 * Immutable; in canonical form, models, indexes, foreign keys and enum types are sorted by name, while columns
 * keep their physical order.
 */
record Schema(SortedMap<String, Table> tables) {

  static final Schema EMPTY = new Schema(new TreeMap<>());

  Schema {
    tables = Collections.unmodifiableSortedMap(new TreeMap<>(tables));
  }

  static Schema of(List<Table> tables) {
    SortedMap<String, Table> byName = new TreeMap<>();
    for (Table table : tables) {
      byName.put(table.name(), table);
    }
    return new Schema(byName);
  }

  /**
   * One table.
   *
   * @param name the table name
   * @param models the model classes mapped to it (qualified names), sorted; for a join table that associations
   *     create, the associations that declare it, as {@code <model>#<association>} (see {@link #modelClass})
   * @param columns the columns, in physical order
   * @param primaryKey the primary key's columns, in key order; the constraint is {@code <table>_pkey}
   * @param indexes the indexes, sorted by name
   * @param foreignKeys the foreign keys, sorted by name
   * @param enumTypes the enum types its columns use (one per enum column, {@code enum_<table>_<column>}), sorted by name
   */
  record Table(String name, List<String> models, List<Column> columns, List<String> primaryKey,
      List<Index> indexes, List<ForeignKey> foreignKeys, List<EnumType> enumTypes) {

    Table {
      models = sorted(models, Comparator.naturalOrder());
      columns = List.copyOf(columns);
      primaryKey = List.copyOf(primaryKey);
      indexes = sorted(indexes, Comparator.comparing(Index::name));
      foreignKeys = sorted(foreignKeys, Comparator.comparing(ForeignKey::name));
      enumTypes = sorted(enumTypes, Comparator.comparing(EnumType::name));
    }

    /**
     * The model class an entry of {@link #models} names: the entry itself, or the model before {@code #} for an
     * association that declares a join table.
     */
    static String modelClass(String entry) {
      int association = entry.indexOf('#');
      return association < 0 ? entry : entry.substring(0, association);
    }

    /** Whether an entry of {@link #models} is an association that declares this (join) table, not its model. */
    static boolean isAssociation(String entry) {
      return entry.indexOf('#') >= 0;
    }

    Column column(String columnName) {
      for (Column c : columns) {
        if (c.name().equals(columnName)) {
          return c;
        }
      }
      return null;
    }

    Index index(String indexName) {
      return indexes.stream().filter(i -> i.name().equals(indexName)).findFirst().orElse(null);
    }

    ForeignKey foreignKey(String keyName) {
      return foreignKeys.stream().filter(f -> f.name().equals(keyName)).findFirst().orElse(null);
    }

    /** The enum type a column uses, or null when its type is not one of this table's enum types. */
    EnumType enumTypeOf(Column column) {
      for (EnumType type : enumTypes) {
        if (column.type().equals(Sql.quote(type.name()))) {
          return type;
        }
      }
      return null;
    }

    /** The same table with other columns (and everything else unchanged). */
    Table withColumns(List<Column> newColumns) {
      return new Table(name, models, newColumns, primaryKey, indexes, foreignKeys, enumTypes);
    }

    Table withEnumTypes(List<EnumType> newEnumTypes) {
      return new Table(name, models, columns, primaryKey, indexes, foreignKeys, newEnumTypes);
    }

    Table withIndexes(List<Index> newIndexes) {
      return new Table(name, models, columns, primaryKey, newIndexes, foreignKeys, enumTypes);
    }

    Table withForeignKeys(List<ForeignKey> newForeignKeys) {
      return new Table(name, models, columns, primaryKey, indexes, newForeignKeys, enumTypes);
    }

    Table withPrimaryKey(List<String> newPrimaryKey) {
      return new Table(name, models, columns, newPrimaryKey, indexes, foreignKeys, enumTypes);
    }

    /** The same table with its columns in another order: those of {@code order} first, in that order. */
    Table withColumnOrder(List<String> order) {
      List<Column> ordered = new ArrayList<>();
      for (String columnName : order) {
        Column c = column(columnName);
        if (c != null) {
          ordered.add(c);
        }
      }
      for (Column c : columns) {
        if (!order.contains(c.name())) {
          ordered.add(c);
        }
      }
      return withColumns(ordered);
    }
  }

  /**
   * One column. {@code type} is the SQL type as written in DDL: {@code VARCHAR(255)}, {@code BIGSERIAL} (an
   * auto-incremented column, with its sequence {@code <table>_<column>_seq}), or a quoted enum type name.
   *
   * @param defaultValue the SQL literal of its default, or null
   * @param unique a {@code UNIQUE} constraint on the column alone, named {@code <table>_<column>_key}
   */
  record Column(String name, String type, boolean notNull, String defaultValue, boolean unique) {

    boolean isSerial() {
      return Sql.isSerial(type);
    }

    Column withName(String newName) {
      return new Column(newName, type, notNull, defaultValue, unique);
    }

    Column withType(String newType) {
      return new Column(name, newType, notNull, defaultValue, unique);
    }

    Column withDefault(String newDefault) {
      return new Column(name, type, notNull, newDefault, unique);
    }
  }

  /** An index over columns, in index order. */
  record Index(String name, List<String> columns, boolean unique) {
    Index {
      columns = List.copyOf(columns);
    }

    boolean sameDefinition(Index other) {
      return columns.equals(other.columns) && unique == other.unique;
    }
  }

  /**
   * A foreign key constraint.
   *
   * @param onDelete the SQL action: {@code NO ACTION}, {@code RESTRICT}, {@code CASCADE}, {@code SET NULL} or
   *     {@code SET DEFAULT}
   */
  record ForeignKey(String name, List<String> columns, String referencedTable, List<String> referencedColumns,
      String onDelete, String onUpdate) {
    ForeignKey {
      columns = List.copyOf(columns);
      referencedColumns = List.copyOf(referencedColumns);
    }

    boolean sameDefinition(ForeignKey other) {
      return columns.equals(other.columns) && referencedTable.equals(other.referencedTable)
          && referencedColumns.equals(other.referencedColumns) && onDelete.equals(other.onDelete)
          && onUpdate.equals(other.onUpdate);
    }
  }

  /** A PostgreSQL enum type and its values, in order. */
  record EnumType(String name, List<String> values) {
    EnumType {
      values = List.copyOf(values);
    }
  }

  private static <T> List<T> sorted(List<T> list, Comparator<? super T> order) {
    List<T> copy = new ArrayList<>(list);
    copy.sort(order);
    return List.copyOf(copy);
  }

  /** The tables, as a mutable map, for building a changed schema. */
  Map<String, Table> mutableTables() {
    return new TreeMap<>(tables);
  }
}
