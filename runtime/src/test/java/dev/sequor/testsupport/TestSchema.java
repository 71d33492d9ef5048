package dev.sequor.testsupport;

import dev.sequor.Sequor;
import dev.sequor.internal.testing.TestServer;
import java.security.SecureRandom;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;

/**
 * One test class's schema {@code sequor_test_<random>}, created fresh and dropped after the class, with a
 * {@link Sequor} whose connections use it ({@code currentSchema} in the URL). {@link #reset()} empties it between
 * tests.
 */
public final class TestSchema implements AutoCloseable {

  private static final SecureRandom RANDOM = new SecureRandom();

  private final TestServer server;
  private final String name;
  private final Sequor sequor;

  private TestSchema(TestServer server, String name) {
    this.server = server;
    this.name = name;
    this.sequor = Sequor.builder().url(jdbcUrl()).poolSize(3).build();
  }

  static TestSchema create(TestServer server) {
    byte[] bytes = new byte[6];
    RANDOM.nextBytes(bytes);
    String name = "sequor_test_" + HexFormat.of().formatHex(bytes);
    server.execute("CREATE SCHEMA " + name);
    try {
      return new TestSchema(server, name);
    } catch (RuntimeException e) {
      server.execute("DROP SCHEMA IF EXISTS " + name + " CASCADE");
      throw e;
    }
  }

  public String name() {
    return name;
  }

  /** Connected to this schema (closed with it). */
  public Sequor sequor() {
    return sequor;
  }

  /**
   * A JDBC URL of this schema, for a second {@link Sequor} or a configuration. Lock waits time out after 30 s:
   * {@code CREATE INDEX CONCURRENTLY} waits for every older snapshot in the whole database, so a session stuck
   * elsewhere makes a test fail with a lock timeout instead of hanging.
   */
  public String jdbcUrl() {
    return server.jdbcUrl(name) + "&options=-c%20lock_timeout%3D30s";
  }

  /** Drops everything in the schema (the pool's connections keep using it by name). */
  public void reset() {
    server.execute("DROP SCHEMA " + name + " CASCADE");
    server.execute("CREATE SCHEMA " + name);
  }

  /** The tables of the schema, sorted. */
  public List<String> tables() {
    return strings("SELECT table_name FROM information_schema.tables WHERE table_schema = current_schema()"
        + " ORDER BY table_name");
  }

  /** The first column of every row of a query, as text. */
  public List<String> strings(String sql) {
    try (Connection connection = DriverManager.getConnection(jdbcUrl());
        Statement statement = connection.createStatement();
        ResultSet rs = statement.executeQuery(sql)) {
      List<String> values = new ArrayList<>();
      while (rs.next()) {
        values.add(rs.getString(1));
      }
      return values;
    } catch (SQLException e) {
      throw new IllegalStateException("Unable to run '" + sql + "': " + e.getMessage(), e);
    }
  }

  /** Runs a statement in this schema. */
  public void execute(String sql) {
    try (Connection connection = DriverManager.getConnection(jdbcUrl());
        Statement statement = connection.createStatement()) {
      statement.execute(sql);
    } catch (SQLException e) {
      throw new IllegalStateException("Unable to run '" + sql + "': " + e.getMessage(), e);
    }
  }

  @Override
  public void close() {
    try {
      sequor.close();
    } finally {
      server.execute("DROP SCHEMA IF EXISTS " + name + " CASCADE");
    }
  }
}
