package dev.sequor.maven;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.sequor.config.SequorConfig;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;

class DatabaseServerTest {

  private static DatabaseServer server(String url) {
    return DatabaseServer.of(SequorConfig.load(Path.of("does-not-exist"), Map.of("DATABASE_URL", url)));
  }

  @Test
  void postgresUrl_namesTheDatabase_andShowsNoPassword() {
    DatabaseServer server = server("postgres://shop:s3cret@db.example:6543/shop_dev");
    assertEquals("shop_dev", server.database());
    assertFalse(server.display().contains("s3cret"), server.display());
    assertTrue(server.display().contains("db.example:6543/postgres"), server.display());
  }

  @Test
  void jdbcUrl_withPasswordParameter_showsNoPassword() {
    DatabaseServer server = server("jdbc:postgresql://127.0.0.1:5432/shop%20dev?user=me&password=s3cret");
    assertEquals("shop dev", server.database());
    assertFalse(server.display().contains("s3cret"), server.display());
  }

  @Test
  void quote_doublesQuotes() {
    assertEquals("\"shop\"", DatabaseServer.quote("shop"));
    assertEquals("\"my\"\"db\"", DatabaseServer.quote("my\"db"));
  }

  @Test
  void droppingTheMaintenanceDatabase_isRefused() {
    UsageException e = assertThrows(UsageException.class,
        () -> server("postgres://postgres@127.0.0.1:5432/postgres").drop());
    assertTrue(e.getMessage().contains("does not drop it"), e.getMessage());
  }
}
