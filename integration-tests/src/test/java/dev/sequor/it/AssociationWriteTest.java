package dev.sequor.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.sequor.Repository;
import dev.sequor.Sequor;
import dev.sequor.UniqueConstraintException;
import dev.sequor.testing.SequorTest;
import dev.sequor.testing.StatementLog;
import dev.sequor.testing.TestDatabase;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * belongsToMany (through a created join table and through a join model), create with included associations, and
 * add, remove and set, on tables created by the generated migration.
 */
@SequorTest(migrate = false, truncate = false)
class AssociationWriteTest {

  private final Sequor db;
  private final StatementLog log;
  private final Repository<Author, Long> authors;
  private final Repository<Book, Long> books;
  private final Repository<Tag, Long> tags;
  private final Repository<Shelf, Long> shelves;

  AssociationWriteTest(Sequor db, StatementLog log) {
    this.db = db;
    this.log = log;
    this.authors = db.repository(AuthorModel.MODEL);
    this.books = db.repository(BookModel.MODEL);
    this.tags = db.repository(TagModel.MODEL);
    this.shelves = db.repository(ShelfModel.MODEL);
  }

  @BeforeAll
  static void migrate(TestDatabase database) {
    TestTables.migrateAllTestModels(database);
  }

  private static List<String> labels(Book book) {
    return book.tags().stream().map(Tag::label).sorted().toList();
  }

  private Book withTags(long id) {
    return books.findOne(books.query().and(BookModel.ID.eq(id)).include(BookModel.TAGS)).orElseThrow();
  }

  @Test
  void addRemoveAndSet_writeThePairsOfABelongsToMany() {
    Book book = books.create(Book.of(null, "paired", 2001));
    List<Tag> stored = tags.bulkCreate(List.of(Tag.labelled("red"), Tag.labelled("green"), Tag.labelled("blue")));

    books.add(book, BookModel.TAGS, stored.subList(0, 2));
    books.add(book, BookModel.TAGS, stored.subList(1, 2)); // already paired: kept, no error
    assertEquals(List.of("green", "red"), labels(withTags(book.id())));

    books.remove(book, BookModel.TAGS, List.of(stored.get(0)));
    assertEquals(List.of("green"), labels(withTags(book.id())));

    books.set(book, BookModel.TAGS, List.of(stored.get(0), stored.get(2)));
    assertEquals(List.of("blue", "red"), labels(withTags(book.id())));

    books.set(book, BookModel.TAGS, List.of());
    assertEquals(List.of(), labels(withTags(book.id())));
  }

  @Test
  void belongsToMany_includeFromEitherSide_isOneStatementPerLevel() {
    Book one = books.create(Book.of(null, "one", 2001));
    Book two = books.create(Book.of(null, "two", 2002));
    Tag shared = tags.create(Tag.labelled("shared"));
    Tag only = tags.create(Tag.labelled("only-two"));
    books.add(one, BookModel.TAGS, List.of(shared));
    books.add(two, BookModel.TAGS, List.of(shared, only));
    log.clear();

    List<Tag> found = tags.findAll(tags.query().and(TagModel.ID.in(shared.id(), only.id()))
        .include(TagModel.BOOKS.order(BookModel.TITLE.asc())).order(TagModel.LABEL.asc()));

    assertEquals(2, log.count(), log.all().toString());
    assertEquals(List.of("only-two", "shared"), found.stream().map(Tag::label).toList());
    assertEquals(List.of("two"), found.get(0).books().stream().map(Book::title).toList());
    assertEquals(List.of("one", "two"), found.get(1).books().stream().map(Book::title).toList());

    List<Book> taggedOnly = books.findAll(books.query()
        .include(BookModel.TAGS.where(TagModel.LABEL.eq("only-two"))));
    assertEquals(List.of("two"), taggedOnly.stream().map(Book::title).toList());
    assertEquals(List.of("only-two"), labels(taggedOnly.get(0)));
  }

  @Test
  void createWithInclude_insertsTheWholeGraph_withTheKeysInPlace() {
    Book draft = BookModel.builder()
        .title("graph")
        .year(2003)
        .author(AuthorModel.builder().name("Ada").build())
        .chapters(List.of(ChapterModel.builder().number(1).title("start").build(),
            ChapterModel.builder().number(2).title("end").build()))
        .tags(List.of(TagModel.builder().label("new-tag").build()))
        .build();

    Book stored = books.create(draft, BookModel.AUTHOR, BookModel.CHAPTERS, BookModel.TAGS);

    assertNotNull(stored.id());
    assertEquals(stored.author().id(), stored.authorId());
    assertEquals("Ada", stored.author().name());
    assertEquals(List.of(1, 2), stored.chapters().stream().map(Chapter::number).toList());
    stored.chapters().forEach(c -> assertEquals(stored.id(), c.bookId()));
    assertNotNull(stored.tags().get(0).id());

    Book read = books.findOne(books.query().and(BookModel.ID.eq(stored.id()))
        .include(BookModel.AUTHOR).include(BookModel.CHAPTERS.order(ChapterModel.NUMBER.asc()))
        .include(BookModel.TAGS)).orElseThrow();
    assertEquals("Ada", read.author().name());
    assertEquals(List.of("start", "end"), read.chapters().stream().map(Chapter::title).toList());
    assertEquals(List.of("new-tag"), labels(read));
  }

  @Test
  void createWithNestedIncludes_andHasOne() {
    Author draft = AuthorModel.builder()
        .name("Grace")
        .books(List.of(BookModel.builder().title("nested").year(2004)
            .chapters(List.of(ChapterModel.builder().number(1).title("only").build())).build()))
        .biography(BiographyModel.builder().text("admiral").build())
        .build();

    Author stored = authors.create(draft, AuthorModel.BOOKS.include(BookModel.CHAPTERS), AuthorModel.BIOGRAPHY);

    assertEquals(stored.id(), stored.biography().authorId());
    Author read = authors.findOne(authors.query().and(AuthorModel.ID.eq(stored.id()))
        .include(AuthorModel.BOOKS.include(BookModel.CHAPTERS)).include(AuthorModel.BIOGRAPHY)).orElseThrow();
    assertEquals("admiral", read.biography().text());
    assertEquals(1, read.books().size(), log.all().toString());
    assertEquals("only", read.books().get(0).chapters().get(0).title());
  }

  @Test
  void createWithInclude_storesNothingWhenATargetFails() {
    long before = authors.count();
    Author draft = AuthorModel.builder().name("Failing").books(List.of(
        BookModel.builder().id(900_001L).title("first").year(2005).build(),
        BookModel.builder().id(900_001L).title("same id").year(2005).build())).build();

    assertThrows(UniqueConstraintException.class, () -> authors.create(draft, AuthorModel.BOOKS));

    assertEquals(before, authors.count());
    assertTrue(books.findByPk(900_001L).isEmpty());
  }

  @Test
  void addRemoveAndSet_moveTheForeignKeyOfAHasMany() {
    Author author = authors.create(Author.named("mover"));
    Book a = books.create(Book.of(null, "a", 2001));
    Book b = books.create(Book.of(null, "b", 2002));

    authors.add(author, AuthorModel.BOOKS, List.of(a, b));
    assertEquals(author.id(), books.findByPk(a.id()).orElseThrow().authorId());

    authors.remove(author, AuthorModel.BOOKS, List.of(a));
    assertNull(books.findByPk(a.id()).orElseThrow().authorId());

    authors.set(author, AuthorModel.BOOKS, List.of(a));
    assertEquals(author.id(), books.findByPk(a.id()).orElseThrow().authorId());
    assertNull(books.findByPk(b.id()).orElseThrow().authorId());
  }

  @Test
  void addOnABelongsTo_isRefused() {
    Book book = books.create(Book.of(null, "refused", 2001));
    Author author = authors.create(Author.named("someone"));

    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> books.add(book, BookModel.AUTHOR, List.of(author)));
    assertTrue(e.getMessage().contains("hasMany and belongsToMany"), e.getMessage());
  }

  @Test
  void createWithTheSameAssociationTwice_isRefused() {
    Author draft = new Author(null, "twice", List.of(Book.of(null, "only once", 2020)), null);

    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> authors.create(draft, AuthorModel.BOOKS, AuthorModel.BOOKS));

    assertTrue(e.getMessage().contains("is included twice"), e.getMessage());
    assertTrue(authors.findOne(AuthorModel.NAME.eq("twice")).isEmpty());
  }

  @Test
  void addToAHasManyWhoseTargetHasACompositeKey_isRefused() {
    Student student = db.repository(StudentModel.MODEL).create(new Student(null, "Ann", null));
    Enrollment enrollment = db.repository(EnrollmentModel.MODEL).create(Enrollment.of(student.id(), "math", null));

    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> db.repository(StudentModel.MODEL).add(student, StudentModel.ENROLLMENTS, List.of(enrollment)));

    assertTrue(e.getMessage().contains("has a composite key"), e.getMessage());
    // reading them is fine: the link is the student's key
    Student read = db.repository(StudentModel.MODEL).findOne(db.repository(StudentModel.MODEL).query()
        .include(StudentModel.ENROLLMENTS)).orElseThrow();
    assertEquals(List.of("math"), read.enrollments().stream().map(Enrollment::course).toList());
  }

  @Test
  void belongsToManyThroughAJoinModel_keepsItsOwnColumns() {
    Shelf shelf = shelves.create(new Shelf(null, "study", null));
    Book book = books.create(Book.of(null, "shelved", 2006));

    shelves.add(shelf, ShelfModel.BOOKS, List.of(book));

    Placement placement = db.repository(PlacementModel.MODEL)
        .findByPk(new PlacementModel.Key(shelf.id(), book.id())).orElseThrow();
    assertEquals(0, placement.position());
    Shelf read = shelves.findOne(shelves.query().and(ShelfModel.ID.eq(shelf.id())).include(ShelfModel.BOOKS))
        .orElseThrow();
    assertEquals(List.of("shelved"), read.books().stream().map(Book::title).toList());

    // the join model's own belongsTo associations load as any others
    Placement withBoth = db.repository(PlacementModel.MODEL).findOne(db.repository(PlacementModel.MODEL).query()
        .include(PlacementModel.SHELF).include(PlacementModel.BOOK)).orElseThrow();
    assertEquals("study", withBoth.shelf().room());
    assertEquals("shelved", withBoth.book().title());
  }
}
