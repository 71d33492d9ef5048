package dev.sequor.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.sequor.Criterion;
import dev.sequor.Fn;
import dev.sequor.Query;
import dev.sequor.Repository;
import dev.sequor.Row2;
import dev.sequor.Sequor;
import dev.sequor.testing.SequorTest;
import dev.sequor.testing.StatementLog;
import dev.sequor.testing.TestDatabase;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * A column of the row a belongsTo or hasOne points to, as a value of the source row ({@code Association.col}):
 * Sequelize's {@code '$author.name$'}. Authors Ann, Bob and Cy; Ann and Bob have a biography. Books "Ann" and
 * "Tales" by Ann, "Cy" and "Verse" by Bob, "anonymous" by no one. Employees: Head (100), Ann (120) and Bob (80)
 * under Head, Cy (120) under Ann.
 */
@SequorTest(migrate = false, truncate = false)
class AssociationColumnTest {

  private final Repository<Book, Long> books;
  private final Repository<Author, Long> authors;
  private final Repository<Employee, Long> employees;

  AssociationColumnTest(Sequor db) {
    this.books = db.repository(BookModel.MODEL);
    this.authors = db.repository(AuthorModel.MODEL);
    this.employees = db.repository(EmployeeModel.MODEL);
  }

  @BeforeAll
  static void seed(TestDatabase database) {
    TestTables.migrateAllTestModels(database);
    Sequor db = database.sequor();
    List<Author> stored = db.repository(AuthorModel.MODEL).bulkCreate(
        List.of(Author.named("Ann"), Author.named("Bob"), Author.named("Cy")));
    Long ann = stored.get(0).id();
    Long bob = stored.get(1).id();
    db.repository(BookModel.MODEL).bulkCreate(List.of(Book.of(ann, "Ann", 2001), Book.of(ann, "Tales", 2002),
        Book.of(bob, "Cy", 2003), Book.of(bob, "Verse", 2004), Book.of(null, "anonymous", 1999)));
    db.repository(BiographyModel.MODEL).bulkCreate(
        List.of(new Biography(null, ann, "Ann's life"), new Biography(null, bob, "short")));
    Repository<Employee, Long> staff = db.repository(EmployeeModel.MODEL);
    Long head = staff.create(Employee.of("Head", 100, null)).id();
    Long annId = staff.create(Employee.of("Ann", 120, head)).id();
    staff.bulkCreate(List.of(Employee.of("Bob", 80, head), Employee.of("Cy", 120, annId)));
  }

  private List<String> titles(Criterion<Book> criterion) {
    return books.findAll(criterion).stream().map(Book::title).sorted().toList();
  }

  private List<String> employeeNames(Criterion<Employee> criterion) {
    return employees.findAll(criterion).stream().map(Employee::name).sorted().toList();
  }

  @Test
  void belongsTo_comparesWithTheAssociatedRowsColumn(StatementLog statements) {
    statements.clear();
    assertEquals(List.of("Ann"), titles(BookModel.TITLE.eqCol(BookModel.AUTHOR.col(AuthorModel.NAME))));
    assertEquals("select \"id\", \"author_id\", \"title\", \"year\" from \"books\""
        + " where \"title\" = (select \"t\".\"name\" from \"authors\" as \"t\" where \"t\".\"id\" = \"books\"."
        + "\"author_id\")", statements.all().get(0));
    // NULL where there is no author: anonymous matches neither side
    assertEquals(List.of("Cy", "Tales", "Verse"),
        titles(BookModel.TITLE.neCol(BookModel.AUTHOR.col(AuthorModel.NAME))));
    assertEquals(List.of("Cy", "Verse"), titles(BookModel.AUTHOR.col(AuthorModel.NAME).eq("Bob")));
    assertEquals(List.of("Ann", "Tales"), titles(BookModel.AUTHOR.col(AuthorModel.NAME).startsWith("A")));
    assertEquals(List.of("anonymous"), titles(BookModel.AUTHOR.col(AuthorModel.NAME).isNull()));
    assertEquals(List.of("Ann", "Tales"), titles(BookModel.AUTHOR.col(AuthorModel.ID).eq(authorId("Ann"))));
  }

  @Test
  void hasOne_comparesWithTheAssociatedRowsColumn_nullWhereNone() {
    assertEquals(List.of("Ann"), authorNames(AuthorModel.BIOGRAPHY.col(BiographyModel.TEXT).like("%life%")));
    assertEquals(List.of("Cy"), authorNames(AuthorModel.BIOGRAPHY.col(BiographyModel.TEXT).isNull()));
    assertEquals(List.of("Bob"),
        authorNames(AuthorModel.ID.eqCol(AuthorModel.BIOGRAPHY.col(BiographyModel.AUTHOR_ID))
            .and(AuthorModel.BIOGRAPHY.col(BiographyModel.TEXT).eq("short"))));
  }

  private List<String> authorNames(Criterion<Author> criterion) {
    return authors.findAll(criterion).stream().map(Author::name).sorted().toList();
  }

  private Long authorId(String name) {
    return authors.findOne(AuthorModel.NAME.eq(name)).orElseThrow().id();
  }

  @Test
  void anExpressionOfTheTarget_andTheAssociationsWhere() {
    assertEquals(List.of("Ann", "Tales"), titles(BookModel.AUTHOR.col(Fn.lower(AuthorModel.NAME)).eq("ann")));
    assertEquals(List.of("Ann", "Tales", "anonymous"),
        titles(Fn.coalesce(BookModel.AUTHOR.col(AuthorModel.NAME), "nobody").ne("Bob")));
    // a where on the association: NULL where the author does not match it
    assertEquals(List.of("Cy", "Verse", "anonymous"),
        titles(BookModel.AUTHOR.where(AuthorModel.NAME.ne("Bob")).col(AuthorModel.NAME).isNull()));
  }

  @Test
  void inSelectColumnsAndOrderKeys() {
    List<Row2<String, String>> rows = books.select(BookModel.TITLE, BookModel.AUTHOR.col(AuthorModel.NAME))
        .orderBy(BookModel.TITLE).fetch();
    assertEquals(List.of("Ann/Ann", "Cy/Bob", "Tales/Ann", "Verse/Bob", "anonymous/null"),
        rows.stream().map(r -> r.value1() + "/" + r.value2()).toList());
    List<Book> byAuthor = books.findAll(
        Query.orderBy(BookModel.AUTHOR.col(AuthorModel.NAME).desc().nullsLast(), BookModel.TITLE));
    assertEquals(List.of("Cy", "Verse", "Ann", "Tales", "anonymous"), byAuthor.stream().map(Book::title).toList());
    assertEquals(List.of("Bob", "Ann", "Cy"), authors.findAll(Query.orderBy(
        AuthorModel.BIOGRAPHY.col(BiographyModel.TEXT).desc().nullsLast())).stream().map(Author::name).toList());
  }

  @Test
  void selfAssociation_comparesARowWithItsManager() {
    assertEquals(List.of("Cy"),
        employeeNames(EmployeeModel.SALARY.eqCol(EmployeeModel.MANAGER.col(EmployeeModel.SALARY))));
    assertEquals(List.of("Ann", "Bob"), employeeNames(EmployeeModel.MANAGER.col(EmployeeModel.NAME).eq("Head")));
    assertEquals(List.of("Ann"), employeeNames(EmployeeModel.SALARY.minus(20)
        .eqCol(EmployeeModel.MANAGER.col(EmployeeModel.SALARY))));
    List<Row2<String, Integer>> sums = employees.select(EmployeeModel.NAME,
            EmployeeModel.SALARY.plusCol(EmployeeModel.MANAGER.col(EmployeeModel.SALARY)))
        .orderBy(EmployeeModel.NAME).fetch();
    assertEquals(Arrays.asList(220, 180, 240, null), sums.stream().map(Row2::value2).toList());
  }

  @Test
  void inTheWhereOfAnotherAssociation_whoseTargetIsTheSource() {
    List<Author> found = authors.findAll(authors.query()
        .include(AuthorModel.BOOKS.where(BookModel.TITLE.eqCol(BookModel.AUTHOR.col(AuthorModel.NAME)))));
    assertEquals(List.of("Ann"), found.stream().map(Author::name).toList());
    assertEquals(List.of("Ann"), found.get(0).books().stream().map(Book::title).toList());
  }

  @Test
  void oneStatementShapeForAnyValue(StatementLog statements) {
    statements.clear();
    titles(BookModel.AUTHOR.col(AuthorModel.NAME).eq("Ann"));
    titles(BookModel.AUTHOR.col(AuthorModel.NAME).eq("Bob"));
    assertEquals(statements.all().get(0), statements.all().get(1));
    assertTrue(statements.all().get(0).endsWith("where (select \"t\".\"name\" from \"authors\" as \"t\" where"
        + " \"t\".\"id\" = \"books\".\"author_id\") = ?"), statements.all().get(0));
  }

  @Test
  void manyRowsPerSourceRow_areRefused_sayingWhatToDoInstead() {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> AuthorModel.BOOKS.col(BookModel.TITLE));
    assertTrue(e.getMessage().contains("association books of model Author: it is a hasMany: each Author row has"
        + " many Book rows"), e.getMessage());
    assertTrue(e.getMessage().contains("include(books.where(...))"), e.getMessage());
    IllegalArgumentException joined = assertThrows(IllegalArgumentException.class,
        () -> BookModel.TAGS.col(TagModel.LABEL));
    assertTrue(joined.getMessage().contains("it is a belongsToMany"), joined.getMessage());
  }

  @Test
  void aNestedPathAndIncludeOptions_areRefused() {
    List<IllegalArgumentException> refusals = new ArrayList<>();
    refusals.add(assertThrows(IllegalArgumentException.class,
        () -> ChapterModel.BOOK.col(BookModel.AUTHOR.col(AuthorModel.NAME))));
    refusals.add(assertThrows(IllegalArgumentException.class,
        () -> BookModel.AUTHOR.required().col(AuthorModel.NAME)));
    assertTrue(refusals.get(0).getMessage().contains("one association deep"), refusals.get(0).getMessage());
    assertTrue(refusals.get(1).getMessage().contains("col takes the association alone or with a where"),
        refusals.get(1).getMessage());
  }
}
