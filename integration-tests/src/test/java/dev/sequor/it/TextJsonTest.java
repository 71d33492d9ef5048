package dev.sequor.it;

import static dev.sequor.it.PageModel.BODY;
import static dev.sequor.it.PageModel.META;
import static dev.sequor.it.PageModel.NOTES;
import static dev.sequor.it.PageModel.SETTINGS;
import static dev.sequor.it.PageModel.SLUG;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.sequor.BulkCreateOptions;
import dev.sequor.ColumnTypes;
import dev.sequor.Criterion;
import dev.sequor.Fn;
import dev.sequor.Json;
import dev.sequor.Repository;
import dev.sequor.Row1;
import dev.sequor.Sequor;
import dev.sequor.seed.SeedException;
import dev.sequor.testing.SequorTest;
import dev.sequor.testing.StatementLog;
import dev.sequor.testing.TestDatabase;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.jooq.Record;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * TEXT and JSON attributes ({@link Page}) on the table the generated migration creates: round trips through create,
 * find and bulkCreate (COPY included), the string operators on TEXT, jsonb's equality and containment, updates,
 * toJSON, and CSV and JSON seed files.
 */
@SequorTest(migrate = false)
class TextJsonTest {

  private static final Json META_A = Json.of("{\"tags\": [\"java\", \"sql\"], \"size\": 3, \"draft\": false}");

  private final Sequor db;
  private final StatementLog log;
  private final Repository<Page, Long> pages;

  TextJsonTest(Sequor db, StatementLog log) {
    this.db = db;
    this.log = log;
    this.pages = db.repository(PageModel.MODEL);
  }

  /** The tables from the generated migration; {@link SequorTest} empties them before each test. */
  @BeforeAll
  static void migrate(TestDatabase database) {
    TestTables.migrateAllTestModels(database);
  }

  private Page stored(String slug) {
    return pages.findOne(SLUG.eq(slug)).orElseThrow();
  }

  private List<String> slugs(Criterion<Page> where) {
    return pages.findAll(where).stream().map(Page::slug).sorted().toList();
  }

  private void seedRows() {
    pages.bulkCreate(List.of(
        Page.of("a", "Sequor maps models to PostgreSQL", META_A),
        Page.of("b", "A page about 100% of nothing", Json.of("{\"tags\": [\"sql\"], \"size\": 1}")),
        Page.of("c", null, Json.of("[1, 2, 3]")),
        Page.of("d", "x".repeat(10_000), Json.of("null")),
        Page.of("e", "", null)));
  }

  // ---- the migration -----------------------------------------------------------------------------

  @Test
  void generatedMigration_createsTextJsonbAndTextArrayColumns() {
    Map<String, String> types = new java.util.TreeMap<>();
    for (Record row : db.dsl().fetch("SELECT column_name, udt_name, character_maximum_length FROM"
        + " information_schema.columns WHERE table_schema = current_schema() AND table_name = 'pages'")) {
      Object length = row.get(2);
      types.put(row.get(0, String.class), row.get(1, String.class) + (length == null ? "" : "(" + length + ")"));
    }

    assertEquals("text", types.get("body"));
    assertEquals("jsonb", types.get("meta"));
    assertEquals("jsonb", types.get("settings"));
    assertEquals("_text", types.get("notes"));
    assertEquals("varchar(40)", types.get("slug"));
  }

  // ---- values ------------------------------------------------------------------------------------

  @Test
  void textAndJson_roundTripThroughCreateAndFind() {
    String body = "line 1\nline 2\t\"quoted\" \\ é ✓ " + "long ".repeat(50_000);
    Json meta = Json.of("{\"title\":\"Hello\",\"nested\":{\"list\":[1,2.50,null,true],\"text\":\"a\\\"b\"}}");
    Page created = pages.create(new Page(null, "a", body, meta, null, List.of("one", "two, three"), null, null));

    Page found = stored("a");
    for (Page page : List.of(created, found)) {
      assertEquals(body, page.body());
      assertEquals(meta, page.meta());
      assertEquals(Json.of("{\"theme\": \"light\"}"), page.settings(), "the column's default");
      assertEquals(List.of("one", "two, three"), page.notes());
    }
    // jsonb keeps the value, not the text: PostgreSQL writes its own spacing and key order
    assertNotEquals(meta.text(), found.meta().text());
    assertEquals(meta.value(), found.meta().value());
  }

  @Test
  void jsonScalarsAndJsonNull_areValues_apartFromSqlNull() {
    seedRows();

    assertEquals(Json.of("null"), stored("d").meta());
    assertNull(stored("e").meta());
    assertEquals(List.of("e"), slugs(META.isNull()));
    assertEquals(List.of("a", "b", "c", "d"), slugs(META.isNotNull()));
    assertEquals("", stored("e").body());
    assertNull(stored("c").body());
  }

  @Test
  void bulkCreate_storesTextAndJson_withRowsBack_andThroughCopy() {
    List<Page> given = new ArrayList<>();
    for (int i = 0; i < 50; i++) {
      given.add(Page.of("p" + i, "tab\there\nnewline \\ " + i, Json.of("{\"i\": " + i + ", \"s\": \"\\t\\\\\"}")));
    }

    List<Page> returned = pages.bulkCreate(given.subList(0, 25));
    log.clear();
    pages.bulkCreate(given.subList(25, 50), BulkCreateOptions.<Page>defaults().returning(false));

    assertEquals(1, log.starting("copy").size(), log.all().toString());
    assertEquals(Json.of("{\"i\": 3, \"s\": \"\\t\\\\\"}"), returned.get(3).meta());
    for (int i : new int[] {0, 24, 25, 49}) {
      Page page = stored("p" + i);
      assertEquals("tab\there\nnewline \\ " + i, page.body());
      assertEquals(Json.of("{\"s\": \"\\t\\\\\", \"i\": " + i + "}"), page.meta());
      assertEquals(Json.of("{\"theme\": \"light\"}"), page.settings());
    }
  }

  // ---- criteria ----------------------------------------------------------------------------------

  @Test
  void text_keepsEveryStringOperator() {
    seedRows();

    assertEquals(List.of("a"), slugs(BODY.like("Sequor%")));
    assertEquals(List.of("a"), slugs(BODY.iLike("%postgresql")));
    assertEquals(List.of("b"), slugs(BODY.substring("100%")));
    assertEquals(List.of("a", "b"), slugs(BODY.startsWith("A").or(BODY.startsWith("S"))));
    assertEquals(List.of("d"), slugs(BODY.eq("x".repeat(10_000))));
    assertEquals(List.of("a", "e"), slugs(BODY.in("", "Sequor maps models to PostgreSQL")));
    assertEquals(List.of("a", "b"), slugs(BODY.iLikeAny(List.of("%sequor%", "%NOTHING"))));
    assertEquals(List.of("d"), slugs(Fn.length(BODY).gt(255)));
    assertEquals(List.of("e", "b", "a", "d"), pages.findAll(pages.query().and(BODY.isNotNull()).order(BODY.asc()))
        .stream().map(Page::slug).toList());
  }

  @Test
  void textArrays_keepTheArrayOperators() {
    pages.create(new Page(null, "n", null, null, null, List.of("x".repeat(1_000), "short"), null, null));

    assertEquals(List.of("n"), slugs(NOTES.contains("short")));
    assertEquals(List.of("n"), slugs(NOTES.any("x".repeat(1_000))));
    assertEquals(List.of(), slugs(NOTES.overlap("long")));
  }

  @Test
  void jsonEq_comparesValuesAsJsonbDoes() {
    seedRows();

    assertEquals(List.of("a"), slugs(META.eq(Json.of("{\"draft\":false,\"size\":3.0,\"tags\":[\"java\",\"sql\"]}"))));
    assertEquals(List.of(), slugs(META.eq(Json.of("{\"tags\": [\"sql\", \"java\"], \"size\": 3, \"draft\": false}"))));
    assertEquals(List.of("b", "c", "d"), slugs(META.ne(META_A)));
    assertEquals(List.of("c", "d"), slugs(META.in(Json.of("[1,2,3]"), Json.of("null"))));
    assertEquals(List.of("a", "b", "e"), slugs(META.notIn(List.of(Json.of("[1,2,3]"), Json.of("null")))
        .or(META.isNull())));
  }

  @Test
  void jsonContains_andContained_areJsonbContainment() {
    seedRows();

    assertEquals(List.of("a", "b"), slugs(META.contains(Json.of("{\"tags\": [\"sql\"]}"))));
    assertEquals(List.of("a"), slugs(META.contains(Json.of("{\"tags\": [\"sql\", \"java\"], \"size\": 3}"))));
    assertEquals(List.of("c"), slugs(META.contains(Json.of("[3, 1]"))));
    assertEquals(List.of("b"), slugs(META.contained(Json.of("{\"tags\": [\"sql\", \"go\"], \"size\": 1, \"x\": 0}"))));
    assertThrows(NullPointerException.class, () -> META.contains(null));
  }

  @Test
  void jsonValues_canBeSelected_andQueriedWithJooqAndRawSql() {
    seedRows();

    Json size = pages.select(Fn.literal("{0} -> 'size'", ColumnTypes.JSON, META)).where(SLUG.eq("a")).fetchOne()
        .map(Row1::value1).orElseThrow();
    assertEquals(Json.of("3"), size);
    assertEquals(List.of("b"), slugs(Criterion.of(META.field().eq(Json.of("{\"size\": 1, \"tags\": [\"sql\"]}")))));
    assertEquals(List.of("a", "b"), pages.query("SELECT * FROM pages WHERE meta @> ? ORDER BY slug",
        Json.of("{\"tags\": [\"sql\"]}")).stream().map(Page::slug).toList());
  }

  // ---- updates -----------------------------------------------------------------------------------

  @Test
  void instanceUpdate_comparesJsonByValue() {
    Page page = pages.create(Page.of("a", "body", META_A));
    log.clear();

    Page same = pages.update(page, META.set(Json.of("{\"draft\": false, \"size\": 3.00, \"tags\": [\"java\", \"sql\"]}")),
        BODY.set("body"));
    assertEquals(0, log.count(), "no statement when the value is the same JSON: " + log.all());
    assertSame(page, same);

    Page changed = pages.update(page, META.set(Json.of("{\"size\": 4}")), BODY.set("new ".repeat(1_000)));
    assertEquals(1, log.starting("update").size());
    for (Page p : List.of(changed, stored("a"))) {
      assertEquals(Json.of("{\"size\": 4}"), p.meta());
      assertEquals("new ".repeat(1_000), p.body());
    }
  }

  @Test
  void bulkUpdate_setsJsonWhereItContainsAValue() {
    seedRows();

    int updated = pages.update(META.contains(Json.of("{\"tags\": [\"sql\"]}")), SETTINGS.set(Json.of("{\"theme\": \"dark\"}")));

    assertEquals(2, updated);
    assertEquals(List.of("a", "b"), slugs(SETTINGS.eq(Json.of("{\"theme\": \"dark\"}"))));
  }

  // ---- toJSON and seed files ---------------------------------------------------------------------

  @Test
  void toJson_embedsJsonValues_notStrings() {
    Page page = new Page(1L, "a", "say \"hi\"", Json.of("{\"x\": [1, {\"y\": null}]}"), Json.of("\"dark\""),
        List.of("n"), null, null);

    assertEquals("{\"id\":1,\"slug\":\"a\",\"body\":\"say \\\"hi\\\"\",\"meta\":{\"x\": [1, {\"y\": null}]},"
        + "\"settings\":\"dark\",\"notes\":[\"n\"],\"createdAt\":null,\"updatedAt\":null}", pages.toJSON(page));
  }

  @Test
  void csvSeedFile_takesJsonText_andLongText(@TempDir Path folder) throws IOException {
    // CSV doubles the quotes of a quoted cell: "{""size"": 2}" is the JSON text {"size": 2}
    Path file = FileSeeder.write(folder, "pages.csv", String.join("\n",
        "slug,body,meta,settings,notes",
        "a,\"multi",
        "line, with \"\"quotes\"\"\",\"{\"\"tags\"\": [\"\"sql\"\"], \"\"size\"\": 2}\",,\"{one,\"\"two, three\"\"}\"",
        "b,,[1],\"\"\"plain string\"\"\",",
        ""));

    seed(file);

    Page a = stored("a");
    assertEquals("multi\nline, with \"quotes\"", a.body());
    assertEquals(Json.of("{\"size\": 2, \"tags\": [\"sql\"]}"), a.meta());
    assertEquals(Json.of("{\"theme\": \"light\"}"), a.settings(), "left out: the default");
    assertEquals(List.of("one", "two, three"), a.notes());
    Page b = stored("b");
    assertNull(b.body());
    assertEquals(Json.of("[1]"), b.meta());
    assertEquals(Json.of("\"plain string\""), b.settings());
  }

  @Test
  void jsonSeedFile_takesJsonValuesAsWritten(@TempDir Path folder) throws IOException {
    Path file = FileSeeder.write(folder, "pages.json", """
        [{"slug": "a", "body": "text", "meta": {"tags": ["sql"], "nested": {"n": 1.5}}, "notes": ["x"]},
         {"slug": "b", "meta": [1, "two"], "settings": "a JSON string"},
         {"slug": "c", "meta": null, "settings": 12}]""");

    seed(file);

    assertEquals(Json.of("{\"tags\": [\"sql\"], \"nested\": {\"n\": 1.5}}"), stored("a").meta());
    assertEquals("text", stored("a").body());
    assertEquals(Json.of("[1, \"two\"]"), stored("b").meta());
    assertEquals(Json.of("\"a JSON string\""), stored("b").settings());
    assertNull(stored("c").meta(), "JSON null in a seed file is SQL NULL");
    assertEquals(Json.of("12"), stored("c").settings());
  }

  @Test
  void csvCellThatIsNotJson_isAClearError(@TempDir Path folder) throws IOException {
    Path file = FileSeeder.write(folder, "pages.csv", "slug,meta\na,\"{tags: 1}\"\n");

    SeedException e = assertThrows(SeedException.class, () -> seed(file));

    assertTrue(e.getMessage().contains("pages.csv, line 2, attribute 'meta' of Page: '{tags: 1}' is not JSON (line 1"
        + " of the value: expected a key in double quotes, found 'tags:')"), e.getMessage());
    assertEquals(0, pages.count());
  }


  /** Creates the pages of {@code pages.csv} or {@code pages.json}. */
  public static final class PagesFile extends FileSeeder<Page> {
    public PagesFile() {
      super(PageModel.MODEL, "pages");
    }
  }

  private void seed(Path file) throws IOException {
    FileSeeder.seed(db, file, PagesFile.class);
  }
}
