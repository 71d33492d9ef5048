package dev.sequor.faults;

import static dev.sequor.faults.ScribbleModel.BODY;
import static dev.sequor.faults.ScribbleModel.DOC;
import static dev.sequor.faults.ScribbleModel.ID;
import static dev.sequor.faults.ScribbleModel.NOTES;
import static dev.sequor.faults.ScribbleModel.TAG;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.sequor.BulkCreateOptions;
import dev.sequor.Created;
import dev.sequor.Criterion;
import dev.sequor.DatabaseException;
import dev.sequor.Json;
import dev.sequor.Repository;
import dev.sequor.Select;
import dev.sequor.Sequor;
import dev.sequor.ValidationException;
import dev.sequor.seed.SeedContext;
import dev.sequor.seed.SeedException;
import dev.sequor.seed.Seeder;
import dev.sequor.testing.SequorTest;
import dev.sequor.testing.StatementLog;
import dev.sequor.testing.TestDatabase;
import java.io.IOException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jooq.impl.DSL;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.function.Executable;
import org.junit.jupiter.api.io.TempDir;

/**
 * The hostile-string corpus ({@link HostileStrings}) through every string-taking API: writes (create, update in both
 * forms, findOrCreate, upsert, bulkCreate with VALUES and with COPY, CSV and JSON seed files), every string operator,
 * raw SQL's bind values, {@code Criterion.of}, and aliases. Per input and API: the value read back is the input,
 * exactly, or the call is refused with a {@link ValidationException} before any SQL (text PostgreSQL cannot hold:
 * NUL, unpaired surrogates) and the pool still works; each operator's rows are the rows a reference computed in Java
 * from the whole table says (no wildcard leaks, {@code eq} matches exactly the rows holding the input); and no
 * statement touches another table (a canary table is unchanged, and the statement log names only the model's).
 */
@SequorTest(migrate = false)
@Timeout(value = 180, unit = TimeUnit.SECONDS)
class HostileStringCorpusTest {

  /** The seed file a {@link ScribblesFile} loads: set before each seeder run. */
  private static volatile Path seedFile;

  private final Sequor db;
  private final StatementLog log;
  private final Repository<Scribble, Long> scribbles;
  private final Repository<Canary, Long> canaries;

  private final List<String> failures = new ArrayList<>();
  private final Map<String, Integer> runsPerApi = new TreeMap<>();
  private final Set<String> inputsRefused = new HashSet<>();
  private int runs;
  private int refusals;
  private int patternErrors;

  HostileStringCorpusTest(Sequor db, StatementLog log) {
    this.db = db;
    this.log = log;
    this.scribbles = db.repository(ScribbleModel.MODEL);
    this.canaries = db.repository(CanaryModel.MODEL);
  }

  @BeforeAll
  static void createTables(TestDatabase database) {
    database.sequor().execute(Sequor.schemaSql(ScribbleModel.MODEL));
    database.sequor().execute(Sequor.schemaSql(CanaryModel.MODEL));
  }

  @Test
  void everyStringTakingApiStoresTheInputExactlyOrRefusesItBeforeAnySql(@TempDir Path folder) throws IOException {
    long start = System.nanoTime();
    List<Canary> canaryRows = canaries.bulkCreate(List.of(new Canary(null, "keep me"),
        new Canary(null, "'); DROP TABLE canaries; --"), new Canary(null, "\uD83D\uDE00 %_")));
    log.clear();
    List<String> corpus = HostileStrings.corpus();

    for (int i = 0; i < corpus.size(); i++) {
      writeThroughEveryApi(i, corpus.get(i));
    }
    long writes = System.nanoTime();
    seedFiles(folder, corpus);
    long seeds = System.nanoTime();
    // the reads compare each input with one row per input (tagged c), a table small enough to scan 7,000 times
    List<String> created = new ArrayList<>();
    for (int i = 0; i < corpus.size(); i++) {
      created.add("c" + i);
    }
    scribbles.destroy(TAG.notIn(created));
    int big = corpus.indexOf(corpus.stream().filter(s -> s.length() >= HostileStrings.BIG - 16).findFirst()
        .orElseThrow());
    List<Scribble> table = scribbles.findAll();
    readThroughEveryOperator(corpus.get(big), table);
    scribbles.destroy(BODY.eq(corpus.get(big))); // read through every operator: no need to scan it 7,000 times more
    table = scribbles.findAll();
    for (int i = 0; i < corpus.size(); i++) {
      if (i != big) {
        readThroughEveryOperator(corpus.get(i), table);
      }
      alias(i, corpus.get(i));
    }

    long reads = System.nanoTime();
    List<String> otherTables = otherTablesTouched(); // before the canary's own select below
    assertEquals(canaryRows, canaries.findAll(), "the canary table is untouched");
    long seconds = TimeUnit.NANOSECONDS.toSeconds(System.nanoTime() - start);
    FaultFigures.record("hostile strings through every string-taking API", runs, failures.size(),
        corpus.size() + " inputs (" + inputsRefused.size() + " refused as unstorable) x " + runsPerApi.size()
            + " APIs; " + refusals + " refusals before SQL, " + patternErrors + " clean pattern errors (LIKE/regex),"
            + " " + log.count() + " statements, " + otherTables.size() + " on another table; " + seconds + " s: writes "
            + millis(writes - start) + ", seed files " + millis(seeds - writes) + ", reads and aliases "
            + millis(reads - seeds) + ")");
    assertEquals(List.of(), failures.subList(0, Math.min(failures.size(), 30)), failures.size() + " failures");
    assertEquals(List.of(), otherTables.subList(0, Math.min(otherTables.size(), 5)),
        otherTables.size() + " statements");
    assertTrue(runs > 5_000 && refusals > 100, runs + " runs, " + refusals + " refusals");
  }

  private static String millis(long nanos) {
    return TimeUnit.NANOSECONDS.toMillis(nanos) + " ms";
  }

  // ---- writes ----------------------------------------------------------------------------------------------

  private void writeThroughEveryApi(int i, String s) {
    boolean refuse = !HostileStrings.storable(s);
    if (refuse) {
      inputsRefused.add(s);
    }
    run("create", s, refuse, () -> {
      Scribble stored = scribbles.create(Scribble.of("c" + i, s));
      assertHolds(stored, s);
      assertHolds(reread(stored), s);
    }, "c" + i);
    Scribble placeholder = scribbles.create(Scribble.of("u" + i, "placeholder"));
    run("update (instance)", s, refuse, () -> {
      Scribble updated = scribbles.update(placeholder, BODY.set(s), DOC.set(Json.from(s)), NOTES.set(List.of(s, "-")));
      assertHolds(updated, s);
      assertHolds(reread(updated), s);
    }, null);
    unchangedIfRefused("update (instance)", s, refuse, "u" + i, "placeholder");
    scribbles.create(Scribble.of("w" + i, "placeholder"));
    run("update (criteria)", s, refuse, () -> {
      assertEquals(1, scribbles.update(TAG.eq("w" + i), BODY.set(s), DOC.set(Json.from(s)),
          NOTES.set(List.of(s, "-"))));
      assertHolds(scribbles.findOne(TAG.eq("w" + i)).orElseThrow(), s);
    }, null);
    unchangedIfRefused("update (criteria)", s, refuse, "w" + i, "placeholder");
    run("findOrCreate", s, refuse, () -> {
      Created<Scribble> created = scribbles.findOrCreate(BODY.eq(s).and(TAG.eq("f" + i)), Scribble.of("f" + i, s));
      Created<Scribble> found = scribbles.findOrCreate(BODY.eq(s).and(TAG.eq("f" + i)), Scribble.of("f" + i, s));
      assertTrue(created.created() && !found.created());
      assertEquals(created.instance().id(), found.instance().id());
      assertHolds(found.instance(), s);
    }, "f" + i);
    run("upsert (insert)", s, refuse, () -> {
      Created<Scribble> inserted = scribbles.upsert(Scribble.of("s" + i, s), TAG);
      assertTrue(inserted.created());
      assertHolds(reread(inserted.instance()), s);
    }, "s" + i);
    scribbles.upsert(Scribble.of("t" + i, "before"), TAG);
    run("upsert (update)", s, refuse, () -> {
      Created<Scribble> updated = scribbles.upsert(Scribble.of("t" + i, s), TAG);
      assertTrue(!updated.created());
      assertHolds(updated.instance(), s);
      assertHolds(reread(updated.instance()), s);
    }, null);
    unchangedIfRefused("upsert (update)", s, refuse, "t" + i, "before");
    run("bulkCreate (VALUES, returning)", s, refuse, () -> {
      List<Scribble> stored = scribbles.bulkCreate(List.of(Scribble.of("V" + i, "plain"), Scribble.of("v" + i, s)));
      assertHolds(stored.get(1), s);
      assertHolds(reread(stored.get(1)), s);
    }, "V" + i);
    run("bulkCreate (COPY)", s, refuse, () -> {
      int before = log.count();
      scribbles.bulkCreate(List.of(new Scribble(null, "p" + i, s, Json.from(s), null)),
          BulkCreateOptions.<Scribble>defaults().returning(false));
      assertTrue(log.all().get(before).startsWith("copy "), log.all().get(before));
      Scribble stored = scribbles.findOne(TAG.eq("p" + i)).orElseThrow();
      assertEquals(s, stored.body());
      assertEquals(s, stored.doc().value());
    }, "p" + i);
  }

  /** After a refused update, the row tagged {@code tag} still holds {@code before}. */
  private void unchangedIfRefused(String api, String s, boolean refuse, String tag, String before) {
    if (refuse && !scribbles.findOne(TAG.eq(tag)).orElseThrow().body().equals(before)) {
      failure(api, s, "a refused update changed the row");
    }
  }

  private Scribble reread(Scribble row) {
    return scribbles.findByPk(row.id()).orElseThrow();
  }

  private static void assertHolds(Scribble row, String s) {
    assertEquals(s, row.body(), "body");
    assertEquals(s, row.doc().value(), "doc");
    assertEquals(List.of(s, "-"), row.notes(), "notes");
  }

  // ---- seed files ------------------------------------------------------------------------------------------

  /**
   * Every input a file can hold in one CSV and one JSON seed file; then each unstorable input in a file of its own,
   * which must be refused naming the file and line, with nothing written. A CSV file is UTF-8 text, which cannot hold
   * an unpaired surrogate: those inputs go only through JSON, as escapes.
   */
  private void seedFiles(Path folder, List<String> corpus) throws IOException {
    StringBuilder csv = new StringBuilder("tag,body,doc,notes\n");
    StringBuilder json = new StringBuilder("[\n");
    for (int i = 0; i < corpus.size(); i++) {
      String s = corpus.get(i);
      if (HostileStrings.storable(s)) {
        csv.append("csv").append(i).append(',').append(HostileStrings.csvCell(s)).append(',')
            .append(HostileStrings.csvCell(HostileStrings.jsonString(s))).append(',')
            .append(HostileStrings.csvCell(arrayLiteral(s))).append('\n');
        json.append(json.length() > 2 ? ",\n" : "").append(jsonRow("json" + i, s));
      }
    }
    json.append("\n]\n");
    seed(folder, "seed-all.csv", csv.toString());
    seed(folder, "seed-all.json", json.toString());
    for (int i = 0; i < corpus.size(); i++) {
      String s = corpus.get(i);
      String tag = "json" + i;
      String csvTag = "csv" + i;
      String jsonFile = "seed-" + i + ".json";
      String csvFile = "seed-" + i + ".csv";
      if (HostileStrings.storable(s)) {
        run("seed file (JSON)", s, false, () -> assertHolds(scribbles.findOne(TAG.eq(tag)).orElseThrow(), s), null);
        run("seed file (CSV)", s, false, () -> assertHolds(scribbles.findOne(TAG.eq(csvTag)).orElseThrow(), s), null);
        continue;
      }
      run("seed file (JSON)", s, false, () -> assertSeedRefused(folder, jsonFile, 3,
          "[\n" + jsonRow(tag, s) + "\n]\n"), null);
      if (HostileStrings.storable(s.replace("\0", ""))) { // a NUL, which UTF-8 holds, but text cannot
        run("seed file (CSV)", s, false, () -> assertSeedRefused(folder, csvFile, 2,
            "tag,body\n" + csvTag + "," + HostileStrings.csvCell(s) + "\n"), null);
      }
    }
  }

  /**
   * A seed file holding text PostgreSQL cannot hold (an unpaired surrogate decoded from a JSON escape, a NUL) is
   * refused naming the file and the line, with the ValidationException as the cause, and writes nothing.
   */
  private void assertSeedRefused(Path folder, String name, int line, String content) throws IOException {
    long rows = scribbles.count();
    SeedException e = assertThrows(SeedException.class, () -> seed(folder, name, content));
    SeedException fileError = (SeedException) e.getCause();
    assertTrue(fileError.file().endsWith(name) && fileError.line() == line, fileError.getMessage());
    assertTrue(fileError.getCause() instanceof ValidationException, String.valueOf(fileError.getCause()));
    assertEquals(rows, scribbles.count());
    refusals++;
  }

  private static String jsonRow(String tag, String s) {
    String string = HostileStrings.jsonString(s);
    return "  {\"tag\": \"" + tag + "\",\n   \"body\": " + string + ", \"doc\": " + string + ", \"notes\": [" + string
        + ", \"-\"]}";
  }

  /** {@code {"s","-"}}: a PostgreSQL array literal of the input and a dash, as a CSV seed file writes a TEXT[]. */
  private static String arrayLiteral(String s) {
    return "{\"" + s.replace("\\", "\\\\").replace("\"", "\\\"") + "\",\"-\"}";
  }

  /** Writes {@code content} to {@code name} and runs a {@link ScribblesFile} seeder on it, untracked. */
  private void seed(Path folder, String name, String content) throws IOException {
    Path file = folder.resolve(name);
    Files.writeString(file, content, StandardCharsets.UTF_8);
    Path index = folder.resolve("META-INF/sequor/seeders");
    Files.createDirectories(index.getParent());
    Files.writeString(index, "20260101000000-scribbles " + ScribblesFile.class.getName() + "\n");
    seedFile = file;
    try (URLClassLoader loader = new URLClassLoader(new URL[] {folder.toUri().toURL()},
        HostileStringCorpusTest.class.getClassLoader())) {
      db.seeders(loader, "test").untracked().seed("20260101000000-scribbles");
    }
  }

  /** Creates the scribbles of {@link #seedFile}, a CSV or a JSON file. */
  public static final class ScribblesFile implements Seeder {
    @Override
    public void up(SeedContext context) {
      Path file = seedFile;
      context.repository(ScribbleModel.MODEL).bulkCreate(file.toString().endsWith(".csv")
          ? context.loadCsv(ScribbleModel.MODEL, file) : context.loadJson(ScribbleModel.MODEL, file));
    }

    @Override
    public void down(SeedContext context) {}
  }

  // ---- reads -----------------------------------------------------------------------------------------------

  /**
   * Every operator with {@code s}, its rows compared with what a reference computes from the whole {@code table}:
   * the operators taking a literal value (eq, startsWith, ...) find exactly the rows a Java comparison finds, so a
   * {@code %} or {@code _} that leaked as a wildcard, or text changed on its way, shows.
   */
  private void readThroughEveryOperator(String s, List<Scribble> table) {
    boolean refuse = !HostileStrings.storable(s);
    String pattern = HostileStrings.escapeLike(s);
    reads("eq", s, refuse, () -> BODY.eq(s), table, body(b -> b.equals(s)));
    reads("ne", s, refuse, () -> BODY.ne(s), table, body(b -> !b.equals(s)));
    reads("startsWith", s, refuse, () -> BODY.startsWith(s), table, body(b -> b.startsWith(s)));
    reads("notStartsWith", s, refuse, () -> BODY.notStartsWith(s), table, body(b -> !b.startsWith(s)));
    reads("endsWith", s, refuse, () -> BODY.endsWith(s), table, body(b -> b.endsWith(s)));
    reads("notEndsWith", s, refuse, () -> BODY.notEndsWith(s), table, body(b -> !b.endsWith(s)));
    reads("substring", s, refuse, () -> BODY.substring(s), table, body(b -> b.contains(s)));
    reads("notSubstring", s, refuse, () -> BODY.notSubstring(s), table, body(b -> !b.contains(s)));
    reads("in", s, refuse, () -> BODY.in(s, "never-stored"), table, body(b -> b.equals(s)));
    reads("notIn", s, refuse, () -> BODY.notIn(List.of(s)), table, body(b -> !b.equals(s)));
    reads("like (escaped value)", s, refuse, () -> BODY.like(pattern), table, body(b -> b.equals(s)));
    reads("like any", s, refuse, () -> BODY.likeAny(List.of(pattern + "%", "never-stored%")), table,
        body(b -> b.startsWith(s)));
    reads("notLike all", s, refuse, () -> BODY.notLikeAll(List.of("%" + pattern + "%", "never-stored")), table,
        body(b -> !b.contains(s)));
    if (s.length() <= 10_000) { // a regular expression a megabyte long is too complex for PostgreSQL
      reads("regexp (exact)", s, refuse, () -> BODY.regexp(HostileStrings.exactRegex(s)), table,
          body(b -> b.equals(s)));
    }
    reads("json eq", s, refuse, () -> DOC.eq(Json.from(s)), table, row -> s.equals(row.doc().value()));
    reads("array any", s, refuse, () -> NOTES.any(s), table, row -> row.notes() != null && row.notes().contains(s));
    Pattern like = HostileStrings.likePattern(s);
    if (like == null) {
      patternRefused("like (pattern)", s, refuse, () -> BODY.like(s), "22025");
    } else {
      reads("like (pattern)", s, refuse, () -> BODY.like(s), table, body(b -> like.matcher(b).matches()));
      reads("notLike (pattern)", s, refuse, () -> BODY.notLike(s), table, body(b -> !like.matcher(b).matches()));
      run("iLike (pattern)", s, refuse, () -> {
        Set<Long> likes = ids(BODY.like(s));
        Set<Long> iLike = ids(BODY.iLike(s));
        Set<Long> notILike = ids(BODY.notILike(s));
        assertTrue(iLike.containsAll(likes), "iLike finds what like finds");
        assertEquals(Set.of(), intersection(iLike, notILike));
        assertEquals(nonNullBodies(table), union(iLike, notILike));
      }, null);
    }
    run("gt/lt/gte (trichotomy)", s, refuse, () -> {
      Set<Long> eq = ids(BODY.eq(s));
      Set<Long> gt = ids(BODY.gt(s));
      Set<Long> lt = ids(BODY.lt(s));
      assertEquals(Set.of(), intersection(gt, lt));
      assertEquals(Set.of(), intersection(gt, eq));
      assertEquals(nonNullBodies(table), union(union(gt, lt), eq));
      assertEquals(union(gt, eq), ids(BODY.gte(s)));
      assertEquals(gt, ids(BODY.gtAll(List.of(s))));
    }, null);
    if (s.length() <= 10_000) {
      run("regexp (pattern)", s, refuse, () -> {
        try {
          ids(BODY.regexp(s));
        } catch (DatabaseException e) {
          assertTrue(e.sqlState().equals("2201B") || e.sqlState().equals("54001"), e.getMessage());
          patternErrors++;
          poolWorks();
        }
      }, null);
    }
    run("findBy / count", s, refuse, () -> {
      long holding = table.stream().filter(row -> s.equals(row.body())).count();
      assertEquals(holding, scribbles.count(BODY.eq(s)));
      assertEquals(holding > 0, scribbles.findBy(BODY, s).isPresent());
    }, null);
    run("query (raw bind value)", s, refuse, () -> {
      List<Scribble> rows = scribbles.query("select * from scribbles where body = ? order by id", s);
      assertEquals(expected(table, row -> s.equals(row.body())), idsOf(rows));
    }, null);
    run("Criterion.of (jOOQ bind value)", s, refuse, () -> assertEquals(
        expected(table, row -> s.equals(row.body())),
        ids(Criterion.of(DSL.field(DSL.name("body"), String.class).eq(s)))), null);
  }

  /** The criterion {@code made} finds the rows of {@code table} that {@code row} accepts. */
  private void reads(String api, String s, boolean refuse, CriterionMaker made, List<Scribble> table,
      Predicate<Scribble> row) {
    run(api, s, refuse, () -> assertEquals(expected(table, row), ids(made.make())), null);
  }

  /** Rows whose body is not null and passes {@code test}: what SQL's comparisons of a non-null value mean. */
  private static Predicate<Scribble> body(Predicate<String> test) {
    return row -> row.body() != null && test.test(row.body());
  }

  /** A criterion, built inside the run: building it is where unstorable text is refused. */
  @FunctionalInterface
  private interface CriterionMaker {
    Criterion<Scribble> make();
  }

  /** A pattern PostgreSQL refuses (a LIKE pattern ending with its escape): a clean error, and the pool works. */
  private void patternRefused(String api, String s, boolean refuse, CriterionMaker made, String sqlState) {
    run(api, s, refuse, () -> {
      Criterion<Scribble> criterion = made.make();
      DatabaseException e = assertThrows(DatabaseException.class, () -> ids(criterion));
      assertEquals(sqlState, e.sqlState(), e.getMessage());
      patternErrors++;
      poolWorks();
    }, null);
  }

  private Set<Long> ids(Criterion<Scribble> where) {
    return new HashSet<>(scribbles.select(ID).where(where).fetch(r -> r.value1()));
  }

  private static Set<Long> idsOf(List<Scribble> rows) {
    Set<Long> ids = new HashSet<>();
    rows.forEach(r -> ids.add(r.id()));
    return ids;
  }

  private static Set<Long> expected(List<Scribble> table, Predicate<Scribble> matches) {
    Set<Long> ids = new HashSet<>();
    for (Scribble row : table) {
      if (matches.test(row)) {
        ids.add(row.id());
      }
    }
    return ids;
  }

  private static Set<Long> nonNullBodies(List<Scribble> table) {
    return expected(table, row -> row.body() != null);
  }

  private static Set<Long> union(Set<Long> a, Set<Long> b) {
    Set<Long> all = new HashSet<>(a);
    all.addAll(b);
    return all;
  }

  private static Set<Long> intersection(Set<Long> a, Set<Long> b) {
    Set<Long> both = new HashSet<>(a);
    both.retainAll(b);
    return both;
  }

  // ---- aliases ---------------------------------------------------------------------------------------------

  /**
   * {@code s} as an alias: refused with an IllegalArgumentException when it cannot be one, else the result's column
   * has exactly that label, read back both from {@code fetchMaps} and from the driver's result metadata.
   */
  private void alias(int i, String s) {
    runs++;
    runsPerApi.merge("as (alias)", 1, Integer::sum);
    int before = log.count();
    try {
      Select<Scribble, ?> select = scribbles.select(TAG, BODY.as(s)).where(TAG.eq("c" + i));
      if (!HostileStrings.aliasable(s)) {
        failure("as (alias)", s, "accepted an alias PostgreSQL would break or cut");
        return;
      }
      assertEquals(Map.of("tag", "c" + i, s, s), select.fetchMaps().get(0));
      try (Connection connection = db.dataSource().getConnection();
          PreparedStatement statement = connection.prepareStatement(select.sql())) {
        statement.setString(1, "c" + i);
        assertEquals(s, statement.executeQuery().getMetaData().getColumnLabel(2));
      }
    } catch (IllegalArgumentException e) {
      if (HostileStrings.aliasable(s)) {
        failure("as (alias)", s, "refused a valid alias: " + e.getMessage());
      } else {
        refusals++;
        if (log.count() != before) {
          failure("as (alias)", s, "ran SQL before refusing");
        }
        poolWorks();
      }
    } catch (AssertionError | SQLException | RuntimeException e) {
      failure("as (alias)", s, e.toString());
    }
  }

  // ---- runs, refusals and failures -----------------------------------------------------------------------------

  /**
   * Runs one API call on one input: it returns, its own checks passed; or, for text PostgreSQL cannot hold
   * ({@code refuse}), it is refused with a {@link ValidationException} before any SQL, leaving no row tagged
   * {@code tag} (when given), and the pool still works. Anything else is a failure, recorded with the input.
   */
  private void run(String api, String s, boolean refuse, Executable call, String tag) {
    runs++;
    runsPerApi.merge(api, 1, Integer::sum);
    int before = log.count();
    try {
      call.execute();
      if (refuse) {
        failure(api, s, "accepted text PostgreSQL cannot hold");
      }
    } catch (ValidationException e) {
      if (!refuse) {
        failure(api, s, "refused storable text: " + e.getMessage());
        return;
      }
      refusals++;
      if (log.count() != before) {
        failure(api, s, "ran SQL before refusing: " + log.all().subList(before, log.count()));
      }
      if (e.model() != null && !e.model().equals("Scribble")) {
        failure(api, s, "the refusal names model " + e.model());
      }
      poolWorks();
      if (tag != null && scribbles.count(TAG.eq(tag)) != 0) {
        failure(api, s, "a refused write left a row tagged " + tag);
      }
    } catch (Throwable e) {
      failure(api, s, e.toString());
    }
  }

  private void poolWorks() {
    scribbles.count();
  }

  private void failure(String api, String s, String problem) {
    failures.add(api + " with " + HostileStrings.describe(s) + ": " + problem);
  }

  // ---- the statement log -------------------------------------------------------------------------------------

  /**
   * A table named after a keyword that takes one; not a function ({@code unnest(?)}), nor {@code DO UPDATE SET}'s
   * or {@code COPY ... FROM STDIN}'s keyword.
   */
  private static final Pattern TABLE = Pattern.compile(
      "(?i)\\b(?:from|into|update|join|copy)\\s+(?!(?:set|stdin)\\b)(\"?)([A-Za-z_][A-Za-z0-9_]*)\\1(?!\\s*\\()");

  /** A quoted identifier, its quotes doubled inside. */
  private static final Pattern QUOTED = Pattern.compile("\"((?:[^\"]|\"\")*)\"");

  /**
   * The statements of the run that name a table other than the model's (the canary's, say). An alias is a quoted
   * identifier that may hold SQL ({@code "'); DROP TABLE canaries; --"}): each quoted identifier that is not a plain
   * name counts as one word, so that only the statement's own keywords and names are read.
   */
  private List<String> otherTablesTouched() {
    List<String> others = new ArrayList<>();
    for (String sql : log.all()) {
      String words = QUOTED.matcher(sql).replaceAll(m -> m.group(1).matches("[A-Za-z_][A-Za-z0-9_]*")
          ? Matcher.quoteReplacement(m.group()) : "\"an_alias\"");
      Matcher m = TABLE.matcher(words);
      boolean other = words.toLowerCase(java.util.Locale.ROOT).contains("canar");
      while (!other && m.find()) {
        other = !Objects.equals(m.group(2), "scribbles");
      }
      if (other) {
        others.add(sql);
      }
    }
    return others;
  }
}
