package dev.sequor.it;

import dev.sequor.ModelType;
import dev.sequor.Sequor;
import dev.sequor.testing.SequorTest;
import dev.sequor.testing.TestDatabase;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/**
 * The tables of the test models, in a test class's schema: the integration tests run with
 * {@code @SequorTest(migrate = false)}, since the test models have no migrations folder; their tables come from the
 * SQL the processor generated for them, never from hand-written DDL.
 */
final class TestTables {

  private TestTables() {}

  /** Creates the models' tables (and enum types) by running their generated SQL ({@link Sequor#schemaSql}). */
  static void create(TestDatabase database, ModelType<?, ?>... models) {
    for (ModelType<?, ?> model : models) {
      database.sequor().execute(Sequor.schemaSql(model));
    }
  }

  /**
   * Creates the tables of every test model, with their foreign keys, by running the up part of the migration the
   * processor wrote for them all from an empty schema ({@code META-INF/sequor/pending/migration.sql}: the test
   * compile runs it with {@code -Asequor.pendingChanges=quiet} and an empty snapshot folder). {@link SequorTest}
   * migrates from a folder of migration files, which the test models do not have.
   */
  static void migrateAllTestModels(TestDatabase database) {
    String resource = "META-INF/sequor/pending/migration.sql";
    try (InputStream in = TestTables.class.getClassLoader().getResourceAsStream(resource)) {
      if (in == null) {
        throw new IllegalStateException(resource + " is not on the test class path: the test compile writes it");
      }
      String migration = new String(in.readAllBytes(), StandardCharsets.UTF_8);
      int up = migration.indexOf("-- sequor:up\n");
      int down = migration.indexOf("-- sequor:down\n");
      database.sequor().execute(migration.substring(up, down));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
