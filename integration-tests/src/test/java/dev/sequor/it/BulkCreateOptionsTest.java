package dev.sequor.it;

import static dev.sequor.Query.orderBy;
import static dev.sequor.it.SubscriberModel.CREATED_AT;
import static dev.sequor.it.SubscriberModel.EMAIL;
import static dev.sequor.it.SubscriberModel.HANDLE;
import static dev.sequor.it.SubscriberModel.NAME;
import static dev.sequor.it.SubscriberModel.POINTS;
import static dev.sequor.it.SubscriberModel.UPDATED_AT;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.sequor.BulkCreateOptions;
import dev.sequor.DatabaseException;
import dev.sequor.Query;
import dev.sequor.Repository;
import dev.sequor.Sequor;
import dev.sequor.UniqueConstraintException;
import dev.sequor.ValidationException;
import dev.sequor.testing.SequorTest;
import dev.sequor.testing.StatementLog;
import dev.sequor.testing.TestDatabase;
import java.time.Instant;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

@SequorTest(migrate = false)
class BulkCreateOptionsTest {

  private static final Instant LONG_AGO = Instant.parse("2001-02-03T04:05:06Z");

  private final Sequor db;
  private final Repository<Subscriber, Long> subscribers;
  private final Repository<Item, Long> items;

  BulkCreateOptionsTest(Sequor db) {
    this.db = db;
    this.subscribers = db.repository(SubscriberModel.MODEL);
    this.items = db.repository(ItemModel.MODEL);
  }

  @BeforeAll
  static void createTables(TestDatabase database) {
    TestTables.create(database, SubscriberModel.MODEL, ItemModel.MODEL);
  }

  private static BulkCreateOptions<Subscriber> options() {
    return BulkCreateOptions.defaults();
  }

  /** {@code subscriber} with {@code points}, created and updated long ago. */
  private static Subscriber longAgo(Subscriber subscriber, int points) {
    return SubscriberModel.builder(subscriber).points(points).createdAt(LONG_AGO).updatedAt(LONG_AGO).build();
  }

  /** Two stored subscribers, ann and bob, with timestamps long ago. */
  private List<Subscriber> storeAnnAndBob() {
    subscribers.bulkCreate(List.of(
        longAgo(Subscriber.of("ann", "ann@example.com", "Ann"), 1),
        longAgo(Subscriber.of("bob", "bob@example.com", "Bob"), 2)));
    return subscribers.findAll(orderBy(HANDLE.asc()));
  }

  @Test
  void withoutReturningTheRowsAreStoredAndTheInstancesComeBackAsGiven() {
    List<Subscriber> given = List.of(Subscriber.of("hal", null, "Hal"), Subscriber.of("ivy", null, "Ivy"));

    List<Subscriber> result = subscribers.bulkCreate(given, BulkCreateOptions.<Subscriber>defaults().returning(false));

    assertEquals(given, result);
    List<Subscriber> stored = subscribers.findAll(Query.orderBy(SubscriberModel.HANDLE.asc()));
    assertEquals(List.of("hal", "ivy"), stored.stream().map(Subscriber::handle).toList());
    assertTrue(stored.stream().allMatch(s -> s.id() != null && s.createdAt() != null), stored.toString());
  }

  @Test
  void withoutReturningTextThatCopyMustEscapeArrivesIntact(StatementLog statements) {
    List<Item> given = List.of(
        Item.of("t1", "tab\there", 1, "1.50", Size.SMALL),
        Item.of("t2", "line\nbreak\r", 2, null, Size.LARGE),
        Item.of("t3", "back\\slash \\N", null, "123456.78", null),
        Item.of("t4", "\\N", 4, "0.01", Size.MEDIUM),
        Item.of("t5", null, 5, "-3.25", Size.SMALL),
        Item.of("t6", "ünïcødé 😀, \"quoted\"", 6, null, null));

    statements.clear();
    items.bulkCreate(given, BulkCreateOptions.<Item>defaults().returning(false));

    assertEquals(1, statements.starting("copy").size(), statements.all().toString());
    List<Item> stored = items.findAll(Query.orderBy(ItemModel.CODE.asc()));
    assertEquals(given, stored.stream().map(i -> new Item(null, i.code(), i.name(), i.quantity(), i.price(), i.size()))
        .toList());
  }

  @Test
  void withoutReturningRowsOfDifferentShapesAreStoredToo(StatementLog statements) {
    statements.clear();
    items.bulkCreate(List.of(new Item(500L, "s1", "given id", 1, null, null), Item.of("s2", "numbered", 2)),
        BulkCreateOptions.<Item>defaults().returning(false));

    List<Item> stored = items.findAll(Query.orderBy(ItemModel.CODE.asc()));
    assertEquals(List.of("s1", "s2"), stored.stream().map(Item::code).toList());
    assertEquals(500L, stored.get(0).id());
    assertEquals(List.of(), statements.starting("copy"), "COPY cannot mix DEFAULT and values in one column");
  }

  @Test
  void ignoreDuplicatesSkipsRowsThatBreakAUniqueKeyAndReturnsOnlyTheRowsInserted() {
    List<Subscriber> before = storeAnnAndBob();

    List<Subscriber> inserted = subscribers.bulkCreate(List.of(
        Subscriber.of("ann", "other@example.com", "Ann again"),
        Subscriber.of("cy", "cy@example.com", "Cy"),
        Subscriber.of("dan", "bob@example.com", "Dan with Bob's email"),
        Subscriber.of("eve", null, "Eve")), options().ignoreDuplicates());

    assertEquals(List.of("cy", "eve"), inserted.stream().map(Subscriber::handle).toList());
    assertEquals(4, subscribers.count());
    assertEquals(before, subscribers.findAll(Query.where(HANDLE.in("ann", "bob")).order(HANDLE.asc())));
    assertEquals(inserted, subscribers.findAll(Query.where(HANDLE.in("cy", "eve")).order(HANDLE.asc())));
  }

  @Test
  void ignoreDuplicatesOnExplicitConflictAttributesStillFailsOnAnotherKey() {
    storeAnnAndBob();

    assertEquals(List.of(), subscribers.bulkCreate(List.of(Subscriber.of("ann", "new@example.com", "Ann")),
        options().ignoreDuplicates().conflictAttributes(HANDLE)));
    assertThrows(UniqueConstraintException.class, () -> subscribers.bulkCreate(
        List.of(Subscriber.of("zed", "ann@example.com", "Zed")), options().ignoreDuplicates().conflictAttributes(HANDLE)));
    assertEquals(2, subscribers.count());
  }

  @Test
  void ignoreDuplicatesSkipsDuplicatesWithinTheCallToo() {
    List<Subscriber> inserted = subscribers.bulkCreate(List.of(
        Subscriber.of("fay", null, "Fay 1"), Subscriber.of("fay", null, "Fay 2"), Subscriber.of("gus", null, "Gus")),
        options().ignoreDuplicates());

    assertEquals(List.of("Fay 1", "Gus"), inserted.stream().map(Subscriber::name).toList());
    assertEquals(2, subscribers.count());
  }

  @Test
  void updateOnDuplicateUpdatesTheListedAttributesOnTheFirstUniqueAttribute() {
    List<Subscriber> before = storeAnnAndBob();

    List<Subscriber> stored = subscribers.bulkCreate(List.of(
        SubscriberModel.builder().handle("ann").email("ann@example.org").name("Ann Updated").points(10).build(),
        SubscriberModel.builder().handle("cy").email("cy@example.com").name("Cy").points(3).build()),
        options().updateOnDuplicate(NAME, POINTS));

    assertEquals(2, stored.size(), "inserted and updated rows");
    assertEquals(3, subscribers.count());
    Subscriber ann = subscribers.findOne(HANDLE.eq("ann")).orElseThrow();
    assertEquals(stored.get(0), ann);
    assertEquals(before.get(0).id(), ann.id());
    assertEquals("Ann Updated", ann.name());
    assertEquals(10, ann.points());
    assertEquals("ann@example.com", ann.email(), "not listed: unchanged");
    assertEquals(LONG_AGO, ann.createdAt());
    assertEquals(LONG_AGO, ann.updatedAt(), "updatedAt only when listed, as in Sequelize");
    assertEquals(before.get(1), subscribers.findOne(HANDLE.eq("bob")).orElseThrow());
    assertEquals("Cy", stored.get(1).name());
  }

  @Test
  void updateOnDuplicateNeverOverwritesCreatedAtButUpdatesUpdatedAtWhenListed() {
    storeAnnAndBob();

    List<Subscriber> stored = subscribers.bulkCreate(List.of(Subscriber.of("bob", null, "Robert")),
        options().updateOnDuplicate(NAME, CREATED_AT, UPDATED_AT));

    Subscriber bob = subscribers.findOne(HANDLE.eq("bob")).orElseThrow();
    assertEquals(stored, List.of(bob));
    assertEquals("Robert", bob.name());
    assertEquals(LONG_AGO, bob.createdAt());
    assertTrue(bob.updatedAt().isAfter(LONG_AGO), bob.updatedAt().toString());
  }

  @Test
  void updateOnDuplicateUsesThePrimaryKeyWhenEveryRowCarriesIt() {
    List<Subscriber> before = storeAnnAndBob();

    List<Subscriber> stored = subscribers.bulkCreate(List.of(
        SubscriberModel.builder(before.get(0)).name("Ann by id").email("ann@example.net").build(),
        SubscriberModel.builder().id(before.get(1).id() + 100).handle("cy").name("Cy").build()),
        options().updateOnDuplicate(NAME, EMAIL));

    assertEquals(List.of("Ann by id", "Cy"), stored.stream().map(Subscriber::name).toList());
    assertEquals("ann@example.net", subscribers.findByPk(before.get(0).id()).orElseThrow().email());
    assertEquals(3, subscribers.count());
  }

  @Test
  void updateOnDuplicateOnExplicitConflictAttributes() {
    List<Subscriber> before = storeAnnAndBob();

    subscribers.bulkCreate(List.of(Subscriber.of("robert", "bob@example.com", "Robert")),
        options().updateOnDuplicate(HANDLE, NAME).conflictAttributes(EMAIL));

    Subscriber bob = subscribers.findByPk(before.get(1).id()).orElseThrow();
    assertEquals("robert", bob.handle());
    assertEquals("Robert", bob.name());
    assertEquals(2, subscribers.count());
  }

  @Test
  void updateOnDuplicateOfTwoRowsWithOneKeyInOneStatementFailsAndStoresNothing() {
    storeAnnAndBob();

    DatabaseException e = assertThrows(DatabaseException.class, () -> subscribers.bulkCreate(List.of(
        Subscriber.of("cy", null, "Cy"), Subscriber.of("cy", null, "Cy again")), options().updateOnDuplicate(NAME)));

    assertEquals("21000", e.sqlState(), e.getMessage());
    assertTrue(e.getMessage().contains("cannot affect row a second time"), e.getMessage());
    assertEquals("Subscriber", e.model());
    assertEquals(2, subscribers.count());
  }

  @Test
  void updateOnDuplicateInBatchesSeesEarlierBatchesAndRollsBackAsOne() {
    List<Subscriber> rows = IntStream.range(0, 5).mapToObj(i -> Subscriber.of("s" + i, null, "first " + i)).toList();
    subscribers.bulkCreate(rows, options().updateOnDuplicate(NAME).batchSize(2));

    List<Subscriber> again = IntStream.range(0, 5).mapToObj(i -> Subscriber.of("s" + i, null, "second " + i)).toList();
    List<Subscriber> stored = subscribers.bulkCreate(again, options().updateOnDuplicate(NAME).batchSize(2));

    assertEquals(5, stored.size());
    assertEquals(5, subscribers.count());
    assertEquals(5, subscribers.count(NAME.startsWith("second")));

    // The last batch breaks the email key: every batch before it is rolled back too.
    List<Subscriber> failing = List.of(Subscriber.of("s0", "x@example.com", "third 0"),
        Subscriber.of("s1", null, "third 1"), Subscriber.of("t2", "x@example.com", "third 2"));
    assertThrows(UniqueConstraintException.class,
        () -> subscribers.bulkCreate(failing, options().updateOnDuplicate(NAME, EMAIL).batchSize(2)));
    assertEquals(0, subscribers.count(NAME.startsWith("third")));
    assertEquals(5, subscribers.count());
  }

  @Test
  void updateOnDuplicateOfAModelWithHiddenTimestamps() {
    Item pen = items.create(Item.of("pen", "Pen", 1));

    List<Item> stored = items.bulkCreate(List.of(Item.of("pen", "Blue pen", 5), Item.of("ink", "Ink", 2)),
        BulkCreateOptions.<Item>defaults().updateOnDuplicate(ItemModel.NAME, ItemModel.QUANTITY));

    assertEquals(List.of(new Item(pen.id(), "pen", "Blue pen", 5, null, null)), stored.subList(0, 1));
    assertEquals(2, items.count());
  }

  @Test
  void updateOnDuplicateWithoutAConflictTargetIsRefused(StatementLog statements) {
    ValidationException e = assertThrows(ValidationException.class,
        () -> db.repository(NoteModel.MODEL).bulkCreate(List.of(new Note("t", null, 1, false)),
            BulkCreateOptions.<Note>defaults().updateOnDuplicate(NoteModel.TITLE)));

    assertTrue(e.getMessage().contains("needs a conflict target"), e.getMessage());
    assertEquals(0, statements.count(), statements.all().toString());
  }
}
