package dev.sequor.it;

import dev.sequor.ModelType;
import dev.sequor.Sequor;
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
