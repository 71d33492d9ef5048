package dev.sequor.it;

import static dev.sequor.it.ItemModel.CODE;
import static dev.sequor.it.ItemModel.NAME;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.sequor.BulkCreateOptions;
import dev.sequor.Criterion;
import dev.sequor.Fn;
import dev.sequor.Json;
import dev.sequor.Repository;
import dev.sequor.Sequor;
import dev.sequor.ValidationException;
import dev.sequor.seed.SeedException;
import dev.sequor.testing.SequorTest;
import dev.sequor.testing.StatementLog;
import dev.sequor.testing.TestDatabase;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Supplier;
import org.jooq.impl.DSL;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;
import org.junit.jupiter.api.io.TempDir;

/**
 * Text PostgreSQL cannot take as it is (an unpaired UTF-16 surrogate, which has no UTF-8 form, and NUL) is refused
 * on every path with a {@link ValidationException} naming the model, the attribute and where in the value, before
 * any SQL: the statement log stays empty and nothing is written. Unchecked, the driver sent {@code ?} for a
 * surrogate: <code>"a&#92;uD800b"</code> was stored as {@code a?b}, and <code>eq("&#92;uD800")</code> matched rows
 * holding {@code ?}.
 */
@SequorTest(migrate = false)
class UnstorableTextTest {

  private static final String SURROGATE = "a\uD800b";
  private static final String NUL = "a\u0000b";

  private final Sequor db;
  private final StatementLog log;
  private final Repository<Item, Long> items;
  private final Repository<Page, Long> pages;
  private final Repository<Post, Long> posts;
  private final Repository<Enrollment, EnrollmentModel.Key> enrollments;

  UnstorableTextTest(Sequor db, StatementLog log) {
    this.db = db;
    this.log = log;
    this.items = db.repository(ItemModel.MODEL);
    this.pages = db.repository(PageModel.MODEL);
    this.posts = db.repository(PostModel.MODEL);
    this.enrollments = db.repository(EnrollmentModel.MODEL);
  }

  @BeforeAll
  static void createTables(TestDatabase database) {
    TestTables.migrateAllTestModels(database);
  }

  @BeforeEach
  void oneItemWithAQuestionMark() {
    items.create(Item.of("q", "a?b", 1));
    log.clear();
  }

  /** Runs {@code call}, which must be refused before any SQL; returns the refusal. */
  private ValidationException refused(Executable call) {
    ValidationException e = assertThrows(ValidationException.class, call);
    assertEquals(List.of(), log.all(), "no statement may run before the refusal");
    return e;
  }

  private static void assertNames(ValidationException e, String model, String attribute, String problem) {
    assertEquals(model, e.model(), e.getMessage());
    assertEquals(attribute, e.attribute(), e.getMessage());
    assertTrue(e.getMessage().contains(problem), e.getMessage());
  }

  private void assertNothingWritten() {
    assertEquals(1, items.count());
    assertEquals("a?b", items.findOne(CODE.eq("q")).orElseThrow().name());
  }

  // ---- writes ------------------------------------------------------------------------------------------------

  @Test
  void createRefusesAnUnpairedSurrogateNamingWhereItIs() {
    ValidationException e = refused(() -> items.create(Item.of("s", SURROGATE, 1)));

    assertNames(e, "Item", "name", "has an unpaired UTF-16 surrogate at index 1 (U+D800)");
    assertEquals(SURROGATE, e.value());
    assertTrue(e.getMessage().contains("value: a\\uD800b"), "shown escaped: " + e.getMessage());
    assertNothingWritten();
  }

  @Test
  void createRefusesNulBeforeTheDriverDoes() {
    ValidationException e = refused(() -> items.create(Item.of("s", NUL, 1)));

    assertNames(e, "Item", "name", "has a NUL character (U+0000) at index 1");
    assertNothingWritten();
  }

  @Test
  void aLowSurrogateAloneAndAReversedPairAreRefusedAndAValidPairIsStored() {
    assertNames(refused(() -> items.create(Item.of("s", "\uDC00", 1))), "Item", "name", "surrogate at index 0");
    assertNames(refused(() -> items.create(Item.of("s", "x\uDE00\uD83D", 1))), "Item", "name",
        "surrogate at index 1");

    assertEquals("x\uD83D\uDE00", items.create(Item.of("s", "x\uD83D\uDE00", 1)).name());
    assertEquals("x\uD83D\uDE00", items.findOne(CODE.eq("s")).orElseThrow().name());
  }

  @Test
  void bulkCreateRefusesOnBothPathsNamingTheRow() {
    List<Item> rows = List.of(Item.of("s1", "fine", 1), Item.of("s2", SURROGATE, 2));

    assertNames(refused(() -> items.bulkCreate(rows)), "Item", "name", "at index 1 (U+D800)");
    ValidationException copy = refused(() -> items.bulkCreate(rows, BulkCreateOptions.<Item>defaults()
        .returning(false)));
    assertNames(copy, "Item", "name", "(row 2 of 2)");
    assertNothingWritten();
  }

  @Test
  void updateRefusesOnBothForms() {
    Item q = items.findOne(CODE.eq("q")).orElseThrow();
    log.clear();

    assertNames(refused(() -> items.update(q, NAME.set(SURROGATE))), "Item", "name", "at index 1");
    assertNames(refused(() -> items.update(CODE.eq("q"), NAME.set(NUL))), "Item", "name", "NUL");
    assertNothingWritten();
  }

  @Test
  void findOrCreateAndUpsertRefuse() {
    assertNames(refused(() -> items.findOrCreate(CODE.eq("s"), Item.of("s", SURROGATE, 1))), "Item", "name",
        "at index 1");
    assertNames(refused(() -> items.findOrCreate(NAME.eq(SURROGATE), Item.of("s", "x", 1))), "Item", "name",
        "at index 1");
    assertNames(refused(() -> items.upsert(Item.of("q", SURROGATE, 1))), "Item", "name", "at index 1");
    assertNothingWritten();
  }

  @Test
  void aKeyOfAnInstanceOrOfFindByPkIsChecked() {
    Enrollment bad = Enrollment.of(1, "x\uD800", 3);

    assertNames(refused(() -> enrollments.findByPk(new EnrollmentModel.Key(1L, "x\uD800"))), "Enrollment", "course",
        "at index 1");
    assertNames(refused(() -> enrollments.destroy(bad)), "Enrollment", "course", "at index 1");
    assertNames(refused(() -> enrollments.update(bad, EnrollmentModel.GRADE.set(4))), "Enrollment", "course",
        "at index 1");
  }

  // ---- criteria: refused where they are built ----------------------------------------------------------------

  @Test
  void everyStringOperatorRefusesNamingTheAttribute() {
    List<Supplier<Criterion<Item>>> criteria = List.of(() -> NAME.eq(SURROGATE), () -> NAME.ne(SURROGATE),
        () -> NAME.gt(SURROGATE), () -> NAME.lte(SURROGATE), () -> NAME.between("a", SURROGATE),
        () -> NAME.like(SURROGATE), () -> NAME.notILike(SURROGATE), () -> NAME.startsWith(SURROGATE),
        () -> NAME.notEndsWith(SURROGATE), () -> NAME.substring(SURROGATE), () -> NAME.regexp(SURROGATE),
        () -> NAME.iRegexp(SURROGATE), () -> NAME.in("ok", SURROGATE), () -> NAME.notIn(List.of(SURROGATE)),
        () -> NAME.likeAny(List.of("a%", SURROGATE)), () -> NAME.gtAll(List.of(SURROGATE)),
        () -> NAME.as("n").eq(SURROGATE));
    for (Supplier<Criterion<Item>> criterion : criteria) {
      ValidationException e = refused(criterion::get);
      assertNames(e, "Item", "name", "surrogate at index 1");
    }
  }

  @Test
  void theIndexIsInTheValueGivenNotInTheEscapedPattern() {
    assertNames(refused(() -> NAME.endsWith("%_\\\uD800")), "Item", "name", "surrogate at index 3");
  }

  @Test
  void aComputedExpressionIsNamedByItsLabelAndModel() {
    ValidationException lower = refused(() -> Fn.lower(NAME).eq(SURROGATE));
    ValidationException coalesce = refused(() -> Fn.coalesce(NAME, SURROGATE));

    assertNames(lower, "Item", "lower(\"items\".\"name\")", "at index 1");
    assertNames(coalesce, "Item", "name", "at index 1");
  }

  @Test
  void aQuestionMarkIsNoLongerMatchedByASurrogate() {
    assertThrows(ValidationException.class, () -> items.destroy(NAME.eq("a\uD800b")));

    assertNothingWritten();
  }

  // ---- JSON and arrays ---------------------------------------------------------------------------------------

  @Test
  void jsonIsCheckedInItsTextAndItsEscapes() {
    assertNames(refused(() -> pages.create(Page.of("p", null, Json.of("\"a\uD800\"")))), "Page", "meta",
        "surrogate at index 2");
    assertNames(refused(() -> pages.create(Page.of("p", null, Json.of("{\"k\": \"\\u0000\"}")))), "Page", "meta",
        "the escape \\u0000 at index 7");
    assertNames(refused(() -> pages.create(Page.of("p", null, Json.from(List.of("x\uDC00"))))), "Page", "meta",
        "surrogate at index 3");
    assertNames(refused(() -> PageModel.META.contains(Json.of("[\"\\ud800\"]"))), "Page", "meta",
        "unpaired UTF-16 surrogate escape at index 2 (\\ud800)");

    Json pair = Json.of("[\"\\ud83d\\ude00\", \"\\\\u0000\"]"); // an escaped pair; a backslash, then u0000
    assertEquals(List.of("\uD83D\uDE00", "\\u0000"), pages.create(Page.of("p", null, pair)).meta().value());
  }

  @Test
  void stringArraysAreCheckedElementByElement() {
    Page withNotes = new Page(null, "p", null, null, null, List.of("fine", "x\uD800"), null, null);

    assertNames(refused(() -> pages.create(withNotes)), "Page", "notes", "at element 1, a value that has an"
        + " unpaired UTF-16 surrogate at index 1");
    assertNames(refused(() -> posts.create(Post.of("p", new String[] {NUL}, null, null))), "Post", "tags",
        "at element 0, a value that has a NUL");
    assertNames(refused(() -> PostModel.TAGS.any(SURROGATE)), "Post", "tags", "at index 1");
    assertNames(refused(() -> PostModel.TAGS.contains("ok", SURROGATE)), "Post", "tags", "at element 1");
    assertNames(refused(() -> PageModel.NOTES.set(List.of(NUL))), "Page", "notes", "at element 0");
  }

  // ---- raw SQL and jOOQ conditions ---------------------------------------------------------------------------

  @Test
  void rawBindValuesAreNamedByPosition() {
    ValidationException e = refused(() -> items.query("select * from items where code = ? and name = ?", "q",
        SURROGATE));

    assertNames(e, "Item", "bind value 2", "at index 1");
  }

  @Test
  void rawSqlAndAJooqConditionsSqlAreCheckedToo() {
    IllegalArgumentException sql = assertThrows(IllegalArgumentException.class,
        () -> items.query("select * from items where name = 'a\uD800b'"));
    IllegalArgumentException inlined = assertThrows(IllegalArgumentException.class,
        () -> Criterion.of(DSL.field(DSL.name("name"), String.class).eq(DSL.inline(SURROGATE))));

    assertTrue(sql.getMessage().startsWith("The SQL given to query has an unpaired UTF-16 surrogate at index 35"),
        sql.getMessage());
    assertTrue(inlined.getMessage().contains("surrogate"), inlined.getMessage());
    assertEquals(List.of(), log.all());
  }

  @Test
  void aJooqConditionsBindValueIsNamedByPositionAndCondition() {
    ValidationException e = refused(() -> Criterion.of(DSL.field(DSL.name("code"), String.class).eq("q")
        .and(DSL.field(DSL.name("name"), String.class).eq(NUL))));

    assertNull(e.model());
    assertTrue(e.attribute().startsWith("bind value 2 of condition "), e.attribute());
    assertTrue(e.getMessage().contains("NUL character (U+0000) at index 1"), e.getMessage());
  }

  // ---- seed files --------------------------------------------------------------------------------------------

  /**
   * The seeder's failure for {@code file}: its cause is the file's SeedException (returned), naming file, line and
   * attribute, whose cause is the ValidationException that create would have thrown.
   */
  private SeedException seedRefusal(Path file, Class<? extends FileSeeder<?>> seeder) {
    SeedException e = assertThrows(SeedException.class, () -> FileSeeder.seed(db, file, seeder));
    SeedException fileError = assertInstanceOf(SeedException.class, e.getCause(), e.toString());
    assertInstanceOf(ValidationException.class, fileError.getCause());
    return fileError;
  }

  @Test
  void aJsonSeedFileEscapeThatDecodesToALoneSurrogateIsRefusedWithItsLine(@TempDir Path folder) throws IOException {
    Path file = FileSeeder.write(folder, "items.json", "[\n  {\"code\": \"j1\", \"name\": \"fine\"},\n"
        + "  {\"code\": \"j2\",\n   \"name\": \"x\\ud800\"}\n]\n");

    SeedException e = seedRefusal(file, ItemsFile.class);

    assertEquals(4, e.line(), e.getMessage());
    assertEquals("name", e.attribute());
    assertTrue(e.getMessage().contains("items.json, line 4, attribute 'name' of Item: the value has an unpaired"
        + " UTF-16 surrogate at index 1"), e.getMessage());
    assertNothingWritten();
  }

  @Test
  void aCsvSeedFileWithNulIsRefusedWithItsLine(@TempDir Path folder) throws IOException {
    Path file = FileSeeder.write(folder, "items.csv", "code,name\nc1,fine\nc2,\"a\u0000b\"\n");

    SeedException e = seedRefusal(file, ItemsFile.class);

    assertEquals(3, e.line(), e.getMessage());
    assertTrue(e.getMessage().contains("NUL character (U+0000) at index 1"), e.getMessage());
    assertNothingWritten();
  }

  @Test
  void aJsonSeedFilesNulEscapeForAJsonAttributeIsRefused(@TempDir Path folder) throws IOException {
    Path file = FileSeeder.write(folder, "pages.json", "[{\"slug\": \"p\", \"meta\": {\"k\": \"\\u0000\"}}]");

    assertEquals("meta", seedRefusal(file, PagesFile.class).attribute());
    assertEquals(0, pages.count());
  }

  /** Creates the items of {@code items.csv} or {@code items.json}. */
  public static final class ItemsFile extends FileSeeder<Item> {
    public ItemsFile() {
      super(ItemModel.MODEL, "items");
    }
  }

  /** Creates the pages of {@code pages.csv} or {@code pages.json}. */
  public static final class PagesFile extends FileSeeder<Page> {
    public PagesFile() {
      super(PageModel.MODEL, "pages");
    }
  }
}
