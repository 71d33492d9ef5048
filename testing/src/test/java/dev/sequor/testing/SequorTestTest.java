package dev.sequor.testing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.sequor.Sequor;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

/**
 * {@link SequorTest} with its defaults, as a user writes it: the module has no {@code src/main/resources/db/migrations}
 * and no {@code sequor.properties}, so the class path's {@code db/migrations} (two test migrations) is applied.
 */
@SequorTest
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class SequorTestTest {

  private static String schema;

  @BeforeAll
  static void remember(TestDatabase database) {
    schema = database.schema();
  }

  static long count(Sequor db, String table) {
    return ((Number) db.dsl().fetchValue("SELECT count(*) FROM \"" + table + "\"")).longValue();
  }

  static List<String> tables(Sequor db) {
    return db.dsl().fetch("SELECT table_name FROM information_schema.tables WHERE table_schema = current_schema()"
        + " ORDER BY table_name COLLATE \"C\"").getValues(0, String.class);
  }

  @Test
  @Order(1)
  void theClassGetsASchemaOfItsOwnNamedAfterIt_migratedFromTheClassPath(Sequor db, TestDatabase database) {
    assertTrue(database.schema().matches("sequor_test_test_[0-9a-f]{8}"), database.schema());
    assertEquals(database.schema(), db.dsl().fetchValue("SELECT current_schema()"));
    assertSame(db, database.sequor());
    assertEquals(List.of("SequorMeta", "parts", "things"), tables(db));
    assertEquals(2, count(db, "SequorMeta"));
  }

  @Test
  @Order(2)
  void aTestWritesRows(Sequor db) {
    db.execute("INSERT INTO \"things\" (\"name\") VALUES ('bolt'), ('nut');"
        + "INSERT INTO \"parts\" (\"thing_id\") VALUES (1), (2)");

    assertEquals(2, count(db, "things"));
  }

  @Test
  @Order(3)
  void theNextTestStartsFromEmptyTablesAndRestartedSequences_theHistoryKept(Sequor db) {
    assertEquals(0, count(db, "things"));
    assertEquals(0, count(db, "parts"));
    assertEquals(2, count(db, "SequorMeta"));
    assertEquals(1, ((Number) db.dsl().fetchValue(
        "INSERT INTO \"things\" (\"name\") VALUES ('washer') RETURNING \"id\"")).intValue());
  }

  @Test
  @Order(4)
  void theStatementLogHoldsWhatTheTestRan_notTheEmptyingBeforeIt(Sequor db, StatementLog statements) {
    assertEquals(List.of(), statements.all());

    db.dsl().fetch("SELECT \"name\" FROM \"things\"");
    db.dsl().execute("UPDATE \"things\" SET \"size\" = 'M'");

    assertEquals(2, statements.count());
    assertEquals(List.of("UPDATE \"things\" SET \"size\" = 'M'"), statements.starting("update"));
    statements.clear();
    assertEquals(0, statements.count());
  }

  @Test
  @Order(5)
  void truncateEmptiesTheTablesOnDemand(Sequor db, TestDatabase database) {
    db.execute("INSERT INTO \"things\" (\"name\") VALUES ('bolt')");

    database.truncate();

    assertEquals(0, count(db, "things"));
  }

  @Test
  @Order(6)
  void theJdbcUrlReachesTheSameSchema(TestDatabase database) {
    try (Sequor second = Sequor.connect(database.jdbcUrl())) {
      assertEquals(database.schema(), second.dsl().fetchValue("SELECT current_schema()"));
      assertEquals(List.of("SequorMeta", "parts", "things"), tables(second));
    }
  }

  @Nested
  class Inner {
    @Test
    void aNestedClassSharesTheEnclosingClassesSchema(TestDatabase database, Sequor db) {
      assertEquals(schema, database.schema());
      assertEquals(schema, db.dsl().fetchValue("SELECT current_schema()"));
    }
  }
}
