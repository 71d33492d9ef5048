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

  private AssociationKeys() {}

  /**
   * The keys of {@code models}' associations; reports each conflict of actions on the declaration that came second.
   *
   * @param tableOf the table of a model, as the schema names it
   */
  static AssociationKeys of(List<ModelDescriptor> models, Function<ModelDescriptor, String> tableOf,
      ErrorReporter reporter) {
    AssociationKeys keys = new AssociationKeys();
    for (ModelDescriptor model : models) {
      for (AssociationDescriptor a : model.associations()) {
        String source = tableOf.apply(model);
        String target = tableOf.apply(a.target());
        String table = a.foreignKeyOnSource() ? source : target;
        Key key = keys.byTable.computeIfAbsent(table, t -> new LinkedHashMap<>())
            .computeIfAbsent(a.foreignKeyColumn(), c -> new Key(table, c, a.foreignKeyOnSource() ? target : source,
                a.keyColumn()));
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
