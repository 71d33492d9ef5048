package dev.sequor.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.sequor.Sequor;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** What {@link PostgresExtension} promises: the ground the other tests stand on. */
@ExtendWith(PostgresExtension.class)
class IsolationTest {

  @Test
  void theClassGetsASchemaOfItsOwnThatItsSequorUses(TestDatabase database, Sequor db) {
    assertTrue(database.schema().matches("sequor_it_[0-9a-f]{16}"), database.schema());
    assertEquals(database.schema(), String.valueOf(db.dsl().fetchValue("SELECT current_schema()")));
  }

  @Test
  void theClassesSchemaStartsEmpty(TestDatabase database, Sequor db) {
    Object tables = db.dsl().fetchValue(
        "SELECT count(*) FROM information_schema.tables WHERE table_schema = current_schema()");
    assertEquals("0", String.valueOf(tables));
  }

  @Test
  void closingATestDatabaseDropsItsSchemaWithEverythingInIt(TestDatabase database, Sequor db) {
    TestDatabase other = TestDatabase.create(database.server());
    other.createTables(ItemModel.MODEL);
    other.sequor().repository(ItemModel.MODEL).create(Item.of("x", "x", 1));
    String sql = "SELECT count(*) FROM pg_namespace WHERE nspname = '" + other.schema() + "'";
    assertEquals("1", String.valueOf(db.dsl().fetchValue(sql)));

    other.close();

    assertEquals("0", String.valueOf(db.dsl().fetchValue(sql)));
  }
}
