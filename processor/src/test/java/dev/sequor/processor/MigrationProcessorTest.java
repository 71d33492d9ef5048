package dev.sequor.processor;

import static com.google.common.truth.Truth.assertThat;
import static com.google.common.truth.Truth.assertWithMessage;
import static com.google.testing.compile.CompilationSubject.assertThat;
import static com.google.testing.compile.Compiler.javac;

import com.google.testing.compile.Compilation;
import com.google.testing.compile.JavaFileObjects;
import dev.sequor.internal.format.PendingDirectory;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import javax.tools.JavaCompiler;
import javax.tools.JavaFileObject;
import javax.tools.StandardJavaFileManager;
import javax.tools.StandardLocation;
import javax.tools.ToolProvider;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The pending migration, one test per change kind: models under {@code migration/<case>/} are compiled against a
 * snapshot folder, and the generated {@code migration.sql}, {@code problems.txt} and new snapshot are compared,
 * exactly, with the goldens under {@code expected/migration/<case>/} (see {@link GoldenFiles} to regenerate them).
 *
 * <p>Most cases start from the snapshot the first case produces ({@code expected/migration/createTables/snapshot}),
 * read from the test class path: after regenerating that one, run the regeneration a second time.
 */
final class MigrationProcessorTest {

  private static final List<String> OPTIONS = List.of("-Xlint:all,-processing");

  private static final String CATEGORY = "migration/v1/Category.java";
  private static final String PRODUCT = "migration/v1/Product.java";
  private static final String STATUS = "migration/v1/Status.java";
  private static final String V1_SNAPSHOT = "expected/migration/createTables/snapshot";

  // ---- create, and nothing pending ---------------------------------------------------------------

  @Test
  void emptySnapshot_createsTablesEnumTypesIndexesAndForeignKeys() {
    Compilation compilation = compile(absentDirectory(), CATEGORY, PRODUCT, STATUS);

    assertThat(compilation).succeeded();
    assertThat(compilation).hadWarningCount(3);
    assertThat(compilation).hadWarningContaining("[SchemaPending] create table \"categories\": the models differ "
        + "from the schema snapshot. Generate the migration with mvn sequor:migration-generate -Dname=<name>.")
        .inFile(source(CATEGORY)).onLineContaining("public record Category(");
    assertThat(compilation).hadWarningContaining("[SchemaPending] create table \"products\"")
        .inFile(source(PRODUCT)).onLineContaining("public record Product(");
    assertThat(compilation).hadWarningContaining("[SchemaPending] add foreign key \"products_category_id_fkey\" on "
        + "\"products\" (\"category_id\") references \"categories\" (\"id\") ON DELETE CASCADE")
        .inFile(source(PRODUCT)).onLineContaining("Long categoryId");
    assertMigrationMatches(compilation, "createTables");
  }

  @Test
  void reversedInputOrder_writesIdenticalPendingFiles() {
    Compilation forward = compile(resourceDirectory(V1_SNAPSHOT), "migration/renames/Category.java",
        "migration/renames/Product.java", STATUS);
    Compilation reversed = compile(resourceDirectory(V1_SNAPSHOT), STATUS, "migration/renames/Product.java",
        "migration/renames/Category.java");

    assertThat(pendingFiles(reversed)).containsExactlyEntriesIn(pendingFiles(forward));
  }

  @Test
  void modelsMatchingTheSnapshot_writeNothingAndWarnNothing() {
    Compilation compilation = compile(resourceDirectory(V1_SNAPSHOT), CATEGORY, PRODUCT, STATUS);

    assertThat(compilation).succeededWithoutWarnings();
    assertThat(pendingFiles(compilation)).isEmpty();
  }

  @Test
  void associations_addTheirForeignKeysAndIndexes_onTheTableThatHoldsTheKey_andJoinTables() {
    Compilation compilation = compile(absentDirectory(), "good/test/shop/Card.java", "good/test/shop/Coupon.java",
        "good/test/shop/Customer.java", "good/test/shop/Line.java", "good/test/shop/Purchase.java");

    assertThat(compilation).succeeded();
    // Purchase.customer and Customer.purchases declare one key: belongsTo's defaults, SET NULL on a nullable key
    assertThat(compilation).hadWarningContaining("[SchemaPending] add foreign key \"purchases_customer_id_fkey\" on "
        + "\"purchases\" (\"customer_id\") references \"customers\" (\"id\") ON DELETE SET NULL ON UPDATE CASCADE");
    // both sides declare the join table: created once
    assertThat(compilation).hadWarningContaining("[SchemaPending] create table \"purchase_coupons\"");
    assertMigrationMatches(compilation, "associations");
  }

  @Test
  void associations_comparedWithTheSnapshotTheyMade_leaveNothingPending() {
    // the join table's snapshot names the associations that declare it: no model is frozen onto it
    Compilation compilation = compile(resourceDirectory("expected/migration/associations/snapshot"),
        "good/test/shop/Card.java", "good/test/shop/Coupon.java", "good/test/shop/Customer.java",
        "good/test/shop/Line.java", "good/test/shop/Purchase.java");

    assertThat(compilation).succeededWithoutWarnings();
    assertThat(pendingFiles(compilation)).isEmpty();
  }

  @Test
  void pendingChangesOptionError_reportsEachChangeAsAnError() {
    Compilation compilation = compile(absentDirectory(), List.of("-Asequor.pendingChanges=error"),
        CATEGORY, PRODUCT, STATUS);

    assertThat(compilation).failed();
    assertThat(compilation).hadErrorCount(3);
    assertThat(compilation).hadErrorContaining("[SchemaPending] create table \"categories\"")
        .inFile(source(CATEGORY)).onLineContaining("public record Category(");
  }

  @Test
  void pendingChangesOptionOff_comparesNothing() {
    Compilation compilation = compile(absentDirectory(), List.of("-Asequor.pendingChanges=off"),
        CATEGORY, PRODUCT, STATUS);

    assertThat(compilation).succeededWithoutWarnings();
    assertThat(pendingFiles(compilation)).isEmpty();
  }

  // ---- drops and columns -------------------------------------------------------------------------

  @Test
  void tableWithoutModel_isDroppedAsAProblem_withItsForeignKeysAndEnumType() {
    Compilation compilation = compile(resourceDirectory(V1_SNAPSHOT), CATEGORY);

    assertThat(compilation).succeeded();
    assertThat(compilation).hadWarningCount(2);
    // no model is left to point at: the warnings are about the build
    assertThat(compilation).hadWarningContaining("[SchemaPending] drop table \"products\": the models differ from "
        + "the schema snapshot. Generation refuses this change: table \"products\" (model test.migration.Product) has "
        + "no model any more, and dropping it loses its data. If the model was renamed, declare "
        + "@RenamedFrom(\"products\") on it; to drop the table, pass -DallowDrop=products.");
    assertThat(compilation).hadWarningContaining("[SchemaPending] drop foreign key \"products_category_id_fkey\"");
    assertMigrationMatches(compilation, "dropTable");
  }

  @Test
  void columnsAddedAndDropped_addInModelOrder_andRefuseTheDrop() {
    Compilation compilation = compile(resourceDirectory(V1_SNAPSHOT), CATEGORY, "migration/columns/Product.java", STATUS);

    assertThat(compilation).succeeded();
    assertThat(compilation).hadWarningCount(3);
    JavaFileObject product = source("migration/columns/Product.java");
    assertThat(compilation).hadWarningContaining("[SchemaPending] add column \"products\".\"sku\" VARCHAR(40) UNIQUE")
        .inFile(product).onLineContaining("String sku");
    assertThat(compilation).hadWarningContaining("[SchemaPending] add column \"products\".\"stock\" INTEGER NOT NULL DEFAULT 0")
        .inFile(product).onLineContaining("int stock");
    assertThat(compilation).hadWarningContaining("[SchemaPending] drop column \"products\".\"price\": the models "
        + "differ from the schema snapshot. Generation refuses this change: column \"products\".\"price\" has no "
        + "attribute any more, and dropping it loses its data. If the attribute was renamed, declare "
        + "@RenamedFrom(\"price\") on it; to drop the column, pass -DallowDrop=products.price.")
        .inFile(product).onLineContaining("public record Product(");
    assertMigrationMatches(compilation, "columns");
  }

  @Test
  void notNullColumnWithoutDefaultAddedToAnExistingTable_isAProblem() {
    Compilation compilation = compile(resourceDirectory(V1_SNAPSHOT), CATEGORY, "migration/notnull/Product.java", STATUS);

    assertThat(compilation).succeeded();
    assertThat(compilation).hadWarningCount(1);
    assertThat(compilation).hadWarningContaining("[SchemaPending] add column \"products\".\"rating\" INTEGER NOT NULL: "
        + "the models differ from the schema snapshot. Generation refuses this change: column \"products\".\"rating\" "
        + "is added NOT NULL without a default to the existing table \"products\", which fails as soon as the table "
        + "has a row. Give the attribute a @DefaultValue, or allow null and backfill the column in a hand-written "
        + "migration before making it NOT NULL.")
        .inFile(source("migration/notnull/Product.java")).onLineContaining("int rating");
    assertMigrationMatches(compilation, "notNullWithoutDefault");
  }

  @Test
  void typeNullabilityDefaultAndUniqueChanges_alterTheColumns() {
    Compilation compilation = compile(resourceDirectory(V1_SNAPSHOT), "migration/changes/Category.java",
        "migration/changes/Product.java", STATUS);

    assertThat(compilation).succeeded();
    assertThat(compilation).hadWarningCount(7);
    JavaFileObject product = source("migration/changes/Product.java");
    assertThat(compilation).hadWarningContaining("[SchemaPending] change column \"products\".\"name\": type "
        + "VARCHAR(120) to VARCHAR(200), add UNIQUE").inFile(product).onLineContaining("String name");
    assertThat(compilation).hadWarningContaining("[SchemaPending] change column \"products\".\"brand\": default none "
        + "to 'acme', set NOT NULL").inFile(product).onLineContaining("String brand");
    assertThat(compilation).hadWarningContaining("[SchemaPending] change column \"products\".\"status\": default "
        + "'DRAFT' to 'LIVE'").inFile(product).onLineContaining("Status status");
    assertThat(compilation).hadWarningContaining("[SchemaPending] change column \"categories\".\"id\": type "
        + "BIGSERIAL to SERIAL").inFile(source("migration/changes/Category.java")).onLineContaining("Integer id");
    assertThat(compilation).hadWarningContaining("[SchemaPending] change column \"categories\".\"name\": drop UNIQUE");
    assertMigrationMatches(compilation, "changeColumns");
  }

  // ---- indexes, foreign keys, enums, renames -----------------------------------------------------

  @Test
  void indexesAddedDroppedAndChanged() {
    Compilation compilation = compile(resourceDirectory(V1_SNAPSHOT), CATEGORY, "migration/indexes/Product.java", STATUS);

    assertThat(compilation).succeeded();
    assertThat(compilation).hadWarningCount(5);
    JavaFileObject product = source("migration/indexes/Product.java");
    assertThat(compilation).hadWarningContaining("[SchemaPending] drop index \"products_brand\" on \"products\" (\"brand\")")
        .inFile(product).onLineContaining("String brand");
    assertThat(compilation).hadWarningContaining("[SchemaPending] create index \"products_by_price\" on \"products\" (\"price\")")
        .inFile(product).onLineContaining("BigDecimal price");
    assertThat(compilation).hadWarningContaining("[SchemaPending] create index \"products_status_created_at\" on "
        + "\"products\" (\"status\", \"created_at\")").inFile(product).onLineContaining("public record Product(");
    assertThat(compilation).hadWarningContaining("[SchemaPending] drop index \"products_name_category_id\"");
    assertThat(compilation).hadWarningContaining("[SchemaPending] create index \"products_name_category_id\"");
    assertMigrationMatches(compilation, "indexes");
  }

  @Test
  void foreignKeysAddedAndChanged_includingASelfReference() {
    Compilation compilation = compile(resourceDirectory(V1_SNAPSHOT), "migration/fks/Category.java",
        "migration/fks/Product.java", STATUS);

    assertThat(compilation).succeeded();
    assertThat(compilation).hadWarningCount(4);
    JavaFileObject category = source("migration/fks/Category.java");
    assertThat(compilation).hadWarningContaining("[SchemaPending] add column \"categories\".\"parent_id\" BIGINT")
        .inFile(category).onLineContaining("Long parentId");
    assertThat(compilation).hadWarningContaining("[SchemaPending] add foreign key \"categories_parent_id_fkey\" on "
        + "\"categories\" (\"parent_id\") references \"categories\" (\"id\")")
        .inFile(category).onLineContaining("Long parentId");
    assertThat(compilation).hadWarningContaining("[SchemaPending] drop foreign key \"products_category_id_fkey\"")
        .inFile(source("migration/fks/Product.java")).onLineContaining("Long categoryId");
    assertThat(compilation).hadWarningContaining("[SchemaPending] add foreign key \"products_category_id_fkey\" on "
        + "\"products\" (\"category_id\") references \"categories\" (\"id\") ON DELETE SET NULL ON UPDATE CASCADE");
    assertMigrationMatches(compilation, "foreignKeys");
  }

  @Test
  void enumValuesAdded_useAddValue_andDownReCreatesTheType() {
    Compilation compilation = compile(resourceDirectory(V1_SNAPSHOT), CATEGORY, PRODUCT, "migration/enumadd/Status.java");

    assertThat(compilation).succeeded();
    assertThat(compilation).hadWarningCount(1);
    assertThat(compilation).hadWarningContaining("[SchemaPending] add 'REVIEW', 'ARCHIVED' to enum type "
        + "\"enum_products_status\" of \"products\".\"status\"")
        .inFile(source(PRODUCT)).onLineContaining("Status status");
    assertMigrationMatches(compilation, "enumValuesAdded");
  }

  @Test
  void enumValueRemoved_reCreatesTheType() {
    Compilation compilation = compile(resourceDirectory(V1_SNAPSHOT), CATEGORY, PRODUCT, "migration/enumchange/Status.java");

    assertThat(compilation).succeeded();
    assertThat(compilation).hadWarningCount(1);
    assertThat(compilation).hadWarningContaining("[SchemaPending] change enum type \"enum_products_status\" of "
        + "\"products\".\"status\" from ('DRAFT', 'LIVE') to ('DRAFT', 'ARCHIVED')")
        .inFile(source(PRODUCT)).onLineContaining("Status status");
    assertMigrationMatches(compilation, "enumValuesChanged");
  }

  @Test
  void declaredRenames_renameTablesColumnsAndEverythingNamedAfterThem() {
    Compilation compilation = compile(resourceDirectory(V1_SNAPSHOT), "migration/renames/Category.java",
        "migration/renames/Product.java", STATUS);

    assertThat(compilation).succeeded();
    assertThat(compilation).hadWarningCount(6);
    JavaFileObject product = source("migration/renames/Product.java");
    assertThat(compilation).hadWarningContaining("[SchemaPending] rename table \"products\" to \"items\"")
        .inFile(product).onLineContaining("public record Product(");
    assertThat(compilation).hadWarningContaining("[SchemaPending] rename column \"items\".\"name\" to \"label\"")
        .inFile(product).onLineContaining("String label");
    assertThat(compilation).hadWarningContaining("[SchemaPending] rename column \"categories\".\"name\" to \"title\"")
        .inFile(source("migration/renames/Category.java")).onLineContaining("String title");
    assertThat(compilation).hadWarningContaining("[SchemaPending] rename index \"products_brand\" on \"items\" to \"items_brand\"")
        .inFile(product).onLineContaining("String brand");
    assertThat(compilation).hadWarningContaining("[SchemaPending] rename index \"products_name_category_id\" on "
        + "\"items\" to \"items_label_category_id\"");
    assertThat(compilation).hadWarningContaining("[SchemaPending] rename foreign key \"products_category_id_fkey\" on "
        + "\"items\" to \"items_category_id_fkey\"").inFile(product).onLineContaining("Long categoryId");
    assertThat(compilation).generatedSourceFile("test.migration.ProductModel").contentsAsUtf8String()
        .contains(", \"items\",\n");
    assertMigrationMatches(compilation, "renames");
  }

  @Test
  void keysAndSerialColumns_andTheWayBack() {
    String[] v1 = {"migration/keys/v1/Widget.java", "migration/keys/v1/Part.java", "migration/keys/v1/Kind.java",
        "migration/keys/v1/Grade.java"};
    String[] v2 = {"migration/keys/v2/Widget.java", "migration/keys/v2/Part.java", "migration/keys/v2/Kind.java",
        "migration/keys/v2/Grade.java"};
    Compilation created = compile(absentDirectory(), v1);
    assertThat(created).succeeded();
    assertMigrationMatches(created, "keysBefore");

    Compilation changed = compile(resourceDirectory("expected/migration/keysBefore/snapshot"), v2);

    assertThat(changed).succeeded();
    assertThat(changed).hadWarningCount(12);
    JavaFileObject part = source("migration/keys/v2/Part.java");
    assertThat(changed).hadWarningContaining("[SchemaPending] change the primary key of \"parts\" from (\"widget_id\", "
        + "\"position\") to (\"widget_id\", \"position\", \"label\")").inFile(part).onLineContaining("public record Part(");
    assertThat(changed).hadWarningContaining("[SchemaPending] change column \"gadgets\".\"id\": type BIGSERIAL to BIGINT")
        .inFile(source("migration/keys/v2/Widget.java")).onLineContaining("@PrimaryKey Long id");
    assertMigrationMatches(changed, "keysAndTypes");

    // a column leaving the key drops NOT NULL only once the key no longer holds it
    Compilation back = compile(resourceDirectory("expected/migration/keysAndTypes/snapshot"),
        Stream.of(v1).map(path -> path.replace("/v1/", "/v3/")).toArray(String[]::new));

    assertThat(back).succeeded();
    assertThat(back).hadWarningContaining("[SchemaPending] change the primary key of \"parts\" from (\"widget_id\", "
        + "\"position\", \"label\") to (\"widget_id\", \"position\"), drop NOT NULL of \"label\"");
    assertMigrationMatches(back, "keysBack");
  }

  @Test
  void arrayColumns_areCreatedAdded_andChangeTypeWithTheirElement() {
    Compilation created = compile(absentDirectory(), "migration/arrays/v1/Article.java");
    assertThat(created).succeeded();
    assertThat(created).hadWarningContaining("[SchemaPending] create table \"Articles\"");
    assertMigrationMatches(created, "arraysBefore");

    Compilation changed = compile(resourceDirectory("expected/migration/arraysBefore/snapshot"),
        "migration/arrays/v2/Article.java");

    assertThat(changed).succeeded();
    assertThat(changed).hadWarningCount(3);
    JavaFileObject article = source("migration/arrays/v2/Article.java");
    assertThat(changed).hadWarningContaining("[SchemaPending] change column \"Articles\".\"tags\": type VARCHAR(20)[] "
        + "to VARCHAR(40)[]").inFile(article).onLineContaining("String[] tags");
    assertThat(changed).hadWarningContaining("[SchemaPending] change column \"Articles\".\"scores\": type INTEGER[] to "
        + "BIGINT[]").inFile(article).onLineContaining("List<Long> scores");
    assertThat(changed).hadWarningContaining("[SchemaPending] add column \"Articles\".\"weights\" DECIMAL(6,2)[]")
        .inFile(article).onLineContaining("BigDecimal[] weights");
    assertMigrationMatches(changed, "arraysChanged");
  }

  @Test
  void textAndJsonColumns_areCreated_andChangeTypeToAndFromVarchar() {
    Compilation created = compile(absentDirectory(), "migration/textjson/v1/Document.java");
    assertThat(created).succeeded();
    assertThat(created).hadWarningContaining("[SchemaPending] create table \"Documents\"");
    assertMigrationMatches(created, "textJsonBefore");

    Compilation changed = compile(resourceDirectory("expected/migration/textJsonBefore/snapshot"),
        "migration/textjson/v2/Document.java");

    assertThat(changed).succeeded();
    JavaFileObject document = source("migration/textjson/v2/Document.java");
    assertThat(changed).hadWarningContaining("[SchemaPending] change column \"Documents\".\"title\": type "
        + "VARCHAR(120) to TEXT").inFile(document).onLineContaining("String title");
    assertThat(changed).hadWarningContaining("[SchemaPending] change column \"Documents\".\"body\": type TEXT to "
        + "VARCHAR(500)").inFile(document).onLineContaining("String body");
    assertThat(changed).hadWarningContaining("[SchemaPending] change column \"Documents\".\"labels\": type TEXT[] "
        + "to VARCHAR(30)[]").inFile(document).onLineContaining("List<String> labels");
    assertThat(changed).hadWarningContaining("[SchemaPending] change column \"Documents\".\"settings\": type "
        + "VARCHAR(255) to JSONB").inFile(document).onLineContaining("Json settings");
    assertThat(changed).hadWarningContaining("[SchemaPending] change column \"Documents\".\"meta\": default '{}' "
        + "to '{\"version\": 1}'").inFile(document).onLineContaining("Json meta");
    assertThat(changed).hadWarningContaining("[SchemaPending] add column \"Documents\".\"notes\" TEXT NOT NULL "
        + "DEFAULT ''").inFile(document).onLineContaining("String notes");
    assertThat(changed).hadWarningCount(6);
    assertMigrationMatches(changed, "textJsonChanged");
  }

  // ---- frozen names, incremental compilation -----------------------------------------------------

  @Test
  void tableNameInTheSnapshot_isFrozen_evenWhenTheInferredNameDiffers() {
    Compilation compilation = compile(resourceDirectory("migration/frozen/before"), "migration/frozen/LineItem.java");

    assertThat(compilation).succeededWithoutWarnings();
    assertThat(pendingFiles(compilation)).isEmpty();
    assertThat(compilation).generatedSourceFile("test.migration.LineItemModel").contentsAsUtf8String()
        .contains(", \"line_item\",\n");
    assertThat(compilation).generatedFile(StandardLocation.CLASS_OUTPUT, SchemaSqlGenerator.resourcePath("line_item"));
  }

  @Test
  void snapshotTableOfAModelOnlyOnTheClassPath_isKept_andCanBeReferenced() {
    Compilation compilation = compile(resourceDirectory("migration/kept/before"), "migration/kept/Note.java");

    assertThat(compilation).succeeded();
    assertThat(compilation).hadWarningCount(2);
    assertThat(compilation).hadWarningContaining("[SchemaPending] add foreign key \"notes_kept_thing_id_fkey\" on "
        + "\"notes\" (\"kept_thing_id\") references \"kept_thing\" (\"id\")");
    assertMigrationMatches(compilation, "keptTable");
  }

  // ---- bad input ---------------------------------------------------------------------------------

  @Test
  void unreadableSnapshot_failsNamingTheFileAndLine() {
    Compilation compilation = compile(resourceDirectory("migration/invalid/before"), CATEGORY, PRODUCT, STATUS);

    assertThat(compilation).failed();
    assertThat(compilation).hadErrorCount(1);
    assertThat(compilation).hadErrorContaining("[SchemaSnapshotInvalid] Sequor cannot read the schema snapshot: ");
    assertThat(compilation).hadErrorContaining("products.json: line 4: expected a key in double quotes, found '<<<<<<<'");
  }

  @Test
  void unknownPendingChangesValue_fails() {
    Compilation compilation = compile(absentDirectory(), List.of("-Asequor.pendingChanges=loud"), CATEGORY, PRODUCT, STATUS);

    assertThat(compilation).failed();
    assertThat(compilation).hadErrorCount(1);
    assertThat(compilation).hadErrorContaining("[SequorOption] Processor option -Asequor.pendingChanges may only have "
        + "the values warning, error, off or quiet, found: \"loud\".");
  }

  // ---- on disk, as in a build --------------------------------------------------------------------

  /**
   * With javac writing to a directory, as Maven runs it: the default snapshot is {@code <class output>/db/snapshot},
   * found on the class path; the pending files are written there, and deleted once nothing is pending.
   */
  @Test
  void classOutputDirectory_holdsTheDefaultSnapshot_andStalePendingFilesAreDeleted(@TempDir Path temp) throws IOException {
    Path output = Files.createDirectory(temp.resolve("classes"));
    Path pending = output.resolve(PendingDirectory.PATH);
    List<String> first = javacToDirectory(output, CATEGORY, PRODUCT, STATUS);

    assertThat(first).hasSize(3);
    assertThat(first.get(0)).contains("[SchemaPending] create table \"categories\"");
    assertThat(Files.readString(pending.resolve("migration.sql")))
        .isEqualTo(resourceText("expected/migration/createTables/migration.sql"));
    assertThat(fileNames(pending.resolve("snapshot"))).containsExactly("categories.json", "products.json");

    // what migration-generate does: the new snapshot becomes the committed one, which process-resources copies
    Path snapshot = Files.createDirectories(output.resolve(FrozenTables.DEFAULT_SNAPSHOT_DIR));
    for (String name : fileNames(pending.resolve("snapshot"))) {
      Files.copy(pending.resolve("snapshot").resolve(name), snapshot.resolve(name));
    }
    List<String> second = javacToDirectory(output, CATEGORY, PRODUCT, STATUS);

    assertThat(second).isEmpty();
    assertThat(Files.exists(pending.resolve("migration.sql"))).isFalse();
    assertThat(Files.exists(pending.resolve("problems.txt"))).isFalse();
    assertThat(fileNames(pending.resolve("snapshot"))).isEmpty();
  }

  // ---- helpers -----------------------------------------------------------------------------------

  private static Compilation compile(Path snapshotDir, String... sources) {
    return compile(snapshotDir, List.of(), sources);
  }

  private static Compilation compile(Path snapshotDir, List<String> options, String... sources) {
    List<String> all = new ArrayList<>(OPTIONS);
    all.add("-Asequor.snapshotDir=" + snapshotDir);
    all.addAll(options);
    return javac()
        .withProcessors(SequorProcessors.with())
        .withOptions(all)
        .compile(Stream.of(sources).map(MigrationProcessorTest::source).toList());
  }

  private static JavaFileObject source(String resource) {
    return JavaFileObjects.forResource(resource);
  }

  /**
   * Asserts that the compilation wrote exactly the golden migration, problems and snapshot of {@code name}:
   * {@code expected/migration/<name>/migration.sql}, {@code problems.txt} and {@code snapshot/<table>.json}.
   */
  private static void assertMigrationMatches(Compilation compilation, String name) {
    String golden = "expected/migration/" + name + "/";
    Map<String, String> pending = pendingFiles(compilation);
    GoldenFiles.assertMatches(golden + "migration.sql", pending.remove(PendingDirectory.MIGRATION));
    GoldenFiles.assertMatches(golden + "problems.txt", pending.remove(PendingDirectory.PROBLEMS));
    Map<String, String> snapshot = new TreeMap<>();
    pending.forEach((path, text) -> snapshot.put(path.substring(PendingDirectory.SNAPSHOT.length()), text));
    snapshot.forEach((file, text) -> GoldenFiles.assertMatches(golden + "snapshot/" + file, text));
    if (System.getenv("GOLDEN_FILE_ROOT") == null) {
      assertWithMessage("snapshot files of %s", name).that(snapshot.keySet())
          .containsExactlyElementsIn(fileNames(resourceDirectory(golden + "snapshot")));
    }
  }

  /** The pending files written, by path relative to the class output. */
  private static Map<String, String> pendingFiles(Compilation compilation) {
    Map<String, String> files = new TreeMap<>();
    String marker = "/CLASS_OUTPUT/";
    for (JavaFileObject file : compilation.generatedFiles()) {
      String uri = file.toUri().toString();
      int at = uri.indexOf(marker);
      String path = at < 0 ? uri : uri.substring(at + marker.length());
      if (path.startsWith(PendingDirectory.PATH)) {
        try {
          files.put(path, file.getCharContent(false).toString());
        } catch (IOException e) {
          throw new UncheckedIOException(e);
        }
      }
    }
    return files;
  }

  /**
   * Compiles with the system javac into {@code output}, which is also on the class path (as Maven does); generated
   * sources go next to it. Returns the warnings.
   */
  private static List<String> javacToDirectory(Path output, String... sources) throws IOException {
    JavaCompiler compiler = ToolProvider.getSystemJavaCompiler();
    List<String> warnings = new ArrayList<>();
    try (StandardJavaFileManager fileManager = compiler.getStandardFileManager(null, null, StandardCharsets.UTF_8)) {
      List<JavaFileObject> units = Stream.of(sources).map(MigrationProcessorTest::source).toList();
      Path generated = Files.createDirectories(output.resolveSibling("generated-sources"));
      List<String> options = List.of("-d", output.toString(), "-s", generated.toString(), "-proc:only", "-classpath",
          output + java.io.File.pathSeparator + System.getProperty("java.class.path"));
      JavaCompiler.CompilationTask task = compiler.getTask(null, fileManager, diagnostic -> {
        if (diagnostic.getKind() == javax.tools.Diagnostic.Kind.WARNING) {
          warnings.add(diagnostic.getMessage(null));
        } else if (diagnostic.getKind() == javax.tools.Diagnostic.Kind.ERROR) {
          throw new AssertionError(diagnostic.toString());
        }
      }, options, null, units);
      task.setProcessors(SequorProcessors.with());
      assertThat(task.call()).isTrue();
    }
    return warnings;
  }

  private static Path resourceDirectory(String path) {
    try {
      return Path.of(MigrationProcessorTest.class.getClassLoader().getResource("expected").toURI()).getParent().resolve(path);
    } catch (URISyntaxException e) {
      throw new IllegalStateException(e);
    }
  }

  /** A folder that does not exist: an empty snapshot. */
  private static Path absentDirectory() {
    return resourceDirectory("migration/absent-snapshot");
  }

  private static String resourceText(String path) throws IOException {
    return Files.readString(resourceDirectory(path), StandardCharsets.UTF_8);
  }

  private static List<String> fileNames(Path directory) {
    if (!Files.isDirectory(directory)) {
      return List.of();
    }
    try (Stream<Path> files = Files.list(directory)) {
      return files.map(p -> p.getFileName().toString()).sorted().toList();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
