package dev.sequor.seed;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.sequor.Repository;
import dev.sequor.Sequor;
import dev.sequor.seed.GadgetModel.Gadget;
import dev.sequor.seed.GadgetModel.Kind;
import dev.sequor.seed.SeedReport.Action;
import dev.sequor.seed.SeederInfo.State;
import dev.sequor.testsupport.PostgresSchemaExtension;
import dev.sequor.testsupport.TestSchema;
import java.io.IOException;
import java.math.BigDecimal;
import java.net.MalformedURLException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

@ExtendWith(PostgresSchemaExtension.class)
class SeederRunnerTest {

  private static final String PRODUCTS = "20260101000001-products";
  private static final String MORE = "20260101000002-more-products";
  private static final String FAILING = "20260101000003-failing";
  private static final String DEV_ONLY = "20260101000004-dev-only";
  private static final String UNIQUE = "20260101000005-unique";
  private static final String CSV = "20260101000006-from-csv";
  private static final String JSON = "20260101000007-from-json";

  private static final String PREFIX = SeederRunnerTest.class.getName() + "$";

  private TestSchema schema;
  private Sequor db;
  private Path folder;
  private URLClassLoader loader;
  private Repository<Gadget, Long> gadgets;

  /** Which file the file seeders load, and through which model. */
  static volatile String file;

  @BeforeEach
  void emptySchema(TestSchema schema, Sequor db, @TempDir Path folder) throws MalformedURLException {
    this.schema = schema;
    this.db = db;
    this.folder = folder;
    schema.reset();
    db.execute(GadgetModel.DDL);
    this.gadgets = db.repository(GadgetModel.MODEL);
    this.loader = new URLClassLoader(new URL[] {folder.toUri().toURL()}, getClass().getClassLoader());
    file = null;
  }

  @AfterEach
  void closeLoader() throws IOException {
    loader.close();
  }

  // ---------------------------------------------------------------------------------------- seeders

  static Gadget gadget(String code, String price) {
    return new Gadget(null, code, "Gadget " + code, null, new BigDecimal(price), null, null, null, null, null, null,
        null);
  }

  public static final class Products implements Seeder {
    @Override
    public void up(SeedContext context) {
      context.repository(GadgetModel.MODEL).bulkCreate(List.of(gadget("P1", "1.50"), gadget("P2", "2.50"),
          gadget("P3", "3.50")));
    }

    @Override
    public void down(SeedContext context) {
      context.repository(GadgetModel.MODEL).destroy(GadgetModel.CODE.in("P1", "P2", "P3"));
    }
  }

  public static final class MoreProducts implements Seeder {
    @Override
    public void up(SeedContext context) {
      context.repository(GadgetModel.MODEL).create(gadget("M1", "9.99"));
    }

    @Override
    public void down(SeedContext context) {
      context.repository(GadgetModel.MODEL).destroy(GadgetModel.CODE.eq("M1"));
    }
  }

  /** Inserts, then throws: nothing it inserted may stay. */
  public static final class Failing implements Seeder {
    @Override
    public void up(SeedContext context) {
      Repository<Gadget, Long> repository = context.repository(GadgetModel.MODEL);
      repository.create(gadget("F1", "1"));
      repository.bulkCreate(List.of(gadget("F2", "2"), gadget("F3", "3")));
      context.dsl().execute("UPDATE \"gadgets\" SET \"stock\" = 5");
      throw new IllegalStateException("boom half way");
    }

    @Override
    public void down(SeedContext context) {}
  }

  public static final class DevOnly implements Seeder {
    @Override
    public void up(SeedContext context) {
      context.repository(GadgetModel.MODEL).create(gadget("D-" + context.environment(), "1"));
    }

    @Override
    public void down(SeedContext context) {
      context.repository(GadgetModel.MODEL).destroy(GadgetModel.CODE.like("D-%"));
    }
  }

  public static final class Unique implements Seeder {
    @Override
    public void up(SeedContext context) {
      context.repository(GadgetModel.MODEL).create(gadget("U-" + UUID.randomUUID(), "1"));
    }

    @Override
    public void down(SeedContext context) {
      context.repository(GadgetModel.MODEL).destroy(GadgetModel.CODE.like("U-%"));
    }
  }

  public static final class FromCsv implements Seeder {
    @Override
    public void up(SeedContext context) {
      context.repository(GadgetModel.MODEL).bulkCreate(
          context.loadCsv(GadgetModel.MODEL, file));
    }

    @Override
    public void down(SeedContext context) {
      context.repository(GadgetModel.MODEL).destroy(GadgetModel.CODE.isNotNull());
    }
  }

  public static final class FromJson implements Seeder {
    @Override
    public void up(SeedContext context) {
      context.repository(GadgetModel.MODEL).bulkCreate(context.loadJson(GadgetModel.MODEL, file));
    }

    @Override
    public void down(SeedContext context) {
      context.repository(GadgetModel.MODEL).destroy(GadgetModel.CODE.isNotNull());
    }
  }

  // ---------------------------------------------------------------------------------------- helpers

  private void index(String... lines) {
    write("META-INF/sequor/seeders", "# written by the test\n" + String.join("\n", lines) + "\n");
  }

  private static String line(String name, String simpleClass, String... environments) {
    return name + " " + PREFIX + simpleClass + (environments.length == 0 ? "" : " " + String.join(",", environments));
  }

  private void write(String resource, String content) {
    try {
      Path path = folder.resolve(resource);
      Files.createDirectories(path.getParent());
      Files.writeString(path, content, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new AssertionError(e);
    }
  }

  private SeederRunner runner(String environment) {
    return db.seeders(loader, environment);
  }

  private List<String> codes() {
    return schema.strings("SELECT code FROM gadgets ORDER BY code");
  }

  private List<String> history() {
    return schema.strings("SELECT name FROM \"SequorData\" ORDER BY name");
  }

  // ------------------------------------------------------------------------------------------ tests

  @Test
  void seedAllRunsEachSeederOnceAndRecordsIt() {
    index(line(MORE, "MoreProducts"), line(PRODUCTS, "Products")); // the index's order does not matter
    SeederRunner runner = runner("test");
    assertEquals(List.of(State.PENDING, State.PENDING), runner.status().stream().map(SeederInfo::state).toList());

    SeedReport first = runner.seedAll();

    assertEquals(List.of(PRODUCTS, MORE), first.names(Action.SEEDED));
    assertEquals(List.of("M1", "P1", "P2", "P3"), codes());
    assertEquals(List.of(PRODUCTS, MORE), history());
    SeedReport second = runner.seedAll();
    assertEquals(List.of(), second.steps());
    assertEquals(List.of("M1", "P1", "P2", "P3"), codes());
    List<SeederInfo> status = runner.status();
    assertEquals(List.of(State.SEEDED, State.SEEDED), status.stream().map(SeederInfo::state).toList());
    assertEquals(PREFIX + "Products", status.get(0).className());
    assertTrue(status.get(0).runAt() != null && status.get(0).duration() != null);
    assertEquals(List.of(), runner.seed(PRODUCTS).steps()); // already seeded: nothing
    assertEquals(List.of("M1", "P1", "P2", "P3"), codes());
  }

  @Test
  void seedRunsOneSeederByName() {
    index(line(PRODUCTS, "Products"), line(MORE, "MoreProducts"));

    SeedReport report = runner("test").seed(MORE);

    assertEquals(List.of(MORE), report.names(Action.SEEDED));
    assertEquals(List.of("M1"), codes());
    assertEquals(List.of(MORE), history());
    SeedException unknown = assertThrows(SeedException.class, () -> runner("test").seed("20260101000009-nope"));
    assertTrue(unknown.getMessage().contains("No seeder 20260101000009-nope"), unknown.getMessage());
  }

  @Test
  void aSeederThatFailsHalfWayLeavesNothingAndNoHistoryRow() {
    index(line(PRODUCTS, "Products"), line(FAILING, "Failing"), line(UNIQUE, "Unique"));

    SeedException e = assertThrows(SeedException.class, () -> runner("test").seedAll());

    assertEquals(FAILING, e.seeder());
    assertTrue(e.getMessage().contains("Seeder " + FAILING), e.getMessage());
    assertTrue(e.getMessage().contains("boom half way"), e.getMessage());
    assertTrue(e.getMessage().contains("rolled back"), e.getMessage());
    assertTrue(e.getMessage().contains("Earlier in this run, and still seeded: " + PRODUCTS), e.getMessage());
    assertTrue(e.getCause() instanceof IllegalStateException);
    assertEquals(List.of("P1", "P2", "P3"), codes()); // the earlier seeder stays, the failing one left nothing
    assertEquals(List.of("0", "0", "0"), schema.strings("SELECT stock FROM gadgets")); // its UPDATE too
    assertEquals(List.of(PRODUCTS), history());
    assertEquals(State.PENDING, runner("test").status().get(1).state());
  }

  @Test
  void undoRevertsTheLastSeederAndUndoByNameReverts() {
    index(line(PRODUCTS, "Products"), line(MORE, "MoreProducts"));
    SeederRunner runner = runner("test");
    runner.seedAll();

    SeedReport undone = runner.undo();

    assertEquals(List.of(MORE), undone.names(Action.UNDONE));
    assertEquals(List.of("P1", "P2", "P3"), codes());
    assertEquals(List.of(PRODUCTS), history());
    assertEquals(List.of(), runner.undo(MORE).steps()); // not seeded: nothing
    assertEquals(List.of(PRODUCTS), runner.undo(PRODUCTS).names(Action.UNDONE));
    assertEquals(List.of(), codes());
    assertEquals(List.of(), history());
    assertEquals(List.of(), runner.undo().steps());
    assertEquals(List.of(PRODUCTS, MORE), runner.seedAll().names(Action.SEEDED)); // runs again after an undo
  }

  @Test
  void undoAllRevertsEverySeederNewestFirst() {
    index(line(PRODUCTS, "Products"), line(MORE, "MoreProducts"), line(UNIQUE, "Unique"));
    SeederRunner runner = runner("test");
    runner.seedAll();
    assertEquals(5, codes().size());

    SeedReport report = runner.undoAll();

    assertEquals(List.of(UNIQUE, MORE, PRODUCTS), report.names(Action.UNDONE));
    assertEquals(List.of(), codes());
    assertEquals(List.of(), history());
  }

  @Test
  void undoRefusesASeederMissingFromTheIndex() {
    index(line(PRODUCTS, "Products"), line(MORE, "MoreProducts"));
    runner("test").seedAll();
    index(line(PRODUCTS, "Products"));

    assertEquals(State.MISSING, runner("test").status().get(1).state());
    SeedException e = assertThrows(SeedException.class, () -> runner("test").undoAll());

    assertTrue(e.getMessage().contains("Cannot undo " + MORE), e.getMessage());
    assertEquals(4, codes().size()); // nothing undone
    assertEquals(List.of(PRODUCTS, MORE), history());
  }

  @Test
  void aSeederLimitedToAnEnvironmentIsSkippedElsewhere() {
    index(line(PRODUCTS, "Products"), line(DEV_ONLY, "DevOnly", "development", "test"));

    SeedReport production = runner("production").seedAll();

    assertEquals(List.of(PRODUCTS), production.names(Action.SEEDED));
    assertEquals(List.of(DEV_ONLY), production.names(Action.SKIPPED));
    assertEquals(List.of(State.SEEDED, State.SKIPPED),
        runner("production").status().stream().map(SeederInfo::state).toList());
    assertEquals(List.of("P1", "P2", "P3"), codes());
    assertEquals(List.of(PRODUCTS), history());
    assertEquals(List.of(DEV_ONLY), runner("production").seed(DEV_ONLY).names(Action.SKIPPED));

    SeedReport development = runner("development").seedAll();

    assertEquals(List.of(DEV_ONLY), development.names(Action.SEEDED));
    assertEquals(List.of("D-development", "P1", "P2", "P3"), codes());
    assertEquals(List.of(DEV_ONLY), runner("production").undoAll().names(Action.SKIPPED)); // never undone elsewhere
    assertEquals(List.of("D-development"), codes());
    assertEquals(List.of(DEV_ONLY), history());
  }

  @Test
  void untrackedRunsEveryTimeWithoutTheHistoryTable() {
    index(line(UNIQUE, "Unique"), line(DEV_ONLY, "DevOnly", "development"));
    SeederRunner untracked = runner("test").untracked();
    assertFalse(untracked.tracked());

    assertEquals(List.of(UNIQUE), untracked.seedAll().names(Action.SEEDED));
    assertEquals(List.of(UNIQUE), untracked.seedAll().names(Action.SEEDED));

    assertEquals(2, codes().size());
    assertFalse(schema.tables().contains("SequorData"));
    assertEquals(List.of(State.SKIPPED, State.PENDING), untracked.status().stream().map(SeederInfo::state).toList());
    assertEquals(List.of(UNIQUE), untracked.undoAll().names(Action.UNDONE));
    assertEquals(List.of(), codes());
    assertFalse(schema.tables().contains("SequorData"));
  }

  @Test
  void aMalformedIndexOrSeederClassIsAClearError() {
    index("20260101000001-products");
    SeedException malformed = assertThrows(SeedException.class, () -> runner("test").status());
    assertTrue(malformed.getMessage().contains("Malformed seeder index") && malformed.getMessage().contains(":2:"),
        malformed.getMessage());

    index("2026-products " + PREFIX + "Products");
    SeedException badName = assertThrows(SeedException.class, () -> runner("test").seedAll());
    assertTrue(badName.getMessage().contains("<yyyyMMddHHmmss>-<kebab-case-name>"), badName.getMessage());

    index(PRODUCTS + " com.example.Nope");
    SeedException noClass = assertThrows(SeedException.class, () -> runner("test").seedAll());
    assertTrue(noClass.getMessage().contains("com.example.Nope") && noClass.getMessage().contains("cannot be loaded"),
        noClass.getMessage());
    assertEquals(List.of(), history());
  }

  // ------------------------------------------------------------------------------------------ files

  @Test
  void aCsvFileIsLoadedThroughTheModel() {
    index(line(CSV, "FromCsv"));
    file = "seeds/gadgets.csv";
    write(file, "\uFEFFcode,name,price,rating,active,releasedOn,launchedAt,ref,kind,data,stock\r\n"
        + "A1,\"Hammer, large\",12.50,4.5,true,2026-11-25,2026-11-25T12:00:00Z,"
        + "123e4567-e89b-12d3-a456-426614174000,TOOL,AQID,7\r\n"
        + "A2,\"The \"\"best\"\"\nball\",0.99,,FALSE,,,,TOY,,\r\n"
        + "\n"
        + "A3,\"\",1,,,,,,,,\n");

    runner("test").seedAll();

    List<Gadget> rows = gadgets.findAll(dev.sequor.Query.orderBy(GadgetModel.CODE.asc()));
    assertEquals(3, rows.size());
    Gadget a1 = rows.get(0);
    assertEquals("Hammer, large", a1.name());
    assertEquals(0, new BigDecimal("12.5").compareTo(a1.price()));
    assertEquals(4.5, a1.rating());
    assertEquals(true, a1.active());
    assertEquals(LocalDate.of(2026, 11, 25), a1.releasedOn());
    assertEquals(Instant.parse("2026-11-25T12:00:00Z"), a1.launchedAt());
    assertEquals(UUID.fromString("123e4567-e89b-12d3-a456-426614174000"), a1.ref());
    assertEquals(Kind.TOOL, a1.kind());
    assertArrayEquals(new byte[] {1, 2, 3}, a1.data());
    assertEquals(7, a1.stock());
    Gadget a2 = rows.get(1);
    assertEquals("The \"best\"\nball", a2.name());
    assertNull(a2.rating());
    assertEquals(false, a2.active());
    assertNull(a2.releasedOn());
    assertEquals(Kind.TOY, a2.kind());
    assertEquals(0, a2.stock()); // empty cell: null, so the database default
    assertEquals("", rows.get(2).name()); // a quoted empty cell is the empty string
  }

  @Test
  void aJsonFileIsLoadedThroughTheModel() {
    index(line(JSON, "FromJson"));
    file = "seeds/gadgets.json";
    write(file, """
        [
          {"code": "J1", "name": "Caf\\u00e9 \\"mug\\"", "price": 3.10, "rating": 4, "active": true,
           "releasedOn": "2026-01-02", "launchedAt": "2026-01-02T03:04:05Z",
           "ref": "123e4567-e89b-12d3-a456-426614174000", "kind": "TOY", "data": "AQID", "stock": 2},
          {"code": "J2", "price": "12345.67", "name": null}
        ]
        """);

    runner("test").seedAll();

    List<Gadget> rows = gadgets.findAll(dev.sequor.Query.orderBy(GadgetModel.CODE.asc()));
    assertEquals(2, rows.size());
    Gadget j1 = rows.get(0);
    assertEquals("Café \"mug\"", j1.name());
    assertEquals(0, new BigDecimal("3.1").compareTo(j1.price()));
    assertEquals(4.0, j1.rating());
    assertEquals(Instant.parse("2026-01-02T03:04:05Z"), j1.launchedAt());
    assertEquals(Kind.TOY, j1.kind());
    assertArrayEquals(new byte[] {1, 2, 3}, j1.data());
    assertEquals(2, j1.stock());
    assertEquals(0, new BigDecimal("12345.67").compareTo(rows.get(1).price()));
    assertNull(rows.get(1).name());
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', quoteCharacter = '~', textBlock = """
      unknown column      | code,price,colour\\nA1,1,red\\n               | 1 | colour     | unknown attribute
      column not attribute| code,price,released_on\\nA1,1,2026-01-01\\n   | 1 | released_on| use attribute names
      wrong number        | code,price\\nA1,1\\nA2,abc\\n                  | 3 | price      | 'abc' is not a value of type BigDecimal
      wrong integer       | code,price,stock\\nA1,1,1.5\\n                 | 2 | stock      | is not a value of type Integer
      wrong boolean       | code,price,active\\nA1,1,yes\\n                | 2 | active     | 'yes' is not true or false
      wrong date          | code,price,releasedOn\\nA1,1,25.11.2026\\n     | 2 | releasedOn | is not an ISO-8601 date
      wrong enum          | code,price,kind\\nA1,1,GADGET\\n               | 2 | kind       | not a constant of Kind (TOOL, TOY)
      wrong uuid          | code,price,ref\\nA1,1,xyz\\n                   | 2 | ref        | is not a value of type UUID
      wrong base64        | code,price,data\\nA1,1,***\\n                  | 2 | data       | is not base64
      null for not-null   | code,price\\nA1,1\\nA2,\\n                     | 3 | price      | null, but the attribute cannot be null
      missing not-null    | code,name\\nA1,x\\n                            | 2 | price      | missing, and the attribute cannot be null
      duplicate header    | code,price,code\\nA1,1,A1\\n                   | 1 | code       | names it twice
      too few cells       | code,price\\nA1,1\\nA2\\n                      | 3 |            | 1 value for a header of 2 columns
      unclosed quote      | code,price\\nA1,1\\n\"A2,1\\n                  | 3 |            | never closed
      stray quote         | code,price\\nA\"1,1\\n                         | 2 |            | inside an unquoted value
      """)
  void aBadCsvFileIsAClearErrorAndInsertsNothing(String label, String content, int line, String attribute,
      String problem) {
    index(line(CSV, "FromCsv"));
    file = "seeds/bad.csv";
    write(file, content.replace("\\n", "\n").replace("\\\"", "\""));

    SeedException e = assertThrows(SeedException.class, () -> runner("test").seedAll());

    assertEquals(CSV, e.seeder());
    assertEquals("seeds/bad.csv", e.file());
    assertEquals(line, e.line(), e.getMessage());
    assertEquals(attribute, e.attribute(), e.getMessage());
    assertTrue(e.getMessage().contains("seeds/bad.csv, line " + line), e.getMessage());
    if (attribute != null) {
      assertTrue(e.getMessage().contains("attribute '" + attribute + "' of Gadget"), e.getMessage());
    }
    assertTrue(e.getMessage().contains(problem), e.getMessage());
    assertEquals(List.of(), codes());
    assertEquals(List.of(), history());
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', quoteCharacter = '\'', textBlock = """
      unknown key      | [{"code": "J1", "price": 1},\\n {"code": "J2", "price": 2, "colour": "red"}]  | 2 | colour | unknown attribute
      string for number| [{"code": "J1",\\n "price": 1,\\n "stock": "7"}]                           | 3 | stock  | the string "7" is not a value of type Integer
      number for string| [{"code": 12, "price": 1}]                                                 | 1 | code   | the number 12 is not a value of type String
      fraction for int | [{"code": "J1", "price": 1, "stock": 1.5}]                                 | 1 | stock  | the number 1.5 is not a value of type Integer
      array for value  | [{"code": "J1", "price": [1]}]                                             | 1 | price  | an array is not a value of type BigDecimal
      null for not-null| [{"code": "J1", "price": 1},\\n{"code": "J2", "price": null}]              | 2 | price  | null, but the attribute cannot be null
      missing not-null | [{"code": "J1"}]                                                           | 1 | price  | missing, and the attribute cannot be null
      not an array     | {"code": "J1"}                                                             | 1 |        | holds an array of objects
      not an object    | [{"code": "J1", "price": 1},\\n 7]                                         | 2 |        | expected an object
      malformed        | [{"code": "J1", "price": 1},\\n {"code": "J2" "price": 1}]                 | 2 |        | malformed JSON: expected ',' or '}'
      duplicate key    | [{"code": "J1",\\n "code": "J2", "price": 1}]                              | 2 | code   | appears twice
      unclosed         | [{"code": "J1", "price": 1}                                                | 1 |        | expected ',' or ']'
      """)
  void aBadJsonFileIsAClearErrorAndInsertsNothing(String label, String content, int line, String attribute,
      String problem) {
    index(line(JSON, "FromJson"));
    file = "seeds/bad.json";
    write(file, content.replace("\\n", "\n"));

    SeedException e = assertThrows(SeedException.class, () -> runner("test").seedAll());

    assertEquals(JSON, e.seeder());
    assertEquals("seeds/bad.json", e.file());
    assertEquals(line, e.line(), e.getMessage());
    assertEquals(attribute, e.attribute(), e.getMessage());
    assertTrue(e.getMessage().contains("seeds/bad.json, line " + line), e.getMessage());
    assertTrue(e.getMessage().contains(problem), e.getMessage());
    assertEquals(List.of(), codes());
    assertEquals(List.of(), history());
  }

  @Test
  void aMissingFileIsAClearError() {
    index(line(CSV, "FromCsv"));
    file = "seeds/none.csv";
    SeedException missing = assertThrows(SeedException.class, () -> runner("test").seedAll());
    assertTrue(missing.getMessage().contains("seeds/none.csv is not on the class path"), missing.getMessage());
    assertEquals(List.of(), codes());
  }
}
