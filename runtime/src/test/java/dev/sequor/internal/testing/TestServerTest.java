package dev.sequor.internal.testing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.sequor.SequorException;
import java.io.IOException;
import java.net.ServerSocket;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

class TestServerTest {

  @Test
  void aPostgresUrlBecomesAJdbcUrlWithItsUserAndPasswordAsParameters() {
    assertEquals("jdbc:postgresql://db:6543/shop?sslmode=disable&user=app&password=p%40ss%20word",
        TestServer.jdbcForm("postgres://app:p%40ss%20word@db:6543/shop?sslmode=disable"));
  }

  @Test
  void aUrlWithoutAUserConnectsAsPostgres() {
    assertEquals("jdbc:postgresql://db:5432/shop?user=postgres", TestServer.jdbcForm("postgres://db/shop"));
    assertEquals("jdbc:postgresql://db/shop?user=postgres", TestServer.jdbcForm("jdbc:postgresql://db/shop"));
    assertEquals("jdbc:postgresql://db/shop?ssl=true&user=app",
        TestServer.jdbcForm("jdbc:postgresql://db/shop?ssl=true&user=app"));
  }

  @Test
  void aConfiguredServerThatDoesNotAnswerIsAnError_notAFallback() throws IOException {
    int port;
    try (ServerSocket socket = new ServerSocket(0)) {
      port = socket.getLocalPort();
    }
    String url = "postgres://app:secret@127.0.0.1:" + port + "/shop";

    SequorException e = assertThrows(SequorException.class, () -> TestServer.locate(url, "SEQUOR_TEST_DATABASE_URL"));

    assertTrue(e.getMessage().startsWith("The test database server jdbc:postgresql://127.0.0.1:" + port
        + "/shop?user=app&password=*** (from SEQUOR_TEST_DATABASE_URL) is unreachable: "), e.getMessage());
  }

  @Test
  void aConfiguredDatabaseThatDoesNotExistGivesWayToPostgresOnTheSameServer() throws SQLException {
    String configured = TestServer.configuredUrl();
    if (configured == null) {
      try {
        DriverManager.getConnection(TestServer.LOCAL_URL + "&connectTimeout=3").close();
        configured = TestServer.LOCAL_URL;
      } catch (SQLException e) {
        Assumptions.abort("no server at 127.0.0.1:5432 and none configured: " + e.getMessage());
      }
    }
    String url = RunDatabase.withDatabase(TestServer.jdbcForm(configured), "no_such_database_of_sequor");
    try (TestServer server = TestServer.locate(url, "a test");
        Connection connection = DriverManager.getConnection(server.jdbcUrl("public"));
        Statement statement = connection.createStatement();
        ResultSet rs = statement.executeQuery("SELECT current_database()")) {
      rs.next();
      assertTrue(rs.getString(1).startsWith("sequor_test_"), rs.getString(1));
    }
  }

  @Test
  void embeddedStartsAServerForTheRun_withTheRunsDatabase_andCloseStopsIt() throws SQLException {
    String url;
    try (TestServer server = TestServer.locate(TestServer.EMBEDDED, "a test")) {
      assertTrue(server.embedded());
      url = server.jdbcUrl("public");
      try (Connection connection = DriverManager.getConnection(url);
          Statement statement = connection.createStatement();
          ResultSet rs = statement.executeQuery("SELECT current_database()")) {
        rs.next();
        assertTrue(rs.getString(1).startsWith("sequor_test_"), rs.getString(1));
      }
    }
    String stopped = url;
    assertThrows(SQLException.class, () -> DriverManager.getConnection(stopped + "&connectTimeout=2").close());
  }
}
