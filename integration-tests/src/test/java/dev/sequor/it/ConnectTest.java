package dev.sequor.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import dev.sequor.Repository;
import dev.sequor.Sequor;
import dev.sequor.SequorException;
import dev.sequor.testing.SequorTest;
import dev.sequor.testing.TestDatabase;
import java.io.IOException;
import java.net.ServerSocket;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.sql.DataSource;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The ways to connect; each writes with one Sequor and reads with the class's own, so both use one schema. */
@SequorTest(migrate = false)
class ConnectTest {

  private final TestDatabase database;
  private final Repository<Item, Long> items;

  ConnectTest(TestDatabase database) {
    this.database = database;
    this.items = database.sequor().repository(ItemModel.MODEL);
  }

  @BeforeAll
  static void createTables(TestDatabase database) {
    TestTables.create(database, ItemModel.MODEL);
  }

  /**
   * The class's schema as a {@code postgres://user[:password]@host:port/database?...} URL, as Heroku gives them, made
   * from its JDBC URL (whose user and password parameters are already URL-escaped).
   */
  private String postgresUrl() {
    Matcher url = Pattern.compile("jdbc:postgresql://([^/?]+)/([^?]*)\\?(.*)").matcher(database.jdbcUrl());
    assertTrue(url.matches(), database.jdbcUrl());
    String user = null;
    String password = null;
    List<String> parameters = new ArrayList<>();
    for (String parameter : url.group(3).split("&")) {
      if (parameter.startsWith("user=")) {
        user = parameter.substring("user=".length());
      } else if (parameter.startsWith("password=")) {
        password = parameter.substring("password=".length());
      } else {
        parameters.add(parameter);
      }
    }
    return "postgres://" + user + (password == null ? "" : ":" + password) + "@" + url.group(1) + "/" + url.group(2)
        + "?" + String.join("&", parameters);
  }

  private void writesToTheSameDatabase(Supplier<Sequor> connect) {
    Item stored;
    try (Sequor other = connect.get()) {
      stored = other.repository(ItemModel.MODEL).create(Item.of("x", "written elsewhere", 1));
    }
    assertEquals(stored, items.findByPk(stored.id()).orElseThrow());
  }

  /** A port on this machine that nothing listens on. */
  private static int closedPort() throws IOException {
    try (ServerSocket socket = new ServerSocket(0)) {
      return socket.getLocalPort();
    }
  }

  private HikariDataSource callersPool() {
    HikariConfig config = new HikariConfig();
    config.setJdbcUrl(database.jdbcUrl());
    config.setMaximumPoolSize(2);
    config.setPoolName("callers-pool");
    return new HikariDataSource(config);
  }

  @Test
  void connectsWithAJdbcUrl() {
    writesToTheSameDatabase(() -> Sequor.connect(database.jdbcUrl()));
  }

  @Test
  void connectsWithAPostgresUrl() {
    assertTrue(postgresUrl().startsWith("postgres://"), postgresUrl());
    writesToTheSameDatabase(() -> Sequor.connect(postgresUrl()));
  }

  @Test
  void connectsWithAPostgresqlUrl() {
    writesToTheSameDatabase(() -> Sequor.connect(postgresUrl().replaceFirst("^postgres:", "postgresql:")));
  }

  @Test
  void connectsWithACallersDataSource() {
    try (HikariDataSource pool = callersPool()) {
      writesToTheSameDatabase(() -> Sequor.connect(pool));
    }
  }

  @Test
  void closeClosesThePoolSequorCreated() {
    Sequor db = Sequor.connect(database.jdbcUrl());
    DataSource pool = db.dataSource();

    db.close();

    assertThrows(SQLException.class, () -> pool.getConnection().close());
  }

  @Test
  void closeLeavesACallersDataSourceOpen() throws SQLException {
    try (HikariDataSource pool = callersPool()) {
      Sequor db = Sequor.connect(pool);
      db.repository(ItemModel.MODEL).count();

      db.close();

      assertFalse(pool.isClosed());
      try (Connection connection = pool.getConnection()) {
        assertTrue(connection.isValid(5));
      }
    }
  }

  @Test
  void aFailedConnectionNamesTheServerButNeverThePassword() throws IOException {
    int port = closedPort();
    for (String url : new String[] {"postgres://someone:s3cr%2Bt@127.0.0.1:" + port + "/db",
        "jdbc:postgresql://127.0.0.1:" + port + "/db?user=someone&password=s3cr%2Bt"}) {
      SequorException e = assertThrows(SequorException.class, () -> Sequor.connect(url).close());
      assertTrue(e.getMessage().contains("127.0.0.1:" + port), e.getMessage());
      assertFalse(e.getMessage().contains("s3cr"), e.getMessage());
    }
  }

  @Test
  void anUnsupportedUrlIsRefusedWithoutShowingThePassword() {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> Sequor.connect("mysql://someone:s3cret@127.0.0.1/db"));
    assertTrue(e.getMessage().contains("mysql://"), e.getMessage());
    assertFalse(e.getMessage().contains("s3cret"), e.getMessage());
  }

  @Test
  void theBuilderNeedsExactlyOneOfUrlAndDataSource() {
    assertThrows(IllegalStateException.class, () -> Sequor.builder().build());
    try (HikariDataSource pool = callersPool()) {
      assertThrows(IllegalStateException.class, () -> Sequor.builder().url(database.jdbcUrl()).dataSource(pool).build());
    }
  }

  @Test
  void theBuilderRefusesAPoolSizeBelowOne() {
    assertThrows(IllegalArgumentException.class, () -> Sequor.builder().poolSize(0));
  }

  @Test
  void theBuildersPoolSizeBoundsTheConnections() throws SQLException {
    try (Sequor db = Sequor.builder().url(database.jdbcUrl()).poolSize(1).build();
        Connection only = db.dataSource().getConnection()) {
      assertTrue(only.isValid(5));
      assertEquals(1, ((HikariDataSource) db.dataSource()).getMaximumPoolSize());
    }
  }
}
