package dev.sequor.it;

import static dev.sequor.Query.orderBy;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.sequor.DatabaseException;
import dev.sequor.Repository;
import dev.sequor.Sequor;
import dev.sequor.testing.SequorTest;
import dev.sequor.testing.StatementLog;
import dev.sequor.testing.TestDatabase;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

@SequorTest(migrate = false)
class RawQueryTest {

  private final Repository<Item, Long> items;
  private final Repository<Subscriber, Long> subscribers;
  private List<Item> stored;

  RawQueryTest(Sequor db) {
    this.items = db.repository(ItemModel.MODEL);
    this.subscribers = db.repository(SubscriberModel.MODEL);
  }

  @BeforeAll
  static void createTables(TestDatabase database) {
    TestTables.create(database, ItemModel.MODEL, SubscriberModel.MODEL);
  }

  @BeforeEach
  void fill() {
    stored = items.bulkCreate(List.of(
        Item.of("a", "Apple", 3, "1.50", Size.SMALL),
        Item.of("b", "Banana", 7, "0.25", Size.MEDIUM),
        Item.of("c", "Cherry", 12, null, Size.SMALL),
        Item.of("d", "what?", 1, null, null)));
  }

  @Test
  void selectStarMapsFullInstancesAndIgnoresColumnsTheModelDoesNotDeclare(StatementLog statements) {
    statements.clear();

    // items also has the hidden created_at and updated_at columns, which no attribute reads.
    List<Item> result = items.query("select * from items where quantity > ? order by id", 5);

    assertEquals(stored.subList(1, 3), result);
    assertEquals(1, statements.count(), "logged like any statement");
  }

  @Test
  void columnsAreMatchedByLabelInAnyOrderAndMissingAttributesAreNull() {
    List<Item> result = items.query(
        "select quantity * 2 as doubled, quantity, upper(code) as code from items where code in (?, ?) order by code",
        "a", "b");

    assertEquals(List.of(new Item(null, "A", null, 3, null, null), new Item(null, "B", null, 7, null, null)), result);
  }

  @Test
  void aJavaEnumIsBoundByNameAndComparesWithTheEnumColumn() {
    List<Item> small = items.query("select * from items where size = ? order by id", Size.SMALL);
    List<Item> asText = items.query("select * from items where size::text = ? order by id", Size.SMALL);

    assertEquals(List.of(stored.get(0), stored.get(2)), small);
    assertEquals(small, asText);
  }

  @Test
  void aQuestionMarkInAStringLiteralIsNotABindValue() {
    assertEquals(List.of(stored.get(3), stored.get(0)),
        items.query("select * from items where name = 'what?' or code = ? order by quantity", "a"));
  }

  @Test
  void timestampsAndDefaultsOfAnotherModelAreReadByTheirColumnTypes() {
    Subscriber ann = subscribers.create(Subscriber.of("ann", null, "Ann"));

    // Not underscored: the table is "Subscribers" and the columns "createdAt" and "updatedAt".
    assertEquals(List.of(ann), subscribers.query("select * from \"Subscribers\" where handle = ?", "ann"));
    assertEquals(List.of(), subscribers.query("select * from \"Subscribers\" where handle = ?", "nobody"));
  }

  @Test
  void aFailingQueryIsADatabaseExceptionNamingTheModel() {
    DatabaseException e = assertThrows(DatabaseException.class,
        () -> items.query("select * from no_such_table where id = ?", 1));

    assertEquals("Item", e.model());
    assertEquals("42P01", e.sqlState());
    assertTrue(e.getMessage().startsWith("Unable to query Item"), e.getMessage());
    assertTrue(e.getMessage().contains("no_such_table"), e.getMessage());
    assertEquals(stored, items.findAll(orderBy(ItemModel.ID.asc())), "nothing else happened");
  }
}
