package dev.sequor.processor;

import dev.sequor.internal.format.MigrationFormat;
import dev.sequor.internal.format.PendingProblem;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Collectors;

/**
 * The changes that take one schema (the snapshot) to another (the models'), each with the statements that make
 * it and those that undo it. Pure: schemas in, changes out.
 *
 * <p>Order, so that every statement finds what it needs: declared renames (tables, then columns, then indexes and
 * foreign keys whose name alone changed); foreign keys dropped; indexes dropped; enum values changed; tables
 * created (with their enum types and indexes); columns added; columns changed, then the primary key; columns
 * dropped; tables dropped (with their enum types); indexes created; foreign keys added. Within a step, by table
 * name, then column or object name; added columns keep the model's order, which becomes the physical order.
 * A migration's down part is the undo of every change, in reverse order.
 *
 * <p>Never guesses: a table or column present only in the old schema is dropped, unless a rename was declared;
 * such drops, and a {@code NOT NULL} column without default added to an existing table, carry a {@link PendingProblem}.
 */
final class SchemaDiff {

  /**
   * One change: what it is, where (for the warning), and its statements (without semicolons).
   *
   * @param table the table it changes (its new name)
   * @param column the column it is about, or null for the table
   * @param problem why generation must refuse it unless the user acts, or null
   */
  record Change(String table, String column, String description, List<String> up, List<String> down,
      PendingProblem problem) {}

  /**
   * Declared renames.
   *
   * @param tables new table name to old
   * @param columns per (new) table name, new column name to old
   */
  record Renames(Map<String, String> tables, Map<String, Map<String, String>> columns) {
    static final Renames NONE = new Renames(Map.of(), Map.of());
  }

  /**
   * The changes, in order, and the resulting snapshot: the desired schema with each table's columns in physical
   * order (existing columns where they were, added ones at the end).
   */
  record Result(List<Change> changes, Schema snapshot) {}

  /** The old schema as the changes so far left it. */
  private final Map<String, Schema.Table> working;
  private final Map<String, Schema.Table> desired;
  private final List<Change> changes = new ArrayList<>();

  private SchemaDiff(Schema old, Schema desired) {
    this.working = old.mutableTables();
    this.desired = desired.tables();
  }

  static Result diff(Schema old, Schema desired, Renames renames) {
    SchemaDiff diff = new SchemaDiff(old, desired);
    diff.renameTables(renames.tables());
    diff.renameColumns(renames.columns());
    diff.renameIndexesAndForeignKeys();
    diff.dropForeignKeys();
    diff.dropIndexes();
    diff.changeEnumValues();
    diff.createTables();
    diff.addColumns();
    diff.changeColumns();
    diff.dropColumns();
    diff.dropTables();
    diff.createIndexes();
    diff.addForeignKeys();
    return new Result(List.copyOf(diff.changes), diff.snapshot());
  }

  // ---- renames -----------------------------------------------------------------------------------

  private void renameTables(Map<String, String> renames) {
    for (Map.Entry<String, String> rename : new TreeMap<>(renames).entrySet()) {
      String to = rename.getKey();
      String from = rename.getValue();
      if (!working.containsKey(from) || working.containsKey(to) || !desired.containsKey(to) || desired.containsKey(from)) {
        continue; // not (or no longer) a rename of the snapshot's schema
      }
      Schema.Table table = working.remove(from);
      Steps steps = new Steps();
      steps.step(Ddl.renameTable(from, to), Ddl.renameTable(to, from));
      renameNamed(steps, to, Naming.primaryKeyName(from), Naming.primaryKeyName(to), Ddl::renameConstraint);
      List<Schema.Column> columns = new ArrayList<>();
      List<Schema.EnumType> enumTypes = new ArrayList<>(table.enumTypes());
      for (Schema.Column column : table.columns()) {
        columns.add(renameDerived(steps, table, column, from, column.name(), to, column.name(), enumTypes));
      }
      List<Schema.ForeignKey> ownKeys = table.foreignKeys().stream().map(k -> referencing(k, from, to, null, null)).toList();
      working.put(to, new Schema.Table(to, table.models(), columns, table.primaryKey(), table.indexes(), ownKeys, enumTypes));
      replaceReferences(from, to, null, null);
      steps.add(to, null, "rename table " + Sql.quote(from) + " to " + Sql.quote(to), null);
    }
  }

  private void renameColumns(Map<String, Map<String, String>> renames) {
    for (String tableName : desired.keySet()) {
      Schema.Table table = working.get(tableName);
      Schema.Table wanted = desired.get(tableName);
      if (table == null) {
        continue;
      }
      for (Map.Entry<String, String> rename : new TreeMap<>(renames.getOrDefault(tableName, Map.of())).entrySet()) {
        String to = rename.getKey();
        String from = rename.getValue();
        if (table.column(from) == null || table.column(to) != null || wanted.column(to) == null || wanted.column(from) != null) {
          continue;
        }
        Steps steps = new Steps();
        steps.step(Ddl.renameColumn(tableName, from, to), Ddl.renameColumn(tableName, to, from));
        List<Schema.EnumType> enumTypes = new ArrayList<>(table.enumTypes());
        List<Schema.Column> columns = new ArrayList<>();
        for (Schema.Column column : table.columns()) {
          columns.add(column.name().equals(from)
              ? renameDerived(steps, table, column, tableName, from, tableName, to, enumTypes)
              : column);
        }
        table = new Schema.Table(tableName, table.models(), columns, replace(table.primaryKey(), from, to),
            table.indexes().stream().map(i -> new Schema.Index(i.name(), replace(i.columns(), from, to), i.unique())).toList(),
            table.foreignKeys().stream().map(k -> new Schema.ForeignKey(k.name(), replace(k.columns(), from, to),
                k.referencedTable(), k.referencedColumns(), k.onDelete(), k.onUpdate())).toList(),
            enumTypes);
        working.put(tableName, table);
        replaceReferences(tableName, tableName, from, to);
        table = working.get(tableName);
        steps.add(tableName, to, "rename column " + column(tableName, from) + " to " + Sql.quote(to), null);
      }
    }
  }

  /**
   * Renames what PostgreSQL and Sequor named after a table and column (unique constraint, sequence, enum type)
   * when the table or the column is renamed; returns the column as renamed.
   */
  private static Schema.Column renameDerived(Steps steps, Schema.Table table, Schema.Column column, String fromTable,
      String fromColumn, String toTable, String toColumn, List<Schema.EnumType> enumTypes) {
    if (column.unique()) {
      renameNamed(steps, toTable, Naming.uniqueKeyName(fromTable, fromColumn), Naming.uniqueKeyName(toTable, toColumn),
          Ddl::renameConstraint);
    }
    if (column.isSerial()) {
      renameNamed(steps, toTable, Naming.sequenceName(fromTable, fromColumn), Naming.sequenceName(toTable, toColumn),
          (t, a, b) -> Ddl.renameSequence(a, b));
    }
    Schema.Column renamed = column.withName(toColumn);
    Schema.EnumType type = table.enumTypeOf(column);
    if (type != null && type.name().equals(Naming.enumTypeName(fromTable, fromColumn))) {
      String newName = Naming.enumTypeName(toTable, toColumn);
      renameNamed(steps, toTable, type.name(), newName, (t, a, b) -> Ddl.renameType(a, b));
      enumTypes.remove(type);
      enumTypes.add(new Schema.EnumType(newName, type.values()));
      renamed = renamed.withType(Sql.quote(newName));
    }
    return renamed;
  }

  private interface Renamer {
    String rename(String table, String from, String to);
  }

  private static void renameNamed(Steps steps, String table, String from, String to, Renamer renamer) {
    if (!from.equals(to)) {
      steps.step(renamer.rename(table, from, to), renamer.rename(table, to, from));
    }
  }

  /** Points every foreign key at {@code fromTable} ({@code .fromColumn}) to the new names. */
  private void replaceReferences(String fromTable, String toTable, String fromColumn, String toColumn) {
    for (Map.Entry<String, Schema.Table> entry : working.entrySet()) {
      Schema.Table table = entry.getValue();
      entry.setValue(table.withForeignKeys(table.foreignKeys().stream()
          .map(k -> referencing(k, fromTable, toTable, fromColumn, toColumn)).toList()));
    }
  }

  private static Schema.ForeignKey referencing(Schema.ForeignKey key, String fromTable, String toTable,
      String fromColumn, String toColumn) {
    if (!key.referencedTable().equals(fromTable)) {
      return key;
    }
    List<String> columns = fromColumn == null ? key.referencedColumns() : replace(key.referencedColumns(), fromColumn, toColumn);
    return new Schema.ForeignKey(key.name(), key.columns(), toTable, columns, key.onDelete(), key.onUpdate());
  }

  /** An index or foreign key whose definition is unchanged but whose name is not (a default name after a rename). */
  private void renameIndexesAndForeignKeys() {
    for (String tableName : commonTables()) {
      Schema.Table table = working.get(tableName);
      Schema.Table wanted = desired.get(tableName);
      for (Schema.Index index : wanted.indexes()) {
        if (table.index(index.name()) != null || indexExists(index.name())) {
          continue;
        }
        Schema.Index old = table.indexes().stream()
            .filter(i -> wanted.index(i.name()) == null && i.sameDefinition(index)).findFirst().orElse(null);
        if (old != null) {
          Steps steps = new Steps();
          steps.step(Ddl.renameIndex(old.name(), index.name()), Ddl.renameIndex(index.name(), old.name()));
          table = table.withIndexes(replace(table.indexes(), old, index));
          working.put(tableName, table);
          steps.add(tableName, singleColumn(index.columns()), "rename index " + Sql.quote(old.name()) + " on "
              + Sql.quote(tableName) + " to " + Sql.quote(index.name()), null);
        }
      }
      for (Schema.ForeignKey key : wanted.foreignKeys()) {
        if (table.foreignKey(key.name()) != null) {
          continue;
        }
        Schema.ForeignKey old = table.foreignKeys().stream()
            .filter(k -> wanted.foreignKey(k.name()) == null && k.sameDefinition(key)).findFirst().orElse(null);
        if (old != null) {
          Steps steps = new Steps();
          steps.step(Ddl.renameConstraint(tableName, old.name(), key.name()),
              Ddl.renameConstraint(tableName, key.name(), old.name()));
          table = table.withForeignKeys(replace(table.foreignKeys(), old, key));
          working.put(tableName, table);
          steps.add(tableName, singleColumn(key.columns()), "rename foreign key " + Sql.quote(old.name()) + " on "
              + Sql.quote(tableName) + " to " + Sql.quote(key.name()), null);
        }
      }
    }
  }

  private boolean indexExists(String name) {
    return working.values().stream().anyMatch(t -> t.index(name) != null);
  }

  // ---- drops before changes ----------------------------------------------------------------------

  /** Foreign keys that go or change, of every table: dropped first, added back last when they change. */
  private void dropForeignKeys() {
    for (String tableName : new TreeSet<>(working.keySet())) {
      Schema.Table table = working.get(tableName);
      Schema.Table wanted = desired.get(tableName);
      for (Schema.ForeignKey key : table.foreignKeys()) {
        Schema.ForeignKey kept = wanted == null ? null : wanted.foreignKey(key.name());
        if (kept != null && kept.sameDefinition(key)) {
          continue;
        }
        Steps steps = new Steps();
        steps.step(Ddl.dropConstraint(tableName, key.name()), Ddl.addForeignKey(tableName, key));
        table = table.withForeignKeys(without(table.foreignKeys(), key));
        working.put(tableName, table);
        steps.add(tableName, singleColumn(key.columns()), "drop foreign key " + describe(tableName, key), null);
      }
    }
  }

  /** Indexes that go or change, of the tables that stay (a dropped table's indexes go with it). */
  private void dropIndexes() {
    for (String tableName : commonTables()) {
      Schema.Table table = working.get(tableName);
      Schema.Table wanted = desired.get(tableName);
      for (Schema.Index index : table.indexes()) {
        Schema.Index kept = wanted.index(index.name());
        if (kept != null && kept.sameDefinition(index)) {
          continue;
        }
        Steps steps = new Steps();
        steps.step(Ddl.dropIndex(index.name()), Ddl.createIndex(tableName, index));
        table = table.withIndexes(without(table.indexes(), index));
        working.put(tableName, table);
        steps.add(tableName, singleColumn(index.columns()), "drop index " + describe(tableName, index), null);
      }
    }
  }

  // ---- enum values -------------------------------------------------------------------------------

  /**
   * Values added to an enum type (kept in order) become {@code ALTER TYPE ... ADD VALUE}; any other change of its
   * values (a value removed, values reordered), or a new value that becomes the column's default, re-creates the
   * type: the column is converted through {@code text}, which fails if a row holds a removed value.
   */
  private void changeEnumValues() {
    for (String tableName : commonTables()) {
      Schema.Table table = working.get(tableName);
      Schema.Table wanted = desired.get(tableName);
      for (String columnName : sortedColumnNames(table)) {
        Schema.Column column = table.column(columnName);
        Schema.Column wantedColumn = wanted.column(columnName);
        if (wantedColumn == null) {
          continue;
        }
        Schema.EnumType type = table.enumTypeOf(column);
        Schema.EnumType wantedType = wanted.enumTypeOf(wantedColumn);
        if (type == null || wantedType == null || !type.name().equals(wantedType.name())
            || type.values().equals(wantedType.values())) {
          continue;
        }
        List<String> added = wantedType.values().stream().filter(v -> !type.values().contains(v)).toList();
        boolean addOnly = wantedType.values().stream().filter(type.values()::contains).toList().equals(type.values())
            && added.stream().noneMatch(v -> Sql.literal(v).equals(wantedColumn.defaultValue()));
        Steps steps = new Steps();
        String description;
        if (addOnly) {
          List<String> up = new ArrayList<>();
          for (int i = 0; i < wantedType.values().size(); i++) {
            String value = wantedType.values().get(i);
            if (added.contains(value)) {
              String before = wantedType.values().subList(i + 1, wantedType.values().size()).stream()
                  .filter(type.values()::contains).findFirst().orElse(null);
              up.add(Ddl.addEnumValue(type.name(), value, before));
            }
          }
          Steps undo = new Steps();
          recreateEnum(undo, tableName, columnName, type.name(), wantedType.values(), type.values(),
              column.defaultValue(), column.defaultValue());
          steps.explicit(up, undo.up);
          description = "add " + added.stream().map(Sql::literal).collect(Collectors.joining(", ")) + " to enum type "
              + Sql.quote(type.name()) + " of " + column(tableName, columnName);
        } else {
          recreateEnum(steps, tableName, columnName, type.name(), type.values(), wantedType.values(),
              column.defaultValue(), wantedColumn.defaultValue());
          column = column.withDefault(wantedColumn.defaultValue());
          description = "change enum type " + Sql.quote(type.name()) + " of " + column(tableName, columnName) + " from "
              + values(type.values()) + " to " + values(wantedType.values());
        }
        List<Schema.EnumType> enumTypes = new ArrayList<>(without(table.enumTypes(), type));
        enumTypes.add(wantedType);
        table = table.withColumns(replace(table.columns(), table.column(columnName), column)).withEnumTypes(enumTypes);
        working.put(tableName, table);
        steps.add(tableName, columnName, description, null);
      }
    }
  }

  /** Re-creates an enum type with other values, converting its column through {@code text}. */
  private static void recreateEnum(Steps steps, String table, String column, String type, List<String> from,
      List<String> to, String fromDefault, String toDefault) {
    String old = Sql.objectName(type, null, "old");
    if (fromDefault != null) {
      steps.step(Ddl.dropDefault(table, column), Ddl.setDefault(table, column, fromDefault));
    }
    steps.step(Ddl.renameType(type, old), Ddl.renameType(old, type));
    steps.step(Ddl.createType(new Schema.EnumType(type, to)), Ddl.dropType(type));
    steps.step(Ddl.alterType(table, column, Sql.quote(type), true), Ddl.alterType(table, column, Sql.quote(old), true));
    steps.step(Ddl.dropType(old), Ddl.createType(new Schema.EnumType(old, from)));
    if (toDefault != null) {
      steps.step(Ddl.setDefault(table, column, toDefault), Ddl.dropDefault(table, column));
    }
  }

  // ---- creates and column changes ----------------------------------------------------------------

  /** New tables with their enum types and indexes; their foreign keys come last, once every table exists. */
  private void createTables() {
    for (String tableName : desired.keySet()) {
      if (working.containsKey(tableName)) {
        continue;
      }
      Schema.Table wanted = desired.get(tableName);
      Schema.Table created = wanted.withForeignKeys(List.of());
      Steps steps = new Steps();
      for (Schema.EnumType type : Ddl.enumTypesInColumnOrder(created)) {
        steps.step(Ddl.createType(type), Ddl.dropType(type.name()));
      }
      steps.step(Ddl.createTable(created), Ddl.dropTable(tableName));
      for (Schema.Index index : created.indexes()) {
        steps.step(Ddl.createIndex(tableName, index)); // dropped with the table
      }
      working.put(tableName, created);
      steps.add(tableName, null, "create table " + Sql.quote(tableName), null);
    }
  }

  /** Columns new in a table that exists, in the model's order. */
  private void addColumns() {
    for (String tableName : commonTables()) {
      Schema.Table table = working.get(tableName);
      for (Schema.Column column : desired.get(tableName).columns()) {
        if (table.column(column.name()) != null) {
          continue;
        }
        Steps steps = new Steps();
        List<Schema.EnumType> enumTypes = new ArrayList<>(table.enumTypes());
        Schema.EnumType type = desired.get(tableName).enumTypeOf(column);
        if (type != null && enumTypes.stream().noneMatch(t -> t.name().equals(type.name()))) {
          steps.step(Ddl.createType(type), Ddl.dropType(type.name()));
          enumTypes.add(type);
        }
        steps.step(Ddl.addColumn(tableName, column), Ddl.dropColumn(tableName, column.name()));
        PendingProblem problem = null;
        if (column.notNull() && column.defaultValue() == null && !column.isSerial()) {
          String target = tableName + "." + column.name();
          problem = new PendingProblem(PendingProblem.NOT_NULL_WITHOUT_DEFAULT, target, "column " + column(tableName, column.name())
              + " is added NOT NULL without a default to the existing table " + Sql.quote(tableName)
              + ", which fails as soon as the table has a row. Give the attribute a @DefaultValue, or allow null"
              + " and backfill the column in a hand-written migration before making it NOT NULL.");
        }
        List<Schema.Column> columns = new ArrayList<>(table.columns());
        columns.add(column);
        table = table.withColumns(columns).withEnumTypes(enumTypes);
        working.put(tableName, table);
        steps.add(tableName, column.name(), "add column " + column(tableName, column.name()) + " "
            + Ddl.columnDefinition(column).substring(Sql.quote(column.name()).length() + 1), problem);
      }
    }
  }

  /**
   * Type, default, nullability and uniqueness of the columns that stay; then the primary key. A column leaving the
   * key can only drop {@code NOT NULL} once it is out of the key, so the key change does that.
   */
  private void changeColumns() {
    for (String tableName : commonTables()) {
      Schema.Table wanted = desired.get(tableName);
      List<String> key = working.get(tableName).primaryKey();
      List<String> leavingKey = new ArrayList<>();
      for (String columnName : sortedColumnNames(working.get(tableName))) {
        Schema.Table table = working.get(tableName);
        Schema.Column column = table.column(columnName);
        Schema.Column wantedColumn = wanted.column(columnName);
        if (wantedColumn == null) {
          continue;
        }
        if (key.contains(columnName) && !wanted.primaryKey().contains(columnName) && column.notNull()
            && !wantedColumn.notNull()) {
          leavingKey.add(columnName);
          wantedColumn = new Schema.Column(columnName, wantedColumn.type(), true, wantedColumn.defaultValue(),
              wantedColumn.unique());
        }
        if (!column.equals(wantedColumn)) {
          changeColumn(table, column, wanted, wantedColumn);
        }
      }
      Schema.Table table = working.get(tableName);
      if (!table.primaryKey().equals(wanted.primaryKey())) {
        Steps steps = new Steps();
        String name = Naming.primaryKeyName(tableName);
        steps.step(Ddl.dropConstraint(tableName, name), Ddl.addPrimaryKey(tableName, table.primaryKey()));
        steps.step(Ddl.addPrimaryKey(tableName, wanted.primaryKey()), Ddl.dropConstraint(tableName, name));
        List<Schema.Column> columns = new ArrayList<>(table.columns());
        for (String columnName : leavingKey) {
          steps.step(Ddl.setNotNull(tableName, columnName, false), Ddl.setNotNull(tableName, columnName, true));
          Schema.Column column = table.column(columnName);
          columns = replace(columns, column, new Schema.Column(columnName, column.type(), false, column.defaultValue(),
              column.unique()));
        }
        working.put(tableName, table.withColumns(columns).withPrimaryKey(wanted.primaryKey()));
        steps.add(tableName, null, "change the primary key of " + Sql.quote(tableName) + " from ("
            + Ddl.columnList(table.primaryKey()) + ") to (" + Ddl.columnList(wanted.primaryKey()) + ")"
            + (leavingKey.isEmpty() ? "" : ", drop NOT NULL of " + Ddl.columnList(leavingKey)), null);
      }
    }
  }

  private void changeColumn(Schema.Table table, Schema.Column column, Schema.Table wanted, Schema.Column wantedColumn) {
    String t = table.name();
    String c = column.name();
    Steps steps = new Steps();
    List<String> what = new ArrayList<>();
    List<Schema.EnumType> enumTypes = new ArrayList<>(table.enumTypes());
    if (column.unique() && !wantedColumn.unique()) {
      steps.step(Ddl.dropConstraint(t, Naming.uniqueKeyName(t, c)), Ddl.addUnique(t, c));
      what.add("drop UNIQUE");
    }
    if (!column.type().equals(wantedColumn.type())) {
      what.add("type " + column.type() + " to " + wantedColumn.type());
      Schema.EnumType type = table.enumTypeOf(column);
      Schema.EnumType wantedType = wanted.enumTypeOf(wantedColumn);
      boolean sameEnum = type != null && wantedType != null && type.name().equals(wantedType.name());
      if (wantedType != null && !sameEnum) {
        steps.step(Ddl.createType(wantedType), Ddl.dropType(wantedType.name()));
        enumTypes.add(wantedType);
      }
      if (column.defaultValue() != null) {
        steps.step(Ddl.dropDefault(t, c), Ddl.setDefault(t, c, column.defaultValue()));
      }
      changeType(steps, t, column, wantedColumn, type != null || wantedType != null);
      if (wantedColumn.defaultValue() != null) {
        steps.step(Ddl.setDefault(t, c, wantedColumn.defaultValue()), Ddl.dropDefault(t, c));
      }
      if (type != null && !sameEnum) {
        steps.step(Ddl.dropType(type.name()), Ddl.createType(type));
        enumTypes.remove(type);
      }
    }
    if (!Objects.equals(column.defaultValue(), wantedColumn.defaultValue())) {
      what.add("default " + Objects.requireNonNullElse(column.defaultValue(), "none") + " to "
          + Objects.requireNonNullElse(wantedColumn.defaultValue(), "none"));
      if (column.type().equals(wantedColumn.type())) {
        steps.step(setOrDropDefault(t, c, wantedColumn.defaultValue()), setOrDropDefault(t, c, column.defaultValue()));
      }
    }
    if (column.notNull() != wantedColumn.notNull()) {
      steps.step(Ddl.setNotNull(t, c, wantedColumn.notNull()), Ddl.setNotNull(t, c, column.notNull()));
      what.add(wantedColumn.notNull() ? "set NOT NULL" : "drop NOT NULL");
    }
    if (!column.unique() && wantedColumn.unique()) {
      steps.step(Ddl.addUnique(t, c), Ddl.dropConstraint(t, Naming.uniqueKeyName(t, c)));
      what.add("add UNIQUE");
    }
    working.put(t, table.withColumns(replace(table.columns(), column, wantedColumn)).withEnumTypes(enumTypes));
    steps.add(t, c, "change column " + column(t, c) + ": " + String.join(", ", what), null);
  }

  /**
   * The type change itself. A serial column is an integer with a sequence and a {@code nextval} default:
   * between serial types the integer and the sequence change type; to or from a plain type the sequence is
   * dropped or created (and started after the largest value).
   */
  private static void changeType(Steps steps, String t, Schema.Column column, Schema.Column wanted, boolean throughText) {
    String c = column.name();
    String sequence = Naming.sequenceName(t, c);
    String from = Sql.serialBase(column.type());
    String to = Sql.serialBase(wanted.type());
    if (column.isSerial() && wanted.isSerial()) {
      steps.step(Ddl.alterType(t, c, to, false), Ddl.alterType(t, c, from, false));
      steps.step(Ddl.alterSequenceType(sequence, to), Ddl.alterSequenceType(sequence, from));
    } else if (column.isSerial()) {
      steps.step(Ddl.dropDefault(t, c), Ddl.setDefault(t, c, Ddl.nextval(sequence)));
      steps.step(Ddl.dropSequence(sequence), Ddl.createSequence(t, c, sequence, from), Ddl.restartSequence(t, c, sequence));
      if (!from.equals(to)) {
        steps.step(Ddl.alterType(t, c, to, throughText), Ddl.alterType(t, c, from, throughText));
      }
    } else if (wanted.isSerial()) {
      if (!from.equals(to)) {
        steps.step(Ddl.alterType(t, c, to, throughText), Ddl.alterType(t, c, from, throughText));
      }
      steps.step(Ddl.createSequence(t, c, sequence, to), Ddl.dropSequence(sequence));
      steps.step(Ddl.restartSequence(t, c, sequence));
      steps.step(Ddl.setDefault(t, c, Ddl.nextval(sequence)), Ddl.dropDefault(t, c));
    } else if (Sql.isStringType(from) && Sql.isStringType(to) && from.endsWith("[]") == to.endsWith("[]")) {
      steps.step(Ddl.alterStringType(t, c, to), Ddl.alterStringType(t, c, from));
    } else {
      steps.step(Ddl.alterType(t, c, to, throughText), Ddl.alterType(t, c, from, throughText));
    }
  }

  private static String setOrDropDefault(String table, String column, String value) {
    return value == null ? Ddl.dropDefault(table, column) : Ddl.setDefault(table, column, value);
  }

  // ---- drops -------------------------------------------------------------------------------------

  private void dropColumns() {
    for (String tableName : commonTables()) {
      Schema.Table wanted = desired.get(tableName);
      for (String columnName : sortedColumnNames(working.get(tableName))) {
        if (wanted.column(columnName) != null) {
          continue;
        }
        Schema.Table table = working.get(tableName);
        Schema.Column column = table.column(columnName);
        String target = tableName + "." + columnName;
        Steps steps = new Steps();
        steps.step(dropMarker(target) + Ddl.dropColumn(tableName, columnName), Ddl.addColumn(tableName, column));
        List<Schema.EnumType> enumTypes = new ArrayList<>(table.enumTypes());
        Schema.EnumType type = table.enumTypeOf(column);
        if (type != null && wanted.enumTypes().stream().noneMatch(e -> e.name().equals(type.name()))) {
          steps.step(Ddl.dropType(type.name()), Ddl.createType(type));
          enumTypes.remove(type);
        }
        working.put(tableName, table.withColumns(without(table.columns(), column)).withEnumTypes(enumTypes));
        steps.add(tableName, null, "drop column " + column(tableName, columnName), new PendingProblem(
            PendingProblem.DROP_COLUMN, target,
            "column " + column(tableName, columnName) + " has no attribute any more, and dropping it loses its data."
                + " If the attribute was renamed, declare @RenamedFrom(\"" + columnName + "\") on it; to drop the"
                + " column, pass -DallowDrop=" + target + "."));
      }
    }
  }

  private void dropTables() {
    for (String tableName : new TreeSet<>(working.keySet())) {
      if (desired.containsKey(tableName)) {
        continue;
      }
      Schema.Table table = working.remove(tableName);
      List<String> restore = new ArrayList<>();
      restore.add(Ddl.createTable(table));
      table.indexes().forEach(i -> restore.add(Ddl.createIndex(tableName, i)));
      Steps steps = new Steps();
      steps.step(dropMarker(tableName) + Ddl.dropTable(tableName), restore.toArray(String[]::new));
      List<Schema.EnumType> types = new ArrayList<>(Ddl.enumTypesInColumnOrder(table));
      Collections.reverse(types);
      for (Schema.EnumType type : types) {
        steps.step(Ddl.dropType(type.name()), Ddl.createType(type));
      }
      String models = table.models().isEmpty() ? "" : " (model " + String.join(", ", table.models()) + ")";
      steps.add(tableName, null, "drop table " + Sql.quote(tableName), new PendingProblem(
          PendingProblem.DROP_TABLE, tableName,
          "table " + Sql.quote(tableName) + models + " has no model any more, and dropping it loses its data."
              + " If the model was renamed, declare @RenamedFrom(\"" + tableName + "\") on it; to drop the table,"
              + " pass -DallowDrop=" + tableName + "."));
    }
  }

  private static String dropMarker(String target) {
    return MigrationFormat.dropMarker(target) + "\n";
  }

  // ---- creates after changes ---------------------------------------------------------------------

  private void createIndexes() {
    for (String tableName : desired.keySet()) {
      Schema.Table table = working.get(tableName);
      for (Schema.Index index : desired.get(tableName).indexes()) {
        if (table.index(index.name()) != null) {
          continue;
        }
        Steps steps = new Steps();
        steps.step(Ddl.createIndex(tableName, index), Ddl.dropIndex(index.name()));
        List<Schema.Index> indexes = new ArrayList<>(table.indexes());
        indexes.add(index);
        table = table.withIndexes(indexes);
        working.put(tableName, table);
        steps.add(tableName, singleColumn(index.columns()), "create " + (index.unique() ? "unique " : "") + "index "
            + describe(tableName, index), null);
      }
    }
  }

  private void addForeignKeys() {
    for (String tableName : desired.keySet()) {
      Schema.Table table = working.get(tableName);
      for (Schema.ForeignKey key : desired.get(tableName).foreignKeys()) {
        if (table.foreignKey(key.name()) != null) {
          continue;
        }
        Steps steps = new Steps();
        steps.step(Ddl.addForeignKey(tableName, key), Ddl.dropConstraint(tableName, key.name()));
        List<Schema.ForeignKey> keys = new ArrayList<>(table.foreignKeys());
        keys.add(key);
        table = table.withForeignKeys(keys);
        working.put(tableName, table);
        steps.add(tableName, singleColumn(key.columns()), "add foreign key " + describe(tableName, key), null);
      }
    }
  }

  // ---- result ------------------------------------------------------------------------------------

  /**
   * The desired schema in physical column order. Checks that the changes reach it exactly: a difference left
   * over is a bug in this class, better found here than in a database.
   */
  private Schema snapshot() {
    List<Schema.Table> tables = new ArrayList<>();
    for (Schema.Table wanted : desired.values()) {
      Schema.Table reached = working.get(wanted.name());
      Schema.Table ordered = wanted.withColumnOrder(reached == null ? List.of() : reached.columns().stream().map(Schema.Column::name).toList());
      Schema.Table comparable = reached == null ? null : new Schema.Table(reached.name(), wanted.models(), reached.columns(),
          reached.primaryKey(), reached.indexes(), reached.foreignKeys(), reached.enumTypes());
      if (!ordered.equals(comparable)) {
        throw new IllegalStateException("the migration does not reach the models' table " + wanted.name() + ": "
            + comparable + " instead of " + ordered);
      }
      tables.add(ordered);
    }
    if (!working.keySet().equals(desired.keySet())) {
      throw new IllegalStateException("the migration leaves tables " + working.keySet() + " instead of " + desired.keySet());
    }
    return Schema.of(tables);
  }

  // ---- helpers -----------------------------------------------------------------------------------

  /** Collects one change's statements; each undo is recorded so that the down part replays them in reverse. */
  private final class Steps {
    private final List<String> up = new ArrayList<>();
    private final Deque<List<String>> undo = new ArrayDeque<>();
    private List<String> explicitDown;

    /** A statement, and the statements (in order) that undo it; none when undoing another step covers it. */
    void step(String statement, String... undoStatements) {
      up.add(statement);
      undo.push(List.of(undoStatements));
    }

    /** For a change whose undo is not step by step. */
    void explicit(List<String> upStatements, List<String> downStatements) {
      up.addAll(upStatements);
      explicitDown = List.copyOf(downStatements);
    }

    void add(String table, String column, String description, PendingProblem problem) {
      List<String> down = explicitDown != null ? explicitDown
          : undo.stream().flatMap(List::stream).toList();
      changes.add(new Change(table, column, description, List.copyOf(up), down, problem));
    }
  }

  /** The tables in both schemas, sorted. */
  private List<String> commonTables() {
    return desired.keySet().stream().filter(working::containsKey).toList();
  }

  private static List<String> sortedColumnNames(Schema.Table table) {
    return table.columns().stream().map(Schema.Column::name).sorted().toList();
  }

  private static String singleColumn(List<String> columns) {
    return columns.size() == 1 ? columns.get(0) : null;
  }

  private static String column(String table, String column) {
    return Sql.quote(table) + "." + Sql.quote(column);
  }

  private static String values(List<String> values) {
    return values.stream().map(Sql::literal).collect(Collectors.joining(", ", "(", ")"));
  }

  private static String describe(String table, Schema.Index index) {
    return Sql.quote(index.name()) + " on " + Sql.quote(table) + " (" + Ddl.columnList(index.columns()) + ")";
  }

  private static String describe(String table, Schema.ForeignKey key) {
    return Sql.quote(key.name()) + " on " + Sql.quote(table) + " (" + Ddl.columnList(key.columns()) + ") references "
        + Sql.quote(key.referencedTable()) + " (" + Ddl.columnList(key.referencedColumns()) + ")"
        + (key.onDelete().equals("NO ACTION") ? "" : " ON DELETE " + key.onDelete())
        + (key.onUpdate().equals("NO ACTION") ? "" : " ON UPDATE " + key.onUpdate());
  }

  private static List<String> replace(List<String> list, String from, String to) {
    return list.stream().map(s -> s.equals(from) ? to : s).toList();
  }

  private static <T> List<T> replace(List<T> list, T from, T to) {
    return list.stream().map(x -> x.equals(from) ? to : x).toList();
  }

  private static <T> List<T> without(List<T> list, T item) {
    return list.stream().filter(x -> !x.equals(item)).toList();
  }
}
