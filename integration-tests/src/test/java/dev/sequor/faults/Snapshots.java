package dev.sequor.faults;

import dev.sequor.Sequor;
import java.util.List;

/**
 * What a fault must leave as it was, read on the test class's own {@link Sequor} (whose sessions no scenario
 * terminates), in the class's schema.
 */
final class Snapshots {

  private Snapshots() {}

  /** Every table, index, sequence and view of the schema, as {@code name:kind}, sorted. */
  static List<String> relations(Sequor db) {
    return strings(db, "SELECT relname || ':' || relkind::text FROM pg_class"
        + " WHERE relnamespace = current_schema()::regnamespace ORDER BY 1");
  }

  /** The migration history, {@code name:checksum} in name order. */
  static List<String> migrations(Sequor db) {
    return strings(db, "SELECT name || ':' || checksum FROM \"SequorMeta\" ORDER BY name");
  }

  /** The first column of every row of {@code sql}, as text. */
  static List<String> strings(Sequor db, String sql) {
    return db.dsl().fetch(sql).getValues(0, String.class);
  }
}
