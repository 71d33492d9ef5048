package dev.sequor.processor;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * The foreign keys the associations of every model declare, by the table that holds them: a {@code belongsTo}'s on
 * its own model's table, a {@code hasOne}'s or {@code hasMany}'s on the target's. Both sides of one association
 * ({@code Order.customer} and {@code Customer.orders}) declare one key: its actions are those given on either side
 * (different ones on both sides are an error), else the {@code belongsTo}'s defaults, else the others'.
 *
 * <p>And the join tables that {@code belongsToMany} associations name with {@code through}: the two keys (the
 * primary key), {@code createdAt} and {@code updatedAt}, a foreign key to each side ({@code ON DELETE CASCADE ON
 * UPDATE CASCADE}, as Sequelize's) and an index on the second key, the two keys in the order of their column names.
 * Both sides may declare one join table, with the same two key columns; its snapshot lists the associations that
 * declare it ({@code <model>#<association>}), not models of its own.
 */
final class AssociationKeys {

  /** One foreign key column and the declarations that make it. */
  private static final class Key {
    final String table;
    final String column;
    final String referencedTable;
    final String referencedColumn;
    final List<AssociationDescriptor> declarations = new ArrayList<>();
    final List<String> declaredBy = new ArrayList<>();

    Key(String table, String column, String referencedTable, String referencedColumn) {
      this.table = table;
      this.column = column;
      this.referencedTable = referencedTable;
      this.referencedColumn = referencedColumn;
    }
  }

  private final Map<String, Map<String, Key>> byTable = new LinkedHashMap<>();
  private final Map<String, Schema.Table> joinTables = new LinkedHashMap<>();
  private final Map<String, String> joinTableDeclaredBy = new LinkedHashMap<>();

  private AssociationKeys() {}

  /**
   * The keys of {@code models}' associations; reports each conflict of actions on the declaration that came second.
   *
   * @param tableOf the table of a model, as the schema names it
   */
  static AssociationKeys of(List<ModelDescriptor> models, Function<ModelDescriptor, String> tableOf,
      ErrorReporter reporter) {
    AssociationKeys keys = new AssociationKeys();
    Map<String, String> modelTables = new LinkedHashMap<>();
    for (ModelDescriptor model : models) {
      modelTables.put(tableOf.apply(model), model.qualifiedName());
    }
    for (ModelDescriptor model : models) {
      for (AssociationDescriptor a : model.associations()) {
        if (a.kind() == AssociationDescriptor.Kind.BELONGS_TO_MANY) {
          if (a.through().model() == null) {
            keys.joinTable(model, a, tableOf, modelTables, reporter);
          }
          continue;
        }
        String source = tableOf.apply(model);
        String target = tableOf.apply(a.target());
        String table = a.foreignKeyOnSource() ? source : target;
        String referenced = a.foreignKeyOnSource() ? target : source;
        Key key = keys.byTable.computeIfAbsent(table, t -> new LinkedHashMap<>())
            .computeIfAbsent(a.foreignKeyColumn(), c -> new Key(table, c, referenced, a.keyColumn()));
        if (!key.referencedTable.equals(referenced) || !key.referencedColumn.equals(a.keyColumn())) {
          reporter.error(a.element(), a.annotation(), null, Messages.foreignKeyTwoTargets(table, key.column,
              key.declaredBy.get(0), key.referencedTable, describe(a, model), referenced));
          continue;
        }
        for (String option : List.of("onDelete", "onUpdate")) {
          String given = given(a, option);
          for (int i = 0; i < key.declarations.size(); i++) {
            String earlier = given(key.declarations.get(i), option);
            if (given != null && earlier != null && !given.equals(earlier)) {
              reporter.error(a.element(), a.annotation(), null, Messages.associationActionsDiffer(option, table,
                  key.column, key.declaredBy.get(i), earlier, describe(a, model), given));
            }
          }
        }
        key.declarations.add(a);
        key.declaredBy.add(describe(a, model));
      }
    }
    return keys;
  }

  /** Adds the join table {@code a} names, or checks that it is the one already added. */
  private void joinTable(ModelDescriptor model, AssociationDescriptor a, Function<ModelDescriptor, String> tableOf,
      Map<String, String> modelTables, ErrorReporter reporter) {
    AssociationDescriptor.Through through = a.through();
    String name = through.table();
    String declaredBy = describe(a, model);
    if (modelTables.containsKey(name)) {
      reporter.error(a.element(), a.annotation(), null, Messages.joinTableIsAModelTable(name, declaredBy,
          modelTables.get(name)));
      return;
    }
    String source = tableOf.apply(model);
    String target = tableOf.apply(a.target());
    // the keys in the order of their column names, whichever side declares the table (or both)
    Schema.Column key = new Schema.Column(through.foreignKeyColumn(), through.keyType(), true, null, false);
    Schema.Column otherKey = new Schema.Column(through.otherKeyColumn(), through.otherKeyType(), true, null, false);
    boolean keyFirst = key.name().compareTo(otherKey.name()) < 0;
    Schema.Column first = keyFirst ? key : otherKey;
    Schema.Column second = keyFirst ? otherKey : key;
    Schema.Table table = new Schema.Table(name, List.of(model.qualifiedName() + "#" + a.name()),
        List.of(first, second,
            new Schema.Column(through.createdAtColumn(), SchemaBuilder.TIMESTAMP_TYPE, true, null, false),
            new Schema.Column(through.updatedAtColumn(), SchemaBuilder.TIMESTAMP_TYPE, true, null, false)),
        List.of(first.name(), second.name()),
        List.of(new Schema.Index(Naming.indexName(name, List.of(second.name())), List.of(second.name()), false)),
        List.of(joinKey(name, through.foreignKeyColumn(), source, a.keyColumn()),
            joinKey(name, through.otherKeyColumn(), target, through.targetKeyColumn())),
        List.of());
    Schema.Table earlier = joinTables.get(name);
    if (earlier == null) {
      joinTables.put(name, table);
      joinTableDeclaredBy.put(name, declaredBy);
      return;
    }
    if (!earlier.columns().equals(table.columns()) || !earlier.foreignKeys().equals(table.foreignKeys())) {
      reporter.error(a.element(), a.annotation(), null, Messages.joinTableDiffers(name, joinTableDeclaredBy.get(name),
          declaredBy));
      return;
    }
    List<String> declaring = new ArrayList<>(earlier.models());
    declaring.addAll(table.models());
    joinTables.put(name, new Schema.Table(name, declaring, earlier.columns(), earlier.primaryKey(), earlier.indexes(),
        earlier.foreignKeys(), List.of()));
  }

  private static Schema.ForeignKey joinKey(String table, String column, String referencedTable, String referencedColumn) {
    return new Schema.ForeignKey(Naming.foreignKeyName(table, List.of(column)), List.of(column), referencedTable,
        List.of(referencedColumn), "CASCADE", "CASCADE");
  }

  /** The join tables {@code belongsToMany} associations create, in the order first declared. */
  List<Schema.Table> joinTables() {
    return List.copyOf(joinTables.values());
  }

  private static String given(AssociationDescriptor a, String option) {
    return option.equals("onDelete") ? a.onDelete() : a.onUpdate();
  }

  private static String describe(AssociationDescriptor a, ModelDescriptor model) {
    return "@" + a.kind().annotation() + " " + a.name() + " of " + model.qualifiedName();
  }

  /** The foreign keys held by {@code table}'s columns. */
  List<Schema.ForeignKey> foreignKeys(String table) {
    List<Schema.ForeignKey> keys = new ArrayList<>();
    for (Key key : byTable.getOrDefault(table, Map.of()).values()) {
      List<String> columns = List.of(key.column);
      keys.add(new Schema.ForeignKey(Naming.foreignKeyName(table, columns), columns, key.referencedTable,
          List.of(key.referencedColumn), action(key, "onDelete"), action(key, "onUpdate")));
    }
    return keys;
  }

  /** The action given on either side; else the {@code belongsTo}'s default; else the first declaration's. */
  private static String action(Key key, String option) {
    for (AssociationDescriptor a : key.declarations) {
      if (given(a, option) != null) {
        return given(a, option);
      }
    }
    AssociationDescriptor chosen = key.declarations.stream().filter(AssociationDescriptor::foreignKeyOnSource)
        .findFirst().orElse(key.declarations.get(0));
    return option.equals("onDelete") ? chosen.effectiveOnDelete() : chosen.effectiveOnUpdate();
  }
}
