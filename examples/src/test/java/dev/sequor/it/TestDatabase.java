package dev.sequor.it;

import dev.sequor.ModelType;
import dev.sequor.Sequor;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.util.HexFormat;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * One test class's database: a schema of its own, created fresh with a random name and dropped after the
 * class, and a {@link Sequor} whose connections use it ({@code currentSchema}) and report every statement
 * to {@link #statements()}. Tables come from the SQL the processor generated, never from hand-written DDL.
 */
public final class TestDatabase implements AutoCloseable {

  private static final SecureRandom RANDOM = new SecureRandom();

  private final PostgresServer server;
  private final String schema;
  private final StatementLog statements;
  private final Sequor sequor;

  private TestDatabase(PostgresServer server, String schema, StatementLog statements, Sequor sequor) {
    this.server = server;
    this.schema = schema;
    this.statements = statements;
    this.sequor = sequor;
  }

  static TestDatabase create(PostgresServer server) {
    byte[] bytes = new byte[8];
    RANDOM.nextBytes(bytes);
    String schema = "sequor_it_" + HexFormat.of().formatHex(bytes);
    server.execute("CREATE SCHEMA \"" + schema + "\"");
    try {
      StatementLog statements = new StatementLog();
      Sequor sequor = Sequor.builder().url(server.jdbcUrl(schema)).poolSize(4).listener(statements).build();
      return new TestDatabase(server, schema, statements, sequor);
    } catch (RuntimeException e) {
      server.execute("DROP SCHEMA IF EXISTS \"" + schema + "\" CASCADE");
      throw e;
    }
  }

  /** Connected to this class's schema. */
  public Sequor sequor() {
    return sequor;
  }

  /** The schema's name, {@code sequor_it_<random>}. */
  public String schema() {
    return schema;
  }

  /** Every statement {@link #sequor()} ran. */
  public StatementLog statements() {
    return statements;
  }

  public PostgresServer server() {
    return server;
  }

  /** A JDBC URL of this class's schema, user and password included. */
  public String jdbcUrl() {
    return server.jdbcUrl(schema);
  }

  /** A {@code postgres://} URL of this class's schema. */
  public String postgresUrl() {
    return server.postgresUrl(schema);
  }

  /** Creates the models' tables (and enum types) by running their generated SQL. */
  public void createTables(ModelType<?, ?>... models) {
    for (ModelType<?, ?> model : models) {
      sequor.execute(Sequor.schemaSql(model));
    }
  }

  /**
   * Creates the tables of every test model, with their foreign keys, by running the up part of the migration the
   * processor wrote for them all from an empty schema ({@code META-INF/sequor/pending/migration.sql}).
   */
  public void migrateAllTestModels() {
    String resource = "META-INF/sequor/pending/migration.sql";
    try (InputStream in = TestDatabase.class.getClassLoader().getResourceAsStream(resource)) {
      if (in == null) {
        throw new IllegalStateException(resource + " is not on the test class path: the test compile writes it");
      }
      String migration = new String(in.readAllBytes(), StandardCharsets.UTF_8);
      int up = migration.indexOf("-- sequor:up\n");
      int down = migration.indexOf("-- sequor:down\n");
      sequor.execute(migration.substring(up, down));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Empties the models' tables and restarts their sequences. */
  public void truncate(ModelType<?, ?>... models) {
    sequor.execute("TRUNCATE " + Stream.of(models).map(m -> "\"" + m.table().getName() + "\"")
        .collect(Collectors.joining(", ")) + " RESTART IDENTITY CASCADE");
  }

  @Override
  public void close() {
    try {
      sequor.close();
    } finally {
      server.execute("DROP SCHEMA IF EXISTS \"" + schema + "\" CASCADE");
    }
  }
}
