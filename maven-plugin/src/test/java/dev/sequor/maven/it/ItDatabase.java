package dev.sequor.maven.it;

import dev.sequor.internal.testing.RunDatabase;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.concurrent.ThreadLocalRandom;

/**
 * The PostgreSQL of the integration tests in {@code src/it} (their Groovy scripts call this): the server at
 * 127.0.0.1:5432 with user postgres (trust authentication), a database of its own for each test project and run,
 * and the queries the scripts check the goals' work with.
 */
public final class ItDatabase {

  public static final String HOST = "127.0.0.1";
  public static final int PORT = 5432;
  /** Test databases are named {@code sequor_it_<project>_<epoch millis>_<random>}. */
  static final String PREFIX = "sequor_it_";

  private ItDatabase() {}

  /** Whether a PostgreSQL answers at 127.0.0.1:5432; the tests are skipped otherwise. */
  public static boolean available() {
    try (Socket socket = new Socket()) {
      socket.connect(new InetSocketAddress(HOST, PORT), 2000);
      return true;
    } catch (IOException e) {
      System.out.println("No PostgreSQL at " + HOST + ":" + PORT + ": skipping this integration test");
      return false;
    }
  }

  /** A new database name for {@code project} (not created), after dropping those left over by dead runs. */
  public static String newDatabase(String project) throws SQLException {
    dropStale();
    return PREFIX + project.replaceAll("[^a-z0-9]", "_") + "_" + System.currentTimeMillis() + "_"
        + ThreadLocalRandom.current().nextInt(1000, 10000);
  }

  /** {@code postgres://postgres:<password>@127.0.0.1:5432/<database>}; trust authentication ignores the password. */
  public static String url(String database, String password) {
    return "postgres://postgres" + (password == null ? "" : ":" + password) + "@" + HOST + ":" + PORT + "/"
        + database;
  }

  public static boolean exists(String database) throws SQLException {
    try (Connection connection = connect("postgres");
        PreparedStatement query = connection.prepareStatement("SELECT 1 FROM pg_database WHERE datname = ?")) {
      query.setString(1, database);
      try (ResultSet rows = query.executeQuery()) {
        return rows.next();
      }
    }
  }

  /** Drops the database if it exists; the scripts' clean-up, which runs even when a build failed. */
  public static void drop(String database) throws SQLException {
    try (Connection connection = connect("postgres"); Statement statement = connection.createStatement()) {
      statement.execute("DROP DATABASE IF EXISTS \"" + database.replace("\"", "\"\"") + "\"");
    }
  }

  /** The tables of the public schema, sorted. */
  public static List<String> tables(String database) throws SQLException {
    return strings(database, "SELECT table_name FROM information_schema.tables WHERE table_schema = 'public'"
        + " ORDER BY table_name");
  }

  /** The columns of a table of the public schema, in their order. */
  public static List<String> columns(String database, String table) throws SQLException {
    return strings(database, "SELECT column_name FROM information_schema.columns WHERE table_schema = 'public'"
        + " AND table_name = '" + table.replace("'", "''") + "' ORDER BY ordinal_position");
  }

  /** The PostgreSQL enum types of the public schema, sorted. */
  public static List<String> enumTypes(String database) throws SQLException {
    return strings(database, "SELECT t.typname FROM pg_type t JOIN pg_namespace n ON n.oid = t.typnamespace"
        + " WHERE t.typtype = 'e' AND n.nspname = 'public' ORDER BY t.typname");
  }

  /** The first column of every row of a query, as text. */
  public static List<String> strings(String database, String sql) throws SQLException {
    List<String> values = new ArrayList<>();
    try (Connection connection = connect(database); Statement statement = connection.createStatement();
        ResultSet rows = statement.executeQuery(sql)) {
      while (rows.next()) {
        values.add(rows.getString(1));
      }
    }
    return values;
  }

  private static void dropStale() throws SQLException {
    try (Connection connection = connect("postgres")) {
      RunDatabase.dropStale(connection, PREFIX);
    }
  }

  private static Connection connect(String database) throws SQLException {
    Properties info = new Properties();
    info.setProperty("user", "postgres");
    // the driver itself, not DriverManager: the scripts' class loader is not the one DriverManager searches
    return new org.postgresql.Driver().connect("jdbc:postgresql://" + HOST + ":" + PORT + "/" + database, info);
  }
}
