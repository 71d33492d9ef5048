package dev.sequor.processor;

import static com.google.common.truth.Truth.assertThat;

import dev.sequor.internal.format.PendingDirectory;
import dev.sequor.internal.format.SeederIndexFile;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import javax.tools.Diagnostic;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A compilation of some sources only, as an IDE or an incremental build runs it: the earlier output is the class
 * output and on the class path, and only the edited files are given to javac. Each case compiles a project in full,
 * then edits it and compiles the edited file alone into the same output, and compares the outputs built from every
 * model or seeder (the pending migration, problems and snapshot; the seeder index; the model index) with those of a
 * full compilation of the edited project into a fresh directory.
 */
class PartialCompileTest {

  private static final String AUTHOR = """
      package shop;

      import dev.sequor.Model;

      @Model(underscored = true)
      public record Author(Long id, String name) {}
      """;
  private static final String BOOK = """
      package shop;

      import dev.sequor.BelongsTo;
      import dev.sequor.Model;

      @Model(underscored = true)
      public record Book(Long id, String title, Long authorId, @BelongsTo Author author) {}
      """;
  private static final String SHELF = """
      package shop;

      import dev.sequor.Model;

      @Model(underscored = true, timestamps = false)
      public record Shelf(Long id, String label) {}
      """;
  private static final String READER = """
      package shop;

      import dev.sequor.Model;

      @Model(underscored = true, timestamps = false)
      public record Reader(Long id, String email) {}
      """;
  private static final String LOAN = """
      package shop;

      import dev.sequor.Model;
      import dev.sequor.References;

      @Model(underscored = true, timestamps = false)
      public record Loan(Long id, @References(Book.class) Long bookId, @References(Reader.class) Long readerId) {}
      """;

  /** A class-shaped model: its fields are read from its class file, private ones included. */
  private static final String MEMO = """
      package shop;

      import dev.sequor.Column;
      import dev.sequor.Model;
      import dev.sequor.References;

      @Model(underscored = true)
      public class Memo {
        private Long id;

        @Column(allowNull = false, length = 80)
        private String subject;

        @References(Reader.class)
        private Long readerId;

        private transient String draft;

        public Long getId() {
          return id;
        }

        public void setId(Long id) {
          this.id = id;
        }

        public String getSubject() {
          return subject;
        }

        public void setSubject(String subject) {
          this.subject = subject;
        }

        public Long getReaderId() {
          return readerId;
        }

        public void setReaderId(Long readerId) {
          this.readerId = readerId;
        }
      }
      """;

  @TempDir
  Path temp;

  private Path sources;

  @BeforeEach
  void project() throws IOException {
    sources = Files.createDirectories(temp.resolve("src"));
    write("Author", AUTHOR);
    write("Book", BOOK);
    write("Shelf", SHELF);
    write("Reader", READER);
    write("Loan", LOAN);
    write("Memo", MEMO);
    write("AuthorSeeder", seeder("AuthorSeeder", "20261201100000-authors"));
    write("BookSeeder", seeder("BookSeeder", "20261201110000-books"));
  }

  @Test
  void oneModelEdited_inANewProject_migratesEveryModel() throws IOException {
    Path classes = fullCompile("first");
    write("Shelf", SHELF.replace("String label", "String label, Integer slots"));

    compile(classes, "Shelf");

    assertSameAggregates(classes, fullCompile("expected"));
    assertThat(pendingMigration(classes)).contains("CREATE TABLE \"authors\"");
    assertThat(pendingMigration(classes)).contains("\"subject\" VARCHAR(80) NOT NULL");
    assertThat(pendingMigration(classes)).contains("\"slots\" INTEGER");
  }

  @Test
  void aModelWithAForeignKeyToModelsNotRecompiled_keepsTheirTables() throws IOException {
    Path classes = fullCompile("first");
    write("Loan", LOAN.replace("Long readerId)", "Long readerId, Integer days)"));

    compile(classes, "Loan");

    assertSameAggregates(classes, fullCompile("expected"));
    assertThat(pendingMigration(classes)).contains("CREATE TABLE \"readers\"");
  }

  @Test
  void oneOfTwoSeedersRecompiled_keepsBothInTheIndex() throws IOException {
    Path classes = fullCompile("first");
    write("BookSeeder", seeder("BookSeeder", "20261201110000-books").replace("void up(SeedContext context) {}",
        "void up(SeedContext context) { context.toString(); }"));

    compile(classes, "BookSeeder");

    assertSameAggregates(classes, fullCompile("expected"));
    assertThat(seederIndex(classes)).contains("shop.AuthorSeeder");
  }

  @Test
  void aDeletedModel_leavesTheMigrationAndTheIndex() throws IOException {
    Path classes = fullCompile("first");
    Files.delete(sources.resolve("shop/Shelf.java"));
    // what an IDE or Gradle does with a deleted source: its classes go too
    for (String name : List.of("Shelf.class", "ShelfModel.class")) {
      Files.delete(classes.resolve("shop").resolve(name));
    }
    write("Reader", READER.replace("String email", "String email, String phone"));

    compile(classes, "Reader");

    assertSameAggregates(classes, fullCompile("expected"));
    assertThat(pendingMigration(classes)).doesNotContain("shelves");
    assertThat(Files.readString(classes.resolve(ProjectIndex.MODELS))).doesNotContain("Shelf");
  }

  // ---- helpers -----------------------------------------------------------------------------------

  private static String seeder(String name, String seedName) {
    return """
        package shop;

        import dev.sequor.seed.Seed;
        import dev.sequor.seed.SeedContext;
        import dev.sequor.seed.Seeder;

        @Seed(name = "%s")
        public class %s implements Seeder {
          @Override
          public void up(SeedContext context) {}

          @Override
          public void down(SeedContext context) {}
        }
        """.formatted(seedName, name);
  }

  private void write(String type, String source) throws IOException {
    Path file = sources.resolve("shop").resolve(type + ".java");
    Files.createDirectories(file.getParent());
    Files.writeString(file, source);
  }

  /** Every source of the project compiled into a fresh directory {@code name}; returns it. */
  private Path fullCompile(String name) throws IOException {
    Path classes = Files.createDirectories(temp.resolve(name));
    try (Stream<Path> files = Files.walk(sources)) {
      compile(classes, files.filter(f -> f.toString().endsWith(".java")).toList());
    }
    return classes;
  }

  /** The sources of {@code types} alone compiled into {@code classes}, which is also on the class path. */
  private void compile(Path classes, String... types) {
    compile(classes, Stream.of(types).map(t -> sources.resolve("shop").resolve(t + ".java")).toList());
  }

  private static void compile(Path classes, List<Path> files) {
    Path generated = classes.resolveSibling(classes.getFileName() + "-generated");
    DiskCompiler.Result result = DiskCompiler.javac().compile(classes, generated,
        List.of("-Asequor.pendingChanges=quiet"), List.of(), files);
    assertThat(result.messages(Diagnostic.Kind.ERROR)).isEmpty();
  }

  /** The outputs built from every model or seeder, by path: pending files, seeder index, model index. */
  private static Map<String, String> aggregates(Path classes) throws IOException {
    Map<String, String> files = new TreeMap<>();
    for (String path : List.of(PendingDirectory.MIGRATION, PendingDirectory.PROBLEMS, SeederIndexFile.RESOURCE,
        ProjectIndex.MODELS)) {
      Path file = classes.resolve(path);
      files.put(path, Files.exists(file) ? Files.readString(file) : "(none)");
    }
    Path snapshot = classes.resolve(PendingDirectory.SNAPSHOT);
    if (Files.isDirectory(snapshot)) {
      try (Stream<Path> tables = Files.list(snapshot)) {
        for (Path table : tables.sorted().toList()) {
          files.put(PendingDirectory.SNAPSHOT + table.getFileName(), Files.readString(table));
        }
      }
    }
    return files;
  }

  private static void assertSameAggregates(Path partial, Path full) throws IOException {
    assertThat(aggregates(partial)).containsExactlyEntriesIn(aggregates(full));
  }

  private static String pendingMigration(Path classes) throws IOException {
    return Files.readString(classes.resolve(PendingDirectory.MIGRATION));
  }

  private static String seederIndex(Path classes) throws IOException {
    return Files.readString(classes.resolve(SeederIndexFile.RESOURCE));
  }
}
