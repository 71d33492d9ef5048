package dev.sequor.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.sequor.Repository;
import dev.sequor.RowsAndCount;
import dev.sequor.Sequor;
import dev.sequor.testing.SequorTest;
import dev.sequor.testing.StatementLog;
import dev.sequor.testing.TestDatabase;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Includes of belongsTo, hasOne and hasMany on tables created by the generated migration (foreign keys included):
 * what each loads, how many statements it costs (counted through the statement listener: one per included
 * association and level, never one per row), and the foreign keys' actions.
 */
@SequorTest(migrate = false, truncate = false)
class AssociationTest {

  private static final int AUTHORS = 30;

  private final Sequor db;
  private final StatementLog log;
  private final Repository<Author, Long> authors;
  private final Repository<Book, Long> books;
  private final Repository<Chapter, Long> chapters;

  AssociationTest(Sequor db, StatementLog log) {
    this.db = db;
    this.log = log;
    this.authors = db.repository(AuthorModel.MODEL);
    this.books = db.repository(BookModel.MODEL);
    this.chapters = db.repository(ChapterModel.MODEL);
  }

  /**
   * Author n (1..30) has n % 3 books (none for 3, 6, ...: 20 authors, 30 books), published in 2000 + n and
   * 2010 + n; each book has two chapters; authors 1 and 2 have a biography. One more book has no author.
   */
  @BeforeAll
  static void seed(TestDatabase database) {
    TestTables.migrateAllTestModels(database);
    Sequor db = database.sequor();
    List<Author> stored = new ArrayList<>();
    for (int i = 1; i <= AUTHORS; i++) {
      stored.add(Author.named("author " + i));
    }
    stored = db.repository(AuthorModel.MODEL).bulkCreate(stored);
    List<Book> bookRows = new ArrayList<>();
    for (Author author : stored) {
      int n = Integer.parseInt(author.name().substring(7));
      for (int b = 0; b < n % 3; b++) {
        bookRows.add(Book.of(author.id(), author.name() + " book " + b, 2000 + 10 * b + n));
      }
    }
    bookRows.add(Book.of(null, "anonymous", 1999));
    List<Book> storedBooks = db.repository(BookModel.MODEL).bulkCreate(bookRows);
    List<Chapter> chapterRows = new ArrayList<>();
    for (Book book : storedBooks) {
      chapterRows.add(Chapter.of(book.id(), 2, book.title() + " / two"));
      chapterRows.add(Chapter.of(book.id(), 1, book.title() + " / one"));
    }
    db.repository(ChapterModel.MODEL).bulkCreate(chapterRows);
    db.repository(BiographyModel.MODEL).bulkCreate(List.of(
        new Biography(null, stored.get(0).id(), "first"), new Biography(null, stored.get(1).id(), "second")));
  }

  @Test
  void belongsTo_loadsEachBooksAuthor_inOneMoreStatement() {
    List<Book> found = books.findAll(books.query().include(BookModel.AUTHOR).order(BookModel.ID.asc()));

    assertEquals(2, log.count(), log.all().toString());
    assertEquals(31, found.size());
    for (Book book : found) {
      if (book.authorId() == null) {
        assertNull(book.author());
      } else {
        assertEquals(book.authorId(), book.author().id());
        assertTrue(book.title().startsWith(book.author().name() + " book "), book.title());
      }
    }
    // the keys as one array: a hash semi-join, whatever plan PostgreSQL caches for the prepared statement
    assertTrue(log.all().get(1).endsWith("where (\"id\" in (select unnest(cast(? as bigint[]))))"), log.all().get(1));
  }

  @Test
  void hasMany_anAttributeAloneOrdersTheIncludedRowsAscending() {
    // chapters were stored two before one
    Book book = books.findOne(books.query().and(BookModel.TITLE.eq("author 1 book 0"))
        .include(BookModel.CHAPTERS.order(ChapterModel.NUMBER))).orElseThrow();
    assertEquals(List.of(1, 2), book.chapters().stream().map(Chapter::number).toList());
  }

  @Test
  void hasMany_loadsEveryAuthorsBooks_emptyWhereNone() {
    List<Author> found = authors.findAll(authors.query().include(AuthorModel.BOOKS.order(BookModel.YEAR.asc()))
        .order(AuthorModel.ID.asc()));

    assertEquals(2, log.count(), log.all().toString());
    assertEquals(AUTHORS, found.size());
    for (Author author : found) {
      int n = Integer.parseInt(author.name().substring(7));
      assertEquals(n % 3, author.books().size(), author.name());
      assertEquals(author.books().stream().map(Book::year).sorted().toList(),
          author.books().stream().map(Book::year).toList());
      author.books().forEach(book -> assertEquals(author.id(), book.authorId()));
      assertNull(author.biography(), "not included");
    }
  }

  @Test
  void toJSON_nestsWhatWasIncluded_asSequelize() {
    Author author = authors.findOne(authors.query().and(AuthorModel.NAME.eq("author 1"))
        .include(AuthorModel.BOOKS.include(BookModel.CHAPTERS.order(ChapterModel.NUMBER.asc())))).orElseThrow();

    String json = authors.toJSON(author);

    assertTrue(json.startsWith("{\"id\":" + author.id() + ",\"name\":\"author 1\",\"books\":[{\"id\":"), json);
    assertTrue(json.contains("\"chapters\":[{\"id\":"), json);
    assertTrue(json.contains("\"number\":1,\"title\":\"author 1 book 0 / one\"}"), json);
    assertTrue(!json.contains("biography") && !json.contains("\"author\""), "not included: left out, " + json);
  }

  @Test
  void notIncluded_isNull() {
    Author author = authors.findByPk(authors.findAll().get(0).id()).orElseThrow();

    assertNull(author.books());
    assertNull(author.biography());
  }

  @Test
  void hasOne_loadsTheBiographyOrNull() {
    List<Author> found = authors.findAll(authors.query().include(AuthorModel.BIOGRAPHY).order(AuthorModel.ID.asc()));

    assertEquals("first", found.get(0).biography().text());
    assertEquals("second", found.get(1).biography().text());
    assertNull(found.get(2).biography());
  }

  @Test
  void nestedIncludes_costOneStatementPerLevel() {
    List<Author> found = authors.findAll(authors.query()
        .include(AuthorModel.BOOKS.include(BookModel.CHAPTERS.order(ChapterModel.NUMBER.asc())))
        .include(AuthorModel.BIOGRAPHY));

    assertEquals(4, log.count(), log.all().toString()); // authors, books, chapters, biographies
    Author two = found.stream().filter(a -> a.name().equals("author 2")).findFirst().orElseThrow();
    assertEquals(2, two.books().size());
    for (Book book : two.books()) {
      assertEquals(List.of(1, 2), book.chapters().stream().map(Chapter::number).toList());
      assertEquals(List.of(book.title() + " / one", book.title() + " / two"),
          book.chapters().stream().map(Chapter::title).toList());
    }
  }

  @Test
  void whereOnAnInclude_makesItRequired_unlessToldOtherwise() {
    List<Author> required = authors.findAll(authors.query()
        .include(AuthorModel.BOOKS.where(BookModel.YEAR.gte(2020))).order(AuthorModel.ID.asc()));

    // only authors with a book of 2020 or later: 2000 + n from n = 20, or 2010 + n from n = 10 (n % 3 == 2)
    assertEquals(List.of("author 11", "author 14", "author 17", "author 20", "author 22", "author 23", "author 25",
            "author 26", "author 28", "author 29"),
        required.stream().map(Author::name).toList());
    required.forEach(a -> assertTrue(a.books().stream().allMatch(b -> b.year() >= 2020), a.toString()));
    assertEquals(2, log.count(), log.all().toString());
    // an uncorrelated semi-join, so that limit, offset and count apply to authors
    assertEquals("select \"id\", \"name\" from \"authors\" where (\"id\" in (select \"books\".\"author_id\" "
        + "from \"books\" where \"books\".\"year\" >= ?)) order by \"id\" asc", log.all().get(0));

    List<Author> optional = authors.findAll(authors.query()
        .include(AuthorModel.BOOKS.where(BookModel.YEAR.gte(2020)).required(false)));
    assertEquals(AUTHORS, optional.size());
    assertEquals(10, optional.stream().filter(a -> !a.books().isEmpty()).count());
  }

  @Test
  void requiredBelongsTo_leavesOutBooksWithoutAuthor() {
    List<Book> found = books.findAll(books.query().include(BookModel.AUTHOR.required()));

    assertEquals(30, found.size());
    assertTrue(found.stream().allMatch(b -> b.author() != null));
  }

  @Test
  void requiredNestedInclude_narrowsTheRowsAboveIt() {
    List<Author> found = authors.findAll(authors.query()
        .include(AuthorModel.BOOKS.required().include(BookModel.CHAPTERS.where(ChapterModel.TITLE.like("author 1 %")))));

    assertEquals(List.of("author 1"), found.stream().map(Author::name).toList());
    assertEquals(1, found.get(0).books().size());
    assertEquals(2, found.get(0).books().get(0).chapters().size());
  }

  @Test
  void findAndCountAll_countsAndLimitsAuthors_notTheirBooks() {
    RowsAndCount<Author> page = authors.findAndCountAll(authors.query()
        .include(AuthorModel.BOOKS.required()).order(AuthorModel.ID.asc()).limit(5).offset(2));

    assertEquals(20, page.count()); // authors with at least one book
    assertEquals(List.of("author 4", "author 5", "author 7", "author 8", "author 10"),
        page.rows().stream().map(Author::name).toList());
    assertEquals(Map.of("author 4", 1, "author 5", 2, "author 7", 1, "author 8", 2, "author 10", 1),
        page.rows().stream().collect(Collectors.toMap(Author::name, a -> a.books().size())));
    assertEquals(20, authors.count(authors.query().include(AuthorModel.BOOKS.required())));
  }

  @Test
  void noRowFound_runsNoStatementForTheInclude() {
    List<Author> found = authors.findAll(authors.query().and(AuthorModel.NAME.eq("nobody"))
        .include(AuthorModel.BOOKS));

    assertEquals(List.of(), found);
    assertEquals(1, log.count(), log.all().toString());
  }

  @Test
  void findOne_loadsItsIncludes() {
    Book book = books.findOne(books.query().and(BookModel.TITLE.eq("author 5 book 1"))
        .include(BookModel.AUTHOR).include(BookModel.CHAPTERS)).orElseThrow();

    assertEquals("author 5", book.author().name());
    assertEquals(2, book.chapters().size());
  }

  @Test
  void anIncludeNeedsItsKeySelected() {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () ->
        books.findAll(books.query().attributes(BookModel.TITLE).include(BookModel.AUTHOR)));

    assertTrue(e.getMessage().contains("needs attribute authorId"), e.getMessage());
  }

  @Test
  void anAssociationIncludedTwice_isRefused() {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> authors.findAll(authors.query()
        .include(AuthorModel.BOOKS).include(AuthorModel.BOOKS.where(BookModel.YEAR.gt(2000)))));

    assertTrue(e.getMessage().contains("association books of model Author is included twice"), e.getMessage());
  }

  @Test
  void aNestedIncludeTwice_isRefusedToo() {
    assertThrows(IllegalArgumentException.class, () -> authors.findAll(authors.query()
        .include(AuthorModel.BOOKS.include(BookModel.CHAPTERS).include(BookModel.CHAPTERS))));
  }

  @Test
  void streamRefusesIncludes() {
    assertThrows(IllegalArgumentException.class, () -> books.stream(books.query().include(BookModel.AUTHOR)));
  }

  @Test
  void foreignKeyActions_areThoseDeclared() {
    db.useTransaction(tx -> {
      Author author = authors.create(Author.named("doomed"));
      Book book = books.create(Book.of(author.id(), "doomed book", 2001));
      chapters.create(Chapter.of(book.id(), 1, "doomed chapter"));

      // Book.chapters: onDelete CASCADE
      books.destroy(book);
      assertEquals(0, chapters.count(ChapterModel.BOOK_ID.eq(book.id())));

      // Book.author: a nullable key, so Sequelize's default ON DELETE SET NULL
      Book orphan = books.create(Book.of(author.id(), "orphan", 2002));
      authors.destroy(author);
      assertNull(books.findByPk(orphan.id()).orElseThrow().authorId());
      tx.setRollbackOnly(); // leave the rows the other tests read as they were
    });
  }
}
