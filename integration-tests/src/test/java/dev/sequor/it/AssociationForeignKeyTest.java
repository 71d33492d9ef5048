package dev.sequor.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.sequor.ForeignKeyConstraintException;
import dev.sequor.Repository;
import dev.sequor.Sequor;
import dev.sequor.testing.SequorTest;
import dev.sequor.testing.TestDatabase;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Each foreign key action the associations declare, as PostgreSQL carries it out on tables created by the generated
 * migration: CASCADE, SET NULL, SET DEFAULT, NO ACTION and RESTRICT on delete, CASCADE on update, and the
 * join table's CASCADE.
 */
@SequorTest(migrate = false, truncate = false)
class AssociationForeignKeyTest {

  private final Sequor db;
  private final Repository<Author, Long> authors;
  private final Repository<Book, Long> books;
  private final Repository<Chapter, Long> chapters;

  AssociationForeignKeyTest(Sequor db) {
    this.db = db;
    this.authors = db.repository(AuthorModel.MODEL);
    this.books = db.repository(BookModel.MODEL);
    this.chapters = db.repository(ChapterModel.MODEL);
  }

  @BeforeAll
  static void migrate(TestDatabase database) {
    TestTables.migrateAllTestModels(database);
  }

  @Test
  void hasManyWithOnDeleteCascade_deletesTheTargets() {
    Book book = books.create(Book.of(null, "cascading", 2001));
    chapters.bulkCreate(List.of(Chapter.of(book.id(), 1, "a"), Chapter.of(book.id(), 2, "b")));

    books.destroy(book);

    assertEquals(0, chapters.count(ChapterModel.BOOK_ID.eq(book.id())));
  }

  @Test
  void belongsToOfANullableKey_setsItNullByDefault_asDoesAHasOne() {
    Author author = authors.create(Author.named("leaving"));
    Book book = books.create(Book.of(author.id(), "left behind", 2002));
    Biography biography = db.repository(BiographyModel.MODEL).create(new Biography(null, author.id(), "gone"));

    authors.destroy(author);

    assertNull(books.findByPk(book.id()).orElseThrow().authorId());
    assertNull(db.repository(BiographyModel.MODEL).findByPk(biography.id()).orElseThrow().authorId());
  }

  @Test
  void belongsToWithSetDefault_fallsBackToTheDefault() {
    Repository<Shelf, Long> shelves = db.repository(ShelfModel.MODEL);
    Shelf first = shelves.create(new Shelf(1L, "hall", null));
    Shelf other = shelves.create(new Shelf(2L, "attic", null)); // keys given: the sequence would hand out 1 again
    Repository<Loan, Long> loans = db.repository(LoanModel.MODEL);
    Loan loan = loans.create(new Loan(null, other.id(), null, "Ada"));

    shelves.destroy(other);

    assertEquals(first.id(), loans.findByPk(loan.id()).orElseThrow().shelfId());
  }

  @Test
  void belongsToOfANotNullKey_refusesTheDelete_noAction() {
    Book book = books.create(Book.of(null, "reviewed", 2003));
    db.repository(ReviewModel.MODEL).create(new Review(null, book.id(), null, null, null, "fine"));

    ForeignKeyConstraintException e = assertThrows(ForeignKeyConstraintException.class, () -> books.destroy(book));

    assertTrue(e.getMessage().contains("reviews_book_id_fkey"), e.getMessage());
    assertTrue(books.findByPk(book.id()).isPresent());
  }

  @Test
  void belongsToWithRestrict_refusesTheDelete() {
    Author editor = authors.create(Author.named("editor"));
    Book book = books.create(Book.of(null, "edited", 2004));
    db.repository(ReviewModel.MODEL).create(new Review(null, book.id(), null, editor.id(), null, "edited"));

    assertThrows(ForeignKeyConstraintException.class, () -> authors.destroy(editor));
    assertTrue(authors.findByPk(editor.id()).isPresent());
  }

  @Test
  void changingAKey_cascadesToTheForeignKeys() {
    Author author = authors.create(Author.named("renumbered"));
    Book book = books.create(Book.of(author.id(), "follows", 2005));

    authors.update(AuthorModel.ID.eq(author.id()), AuthorModel.ID.set(author.id() + 1_000_000));

    assertEquals(author.id() + 1_000_000, books.findByPk(book.id()).orElseThrow().authorId());
  }

  @Test
  void deletingOneSideOfABelongsToMany_deletesItsPairs() {
    Repository<Tag, Long> tags = db.repository(TagModel.MODEL);
    Book book = books.create(Book.of(null, "tagged", 2006));
    Tag tag = tags.create(Tag.labelled("short-lived"));
    books.add(book, BookModel.TAGS, List.of(tag));

    tags.destroy(tag);

    Book read = books.findOne(books.query().and(BookModel.ID.eq(book.id())).include(BookModel.TAGS)).orElseThrow();
    assertEquals(List.of(), read.tags());
  }
}
