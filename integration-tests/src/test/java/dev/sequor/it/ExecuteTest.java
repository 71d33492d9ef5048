package dev.sequor.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.sequor.DatabaseException;
import dev.sequor.Sequor;
import dev.sequor.testing.SequorTest;
import org.junit.jupiter.api.Test;

@SequorTest(migrate = false, truncate = false)
class ExecuteTest {

  @Test
  void executeRunsAScriptInOneTransaction(Sequor db) {
    String schema = Sequor.schemaSql(ItemModel.MODEL);

    DatabaseException e = assertThrows(DatabaseException.class, () -> db.execute(schema + schema));

    assertEquals("42710", e.sqlState(), e.getMessage()); // the enum type exists: created by the first half
    assertNull(db.dsl().fetchValue("SELECT to_regclass('items')"), "the first half was rolled back");
    db.execute(schema); // the type was rolled back too
    assertEquals(0L, db.repository(ItemModel.MODEL).count());
  }
}
