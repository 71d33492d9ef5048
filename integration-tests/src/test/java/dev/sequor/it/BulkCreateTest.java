package dev.sequor.it;

import static dev.sequor.Query.orderBy;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.sequor.Repository;
import dev.sequor.Sequor;
import dev.sequor.UniqueConstraintException;
import dev.sequor.ValidationException;
import dev.sequor.testing.SequorTest;
import dev.sequor.testing.StatementLog;
import dev.sequor.testing.TestDatabase;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

@SequorTest(migrate = false)
class BulkCreateTest {

  private final Repository<Item, Long> items;

  BulkCreateTest(Sequor db) {
    this.items = db.repository(ItemModel.MODEL);
  }

  @BeforeAll
  static void createTables(TestDatabase database) {
    TestTables.create(database, ItemModel.MODEL, AccountModel.MODEL);
  }

  private static List<Item> items(int count) {
    return IntStream.range(0, count).mapToObj(i -> Item.of(String.format("code-%05d", i), "item " + i, i)).toList();
  }

  @Test
  void bulkCreateRunsOneInsertPerBatchOfAThousandRows(StatementLog statements) {
    statements.clear();

    items.bulkCreate(items(2500));

    assertEquals(3, statements.starting("insert").size());
    assertEquals(3, statements.count(), "only the inserts run");
    assertEquals(2500, items.count());
  }

  @Test
  void bulkCreateRunsOneInsertPerBatchOfTheGivenSize(StatementLog statements) {
    statements.clear();

    items.bulkCreate(items(10), 4);

    assertEquals(3, statements.starting("insert").size(), statements.all().toString());
    assertEquals(10, items.count());
  }

  @Test
  void bulkCreateReturnsTheStoredRowsInTheOrderGivenWithTheirIds() {
    List<Item> given = items(2500);

    List<Item> stored = items.bulkCreate(given);

    assertEquals(given.size(), stored.size());
    for (int i = 0; i < given.size(); i++) {
      assertEquals(given.get(i).code(), stored.get(i).code(), "row " + i);
      assertEquals(given.get(i).quantity(), stored.get(i).quantity(), "row " + i);
      if (i > 0) {
        assertTrue(stored.get(i).id() > stored.get(i - 1).id(), "ids ascend at row " + i);
      }
    }
    assertEquals(stored, items.findAll(orderBy(ItemModel.ID.asc())));
  }

  @Test
  void bulkCreateStoresNothingWhenALaterBatchFails(StatementLog statements) {
    List<Item> given = new ArrayList<>(items(2500));
    given.set(2100, Item.of("code-00005", "duplicate of row 6", 0)); // in the third batch

    statements.clear();
    UniqueConstraintException e = assertThrows(UniqueConstraintException.class, () -> items.bulkCreate(given));

    assertEquals("23505", e.sqlState());
    assertEquals(3, statements.starting("insert").size(), "two batches ran, the third failed: " + statements.all());
    assertEquals(0, items.count());
  }

  @Test
  void bulkCreateRefusesANullForANotNullAttributeInAnyRowBeforeAnySql(StatementLog statements) {
    List<Item> given = new ArrayList<>(items(2500));
    given.set(1999, Item.of(null, "no code", 1));

    statements.clear();
    ValidationException e = assertThrows(ValidationException.class, () -> items.bulkCreate(given));

    assertEquals(0, statements.count(), statements.all().toString());
    assertEquals("Item", e.model());
    assertEquals("code", e.attribute());
    assertTrue(e.getMessage().contains("Item") && e.getMessage().contains("code")
        && e.getMessage().contains("row 2000 of 2500"), e.getMessage());
    assertEquals(0, items.count());
  }

  @Test
  void bulkCreateOfNoRowsRunsNoStatement(StatementLog statements) {
    statements.clear();

    assertEquals(List.of(), items.bulkCreate(List.of()));

    assertEquals(0, statements.count());
  }

  @Test
  void bulkCreateRefusesABatchSizeBelowOne() {
    assertThrows(IllegalArgumentException.class, () -> items.bulkCreate(items(1), 0));
  }

  @Test
  void bulkCreateStoresDatabaseDefaults(Sequor db) {
    Repository<Account, Long> accounts = db.repository(AccountModel.MODEL);

    List<Account> stored = accounts.bulkCreate(List.of(Account.of("a@example.com", "A"),
        AccountModel.builder().email("b@example.com").fullName("B").credits(7).build()));

    assertEquals(100, stored.get(0).credits());
    assertEquals(Status.ACTIVE, stored.get(0).status());
    assertEquals(7, stored.get(1).credits());
    assertEquals(stored.get(0).createdAt(), stored.get(1).createdAt(), "one timestamp for the whole call");
  }
}
