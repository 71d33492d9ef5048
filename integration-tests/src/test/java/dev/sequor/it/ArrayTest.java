package dev.sequor.it;

import static dev.sequor.it.PostModel.IDS;
import static dev.sequor.it.PostModel.SCORES;
import static dev.sequor.it.PostModel.SLUG;
import static dev.sequor.it.PostModel.TAGS;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.sequor.Criterion;
import dev.sequor.DatabaseException;
import dev.sequor.Repository;
import dev.sequor.Sequor;
import dev.sequor.seed.SeedException;
import dev.sequor.testing.SequorTest;
import dev.sequor.testing.StatementLog;
import dev.sequor.testing.TestDatabase;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Array attributes ({@code String[]}, {@code List<Integer>}, {@code Long[]}) on real rows: round trips of values,
 * empty arrays, null arrays and null elements, instance updates compared by content, every array operator, toJSON
 * and seed files.
 */
@SequorTest(migrate = false, truncate = false)
class ArrayTest {

  private final TestDatabase database;
  private final Sequor db;
  private final Repository<Post, Long> posts;

  ArrayTest(TestDatabase database, Sequor db) {
    this.database = database;
    this.db = db;
    this.posts = db.repository(PostModel.MODEL);
  }

  @BeforeEach
  void createTable() {
    database.sequor().execute("DROP TABLE IF EXISTS \"posts\"");
    TestTables.create(database, PostModel.MODEL);
  }

  private Post stored(String slug) {
    return posts.findOne(SLUG.eq(slug)).orElseThrow();
  }

  private void seedRows() {
    posts.bulkCreate(List.of(
        Post.of("java", new String[] {"java", "jvm"}, List.of(1, 2), new Long[] {10L}),
        Post.of("sql", new String[] {"sql", "postgres"}, List.of(2, 3), new Long[] {20L, 30L}),
        Post.of("both", new String[] {"java", "sql", "postgres"}, List.of(3), null),
        Post.of("empty", new String[0], List.of(), new Long[0]),
        Post.of("none", null, null, null)));
  }

  private List<String> slugs(Criterion<Post> where) {
    return posts.findAll(where).stream().map(Post::slug).sorted().toList();
  }

  // ---- values ------------------------------------------------------------------------------------

  @Test
  void valuesRoundTrip_throughCreateAndFind() {
    Post created = posts.create(Post.of("a", new String[] {"x", "with, comma", "q\" and \\"},
        List.of(3, -1, 2), new Long[] {Long.MAX_VALUE, null, 7L}));

    for (Post post : List.of(created, stored("a"))) {
      assertArrayEquals(new String[] {"x", "with, comma", "q\" and \\"}, post.tags());
      assertEquals(List.of(3, -1, 2), post.scores());
      assertArrayEquals(new Long[] {Long.MAX_VALUE, null, 7L}, post.ids());
    }
  }

  @Test
  void otherElementTypes_roundTripAndMatch() {
    database.sequor().execute("DROP TABLE IF EXISTS \"Measurements\"");
    TestTables.create(database, MeasurementModel.MODEL);
    Repository<Measurement, Long> measurements = database.sequor().repository(MeasurementModel.MODEL);
    UUID ref = UUID.fromString("01890a5d-ac96-774b-bcce-b302099a8057");
    Measurement created = measurements.create(new Measurement(null, new Short[] {1, Short.MAX_VALUE},
        new Boolean[] {true, null, false}, List.of(0.5, -1e300), new BigDecimal[] {new BigDecimal("1234.50")},
        List.of(ref)));

    Measurement found = measurements.findByPk(created.id()).orElseThrow();
    for (Measurement m : List.of(created, found)) {
      assertArrayEquals(new Short[] {1, Short.MAX_VALUE}, m.levels());
      assertArrayEquals(new Boolean[] {true, null, false}, m.flags());
      assertEquals(List.of(0.5, -1e300), m.readings());
      assertArrayEquals(new BigDecimal[] {new BigDecimal("1234.50")}, m.amounts());
      assertEquals(List.of(ref), m.refs());
    }
    assertEquals(1, measurements.count(MeasurementModel.LEVELS.any(Short.MAX_VALUE)
        .and(MeasurementModel.FLAGS.contains(false))
        .and(MeasurementModel.READINGS.overlap(0.5))
        .and(MeasurementModel.AMOUNTS.contained(new BigDecimal("1234.5")))
        .and(MeasurementModel.REFS.eq(List.of(ref)))));
  }

  @Test
  void emptyAndNullArrays_stayApart() {
    posts.create(Post.of("empty", new String[0], List.of(), new Long[0]));
    posts.create(Post.of("none", null, null, null));

    Post empty = stored("empty");
    assertArrayEquals(new String[0], empty.tags());
    assertEquals(List.of(), empty.scores());
    assertArrayEquals(new Long[0], empty.ids());
    Post none = stored("none");
    assertNull(none.tags());
    assertNull(none.scores());
    assertNull(none.ids());
    assertEquals(List.of("none"), slugs(TAGS.isNull()));
  }

  @Test
  void elementLength_isTheColumnsVarcharLength() {
    String tooLong = "x".repeat(21);
    assertThrows(DatabaseException.class, () -> posts.create(Post.of("long", new String[] {tooLong}, null, null)));
    posts.create(Post.of("fits", new String[] {"x".repeat(20)}, null, null));
  }

  // ---- updates -----------------------------------------------------------------------------------

  @Test
  void instanceUpdate_comparesArraysAndListsByContent() {
    Post post = posts.create(Post.of("a", new String[] {"x", "y"}, List.of(1, 2), new Long[] {1L}));
    StatementLog log = database.statements();
    log.clear();

    Post same = posts.update(post, TAGS.set(new String[] {"x", "y"}), SCORES.set(Arrays.asList(1, 2)),
        IDS.set(new Long[] {1L}));

    assertEquals(0, log.count(), "no statement when every array holds the same elements: " + log.all());
    assertTrue(same == post);

    Post changed = posts.update(post, TAGS.set(new String[] {"y", "x"}), SCORES.set(List.of(1, 2, 3)),
        IDS.set(null));

    assertEquals(1, log.starting("update").size());
    for (Post p : List.of(changed, stored("a"))) {
      assertArrayEquals(new String[] {"y", "x"}, p.tags());
      assertEquals(List.of(1, 2, 3), p.scores());
      assertNull(p.ids());
    }
  }

  @Test
  void bulkUpdate_setsAnArrayOnEveryMatchingRow() {
    seedRows();

    int updated = posts.update(TAGS.contains("java"), SCORES.set(List.of(0)));

    assertEquals(2, updated);
    assertEquals(List.of("both", "java"), slugs(SCORES.eq(List.of(0))));
  }

  // ---- operators ---------------------------------------------------------------------------------

  @Test
  void contains_keepsRowsHoldingEveryElement() {
    seedRows();

    assertEquals(List.of("both", "java"), slugs(TAGS.contains("java")));
    assertEquals(List.of("both", "sql"), slugs(TAGS.contains("sql", "postgres")));
    assertEquals(List.of("both", "empty", "java", "sql"), slugs(TAGS.contains())); // every array holds {}
    assertEquals(List.of("both", "sql"), slugs(SCORES.contains(3)));
    assertEquals(List.of("sql"), slugs(IDS.contains(List.of(30L, 20L))));
  }

  @Test
  void contained_keepsRowsWhoseElementsAreAllListed() {
    seedRows();

    assertEquals(List.of("empty", "java"), slugs(TAGS.contained("java", "jvm", "kotlin")));
    assertEquals(List.of("both", "empty", "sql"), slugs(SCORES.contained(2, 3)));
  }

  @Test
  void overlap_keepsRowsSharingAnElement() {
    seedRows();

    assertEquals(List.of("both", "sql"), slugs(TAGS.overlap("postgres", "oracle")));
    assertEquals(List.of("java", "sql"), slugs(SCORES.overlap(1, 2)));
    assertEquals(List.of(), slugs(IDS.overlap()));
  }

  @Test
  void any_keepsRowsHoldingTheElement() {
    seedRows();

    assertEquals(List.of("both", "sql"), slugs(TAGS.any("postgres")));
    assertEquals(List.of("java"), slugs(SCORES.any(1)));
    assertEquals(List.of("sql"), slugs(IDS.any(30L)));
  }

  @Test
  void eq_comparesWholeArrays_orderIncluded() {
    seedRows();

    assertEquals(List.of("java"), slugs(TAGS.eq(new String[] {"java", "jvm"})));
    assertEquals(List.of(), slugs(TAGS.eq(new String[] {"jvm", "java"})));
    assertEquals(List.of("empty"), slugs(SCORES.eq(List.of())));
    assertEquals(List.of("sql"), slugs(IDS.eq(new Long[] {20L, 30L})));
    assertEquals(List.of("both", "empty", "none", "sql"), slugs(TAGS.ne(new String[] {"java", "jvm"}).or(TAGS.isNull())));
  }

  // ---- toJSON and seed files ---------------------------------------------------------------------

  @Test
  void toJson_writesArraysAsJsonArrays() {
    Post post = new Post(1L, "a", new String[] {"x", "\"q\""}, List.of(1, 2), new Long[] {null, 3L});

    assertEquals("{\"id\":1,\"slug\":\"a\",\"tags\":[\"x\",\"\\\"q\\\"\"],\"scores\":[1,2],\"ids\":[null,3]}",
        posts.toJSON(post));
    assertEquals("{\"id\":1,\"slug\":\"b\",\"tags\":[],\"scores\":null,\"ids\":null}",
        posts.toJSON(new Post(1L, "b", new String[0], null, null)));
  }

  @Test
  void jsonSeedFile_loadsJsonArrays(@TempDir Path folder) throws IOException {
    Path file = FileSeeder.write(folder, "posts.json", """
        [{"slug": "a", "tags": ["x", "y, z"], "scores": [1, null, 3], "ids": []},
         {"slug": "b", "tags": null}]""");

    seed(file);

    Post a = stored("a");
    assertArrayEquals(new String[] {"x", "y, z"}, a.tags());
    assertEquals(Arrays.asList(1, null, 3), a.scores());
    assertArrayEquals(new Long[0], a.ids());
    assertNull(stored("b").tags());
  }

  @Test
  void csvSeedFile_loadsPostgresArrayLiterals(@TempDir Path folder) throws IOException {
    Path file = FileSeeder.write(folder, "posts.csv", """
        slug,tags,scores,ids
        a,"{x,""y, z"",NULL}","{1, 2}",{}
        b,,{},{9223372036854775807}
        """);

    seed(file);

    Post a = stored("a");
    assertArrayEquals(new String[] {"x", "y, z", null}, a.tags());
    assertEquals(List.of(1, 2), a.scores());
    assertArrayEquals(new Long[0], a.ids());
    Post b = stored("b");
    assertNull(b.tags());
    assertEquals(List.of(), b.scores());
    assertArrayEquals(new Long[] {Long.MAX_VALUE}, b.ids());
  }

  @Test
  void badArraysInSeedFiles_areClearErrors(@TempDir Path folder) throws IOException {
    Path csv = FileSeeder.write(folder.resolve("literal"), "posts.csv", "slug,scores\na,\"[1,2]\"\n");
    SeedException notALiteral = assertThrows(SeedException.class, () -> seed(csv));
    assertTrue(notALiteral.getMessage().contains("line 2, attribute 'scores' of Post: '[1,2]' is not an array"
        + " literal such as {a,b} or {}"), notALiteral.getMessage());

    Path badElement = FileSeeder.write(folder.resolve("element"), "posts.csv", "slug,scores\na,\"{1,x}\"\n");
    SeedException wrongElement = assertThrows(SeedException.class, () -> seed(badElement));
    assertTrue(wrongElement.getMessage().contains("'x' is not a value of type Integer"), wrongElement.getMessage());

    Path json = FileSeeder.write(folder.resolve("json"), "posts.json", "[{\"slug\": \"a\", \"scores\": 5}]");
    SeedException notAnArray = assertThrows(SeedException.class, () -> seed(json));
    assertTrue(notAnArray.getMessage().contains("attribute 'scores' of Post: ")
        && notAnArray.getMessage().contains("is not a JSON array (of Integer values)"), notAnArray.getMessage());
    assertEquals(0, posts.count(), "a bad file inserts nothing");
  }

  /** Creates the posts of {@code posts.csv} or {@code posts.json}. */
  public static final class PostsFile extends FileSeeder<Post> {
    public PostsFile() {
      super(PostModel.MODEL, "posts");
    }
  }

  private void seed(Path file) throws IOException {
    FileSeeder.seed(db, file, PostsFile.class);
  }
}
