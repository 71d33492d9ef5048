package dev.sequor.it;

import static dev.sequor.it.SubscriberModel.HANDLE;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.sequor.Created;
import dev.sequor.Repository;
import dev.sequor.Sequor;
import dev.sequor.testing.SequorTest;
import dev.sequor.testing.TestDatabase;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The generated builders ({@code SubscriberModel.builder()}) as the way to write rows: what a builder leaves out
 * (the id, timestamps, attributes with a default) is filled when the row is stored, by {@code create},
 * {@code bulkCreate} and {@code findOrCreate} alike. Associations set on builders are stored by {@code create} with
 * includes in {@link AssociationWriteTest}; the example app's seeders build their rows too ({@code ProductsAppTest}).
 */
@SequorTest(migrate = false)
class BuilderTest {

  private final Repository<Subscriber, Long> subscribers;
  private final Repository<Book, Long> books;
  private final Repository<Note, Long> notes;

  BuilderTest(Sequor db) {
    this.subscribers = db.repository(SubscriberModel.MODEL);
    this.books = db.repository(BookModel.MODEL);
    this.notes = db.repository(NoteModel.MODEL);
  }

  @BeforeAll
  static void migrate(TestDatabase database) {
    TestTables.migrateAllTestModels(database);
  }

  @Test
  void create_fillsTheIdTheTimestampsAndTheDefaultsABuilderLeftOut() {
    Subscriber built = SubscriberModel.builder().handle("ada").name("Ada").build();

    Subscriber stored = subscribers.create(built);

    assertNull(built.id());
    assertNull(built.points());
    assertNotNull(stored.id());
    assertEquals(0, stored.points(), "the column's default");
    assertNotNull(stored.createdAt());
    assertEquals(stored, subscribers.findByPk(stored.id()).orElseThrow());
  }

  @Test
  void bulkCreate_storesBuiltInstancesInOrder() {
    List<Subscriber> stored = subscribers.bulkCreate(List.of(
        SubscriberModel.builder().handle("bulk-1").points(1).build(),
        SubscriberModel.builder().handle("bulk-2").email("two@example.com").build()));

    assertEquals(List.of("bulk-1", "bulk-2"), stored.stream().map(Subscriber::handle).toList());
    assertEquals(List.of(1, 0), stored.stream().map(Subscriber::points).toList());
    assertEquals("two@example.com", stored.get(1).email());
    stored.forEach(s -> assertNotNull(s.id()));
  }

  @Test
  void findOrCreate_takesBuiltDefaults_withTheWheresValues() {
    Subscriber defaults = SubscriberModel.builder().name("Grace").points(5).build();

    Created<Subscriber> first = subscribers.findOrCreate(HANDLE.eq("grace"), defaults);
    Created<Subscriber> second = subscribers.findOrCreate(HANDLE.eq("grace"), defaults);

    assertTrue(first.created());
    assertEquals("grace", first.instance().handle());
    assertEquals("Grace", first.instance().name());
    assertEquals(5, first.instance().points());
    assertFalse(second.created());
    assertEquals(first.instance().id(), second.instance().id());
  }

  @Test
  void builderFrom_copiesEveryAttributeAndAssociation_andChangesOnlyWhatIsSet() {
    Book stored = books.create(BookModel.builder().title("Original").year(1999)
        .author(AuthorModel.builder().name("Ann").build()).build(), BookModel.AUTHOR);

    Book renamed = BookModel.builder(stored).title("Renamed").build();

    assertEquals("Original", stored.title());
    assertEquals(new Book(stored.id(), stored.authorId(), stored.author(), "Renamed", 1999, null, null), renamed);
    assertSame(stored.author(), renamed.author());
    assertEquals(stored, BookModel.builder(stored).build());
  }

  @Test
  void aPrimitiveLeftOutIsZero_andABuilderBuildsAgainWithoutReset() {
    BookModel.Builder builder = BookModel.builder().title("First");

    Book first = builder.build();
    Book second = builder.year(2001).build();

    assertEquals(0, first.year());
    assertEquals("First", second.title());
    assertEquals(2001, second.year());
    assertNotEquals(first, second);
  }

  @Test
  void aClassModelIsBuiltThroughItsSetters_andStoredWithItsHiddenTimestamps() {
    Note built = NoteModel.builder().title("Groceries").priority(2).build();

    Note stored = notes.create(built);

    assertEquals(new Note("Groceries", null, 2, false), built);
    assertNotNull(stored.getId());
    assertEquals("Groceries", notes.findByPk(stored.getId()).orElseThrow().getTitle());
  }
}
