package dev.sequor.it;

import static dev.sequor.it.SubscriberModel.EMAIL;
import static dev.sequor.it.SubscriberModel.HANDLE;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.sequor.Created;
import dev.sequor.DatabaseException;
import dev.sequor.Repository;
import dev.sequor.Sequor;
import dev.sequor.UniqueConstraintException;
import dev.sequor.ValidationException;
import dev.sequor.testing.SequorTest;
import dev.sequor.testing.StatementLog;
import dev.sequor.testing.TestDatabase;
import java.time.Instant;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

@SequorTest(migrate = false)
class UpsertTest {

  private static final Instant LONG_AGO = Instant.parse("2001-02-03T04:05:06Z");

  private final Sequor db;
  private final Repository<Subscriber, Long> subscribers;
  private final Repository<Item, Long> items;

  UpsertTest(Sequor db) {
    this.db = db;
    this.subscribers = db.repository(SubscriberModel.MODEL);
    this.items = db.repository(ItemModel.MODEL);
  }

  @BeforeAll
  static void createTables(TestDatabase database) {
    TestTables.create(database, SubscriberModel.MODEL, ItemModel.MODEL);
  }

  /** Stored with timestamps in the past, so that a bump shows without a clock. */
  private Subscriber storedLongAgo(Subscriber subscriber) {
    Subscriber created = subscribers.create(subscriber);
    db.dsl().update(SubscriberModel.MODEL.table()).set(SubscriberModel.CREATED_AT.field(), LONG_AGO)
        .set(SubscriberModel.UPDATED_AT.field(), LONG_AGO).where(SubscriberModel.ID.field().eq(created.id())).execute();
    return subscribers.findByPk(created.id()).orElseThrow();
  }

  @Test
  void upsertInsertsANewRow() {
    Created<Subscriber> result = subscribers.upsert(Subscriber.of("ann", "ann@example.com", "Ann"));

    assertTrue(result.created());
    Subscriber row = result.instance();
    assertNotNull(row.id());
    assertEquals("ann", row.handle());
    assertEquals(0, row.points(), "the database default");
    assertNotNull(row.createdAt());
    assertEquals(row.createdAt(), row.updatedAt());
    assertEquals(row, subscribers.findByPk(row.id()).orElseThrow());
  }

  @Test
  void upsertByPrimaryKeyUpdatesTheRowKeepingCreatedAtAndBumpingUpdatedAt() {
    Subscriber stored = storedLongAgo(SubscriberModel.builder().handle("ben").email("ben@example.com").name("Ben").points(3).build());

    Created<Subscriber> result = subscribers.upsert(
        new Subscriber(stored.id(), "benjamin", "benjamin@example.com", "Benjamin", 10, null, null));

    assertFalse(result.created());
    Subscriber row = result.instance();
    assertEquals(stored.id(), row.id());
    assertEquals("benjamin", row.handle());
    assertEquals("benjamin@example.com", row.email());
    assertEquals("Benjamin", row.name());
    assertEquals(10, row.points());
    assertEquals(LONG_AGO, row.createdAt());
    assertTrue(row.updatedAt().isAfter(LONG_AGO), row.updatedAt().toString());
    assertEquals(row, subscribers.findByPk(stored.id()).orElseThrow());
    assertEquals(1, subscribers.count());
  }

  @Test
  void upsertWithoutIdFindsTheRowByItsFirstUniqueAttributeWithAValue() {
    Subscriber stored = storedLongAgo(SubscriberModel.builder().handle("cat").email("cat@example.com").name("Cat").points(5).build());

    Created<Subscriber> byHandle = subscribers.upsert(Subscriber.of("cat", "cat@example.org", "Catherine"));

    assertFalse(byHandle.created());
    assertEquals(stored.id(), byHandle.instance().id());
    assertEquals("cat@example.org", byHandle.instance().email());
    assertEquals("Catherine", byHandle.instance().name());
    assertEquals(5, byHandle.instance().points(), "a null for an attribute with a default leaves the value");
    assertEquals(LONG_AGO, byHandle.instance().createdAt());
    assertEquals(1, subscribers.count());
  }

  @Test
  void upsertOnExplicitConflictAttributes() {
    Subscriber stored = subscribers.create(Subscriber.of("dee", "dee@example.com", "Dee"));

    Created<Subscriber> result = subscribers.upsert(Subscriber.of("deedee", "dee@example.com", "Dee Dee"), EMAIL);

    assertFalse(result.created());
    assertEquals(stored.id(), result.instance().id());
    assertEquals("deedee", result.instance().handle(), "the other unique attribute is updated");
    assertEquals(1, subscribers.count());

    Created<Subscriber> inserted = subscribers.upsert(Subscriber.of("eli", "eli@example.com", "Eli"), EMAIL);
    assertTrue(inserted.created());
    assertEquals(2, subscribers.count());
  }

  @Test
  void upsertOfAModelWithHiddenTimestamps() {
    Item stored = items.create(Item.of("pen", "Pen", 1));

    Created<Item> result = items.upsert(Item.of("pen", "Blue pen", 4));

    assertFalse(result.created());
    assertEquals(new Item(stored.id(), "pen", "Blue pen", 4, null, null), result.instance());
    assertTrue(items.upsert(Item.of("ink", "Ink", 2)).created());
    assertEquals(2, items.count());
  }

  @Test
  void upsertWithoutAnyKeyIsRefusedBeforeAnySql(StatementLog statements) {
    ValidationException e = assertThrows(ValidationException.class,
        () -> db.repository(NoteModel.MODEL).upsert(new Note("title", null, 1, false)));

    assertEquals("Note", e.model());
    assertEquals("id", e.attribute());
    assertTrue(e.getMessage().contains("upsert needs a key"), e.getMessage());
    assertEquals(0, statements.count(), statements.all().toString());
  }

  @Test
  void upsertThatBreaksAnotherUniqueKeyThrows() {
    subscribers.create(Subscriber.of("gil", "gil@example.com", "Gil"));
    subscribers.create(Subscriber.of("gwen", "gwen@example.com", "Gwen"));

    assertThrows(UniqueConstraintException.class,
        () -> subscribers.upsert(Subscriber.of("gil", "gwen@example.com", "Gil")));
  }

  @Test
  void upsertOnAttributesWithoutAUniqueConstraintIsADatabaseError() {
    DatabaseException e = assertThrows(DatabaseException.class,
        () -> subscribers.upsert(Subscriber.of("hal", null, "Hal"), SubscriberModel.NAME));

    assertEquals("Subscriber", e.model());
    assertEquals("42P10", e.sqlState(), e.getMessage());
  }

  @Test
  void upsertTellsInsertFromUpdateInsideATransaction() throws Exception {
    db.transaction(tx -> {
      assertTrue(subscribers.upsert(Subscriber.of("ivy", null, "Ivy")).created());
      assertFalse(subscribers.upsert(Subscriber.of("ivy", null, "Ivy B")).created());
      return null;
    });

    assertEquals("Ivy B", subscribers.findOne(HANDLE.eq("ivy")).orElseThrow().name());
  }
}
