package dev.sequor.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class ConnectionUrlTest {

  @Test
  void aJdbcUrlPassesThroughUnchanged() {
    ConnectionUrl url = ConnectionUrl.parse("jdbc:postgresql://db.example.com:6543/shop?user=alice&password=secret&ssl=true");

    assertEquals("jdbc:postgresql://db.example.com:6543/shop?user=alice&password=secret&ssl=true", url.jdbcUrl());
    assertNull(url.user());
    assertNull(url.password());
  }

  @Test
  void surroundingWhitespaceIsIgnored() {
    assertEquals("jdbc:postgresql://h/db", ConnectionUrl.parse("  jdbc:postgresql://h/db\n").jdbcUrl());
    assertEquals("jdbc:postgresql://h:5432/db", ConnectionUrl.parse(" postgres://h/db ").jdbcUrl());
  }

  @Test
  void aPostgresUrlBecomesAJdbcUrlWithUserAndPassword() {
    ConnectionUrl url = ConnectionUrl.parse("postgres://alice:secret@db.example.com:6543/shop");

    assertEquals("jdbc:postgresql://db.example.com:6543/shop", url.jdbcUrl());
    assertEquals("alice", url.user());
    assertEquals("secret", url.password());
  }

  @Test
  void aPostgresqlUrlIsReadAsAPostgresUrl() {
    ConnectionUrl url = ConnectionUrl.parse("postgresql://alice:secret@db.example.com:6543/shop");

    assertEquals("jdbc:postgresql://db.example.com:6543/shop", url.jdbcUrl());
    assertEquals("alice", url.user());
    assertEquals("secret", url.password());
  }

  @Test
  void aUserWithoutPasswordHasNoPassword() {
    ConnectionUrl url = ConnectionUrl.parse("postgres://alice@db.example.com/shop");

    assertEquals("alice", url.user());
    assertNull(url.password());
  }

  @Test
  void aUrlWithoutUserLeavesUserAndPasswordToTheDriver() {
    ConnectionUrl url = ConnectionUrl.parse("postgres://db.example.com/shop");

    assertNull(url.user());
    assertNull(url.password());
  }

  @Test
  void thePortDefaultsTo5432() {
    assertEquals("jdbc:postgresql://db.example.com:5432/shop",
        ConnectionUrl.parse("postgres://alice:secret@db.example.com/shop").jdbcUrl());
  }

  @Test
  void theHostDefaultsToLocalhost() {
    assertEquals("jdbc:postgresql://localhost:5432/shop", ConnectionUrl.parse("postgres:///shop").jdbcUrl());
  }

  @Test
  void anIpv6HostKeepsItsBrackets() {
    assertEquals("jdbc:postgresql://[::1]:5433/shop", ConnectionUrl.parse("postgres://alice@[::1]:5433/shop").jdbcUrl());
  }

  @Test
  void escapedCharactersInUserAndPasswordAreDecoded() {
    ConnectionUrl url = ConnectionUrl.parse("postgres://al%40ice:p%40ss%3Aw%2Frd%25%20x@db.example.com/shop");

    assertEquals("al@ice", url.user());
    assertEquals("p@ss:w/rd% x", url.password());
  }

  @Test
  void aPlusSignInThePasswordStaysAPlusSign() {
    assertEquals("a+b=", ConnectionUrl.parse("postgres://alice:a+b=@db.example.com/shop").password());
  }

  @Test
  void queryParametersAreKept() {
    assertEquals("jdbc:postgresql://db.example.com:5432/shop?sslmode=require&currentSchema=app%20data",
        ConnectionUrl.parse("postgres://alice:secret@db.example.com/shop?sslmode=require&currentSchema=app%20data")
            .jdbcUrl());
  }

  @Test
  void otherSchemesAreRefusedWithoutShowingThePassword() {
    for (String url : new String[] {"mysql://alice:secret@db.example.com/shop",
        "mysql://alice:se/cr@et@db.example.com/shop", "jdbc:mysql://db.example.com/shop?user=alice&password=secret",
        "http://alice:secret@db.example.com/", "db.example.com/shop?password=secret"}) {
      IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> ConnectionUrl.parse(url));
      assertTrue(e.getMessage().startsWith("Unsupported database URL"), e.getMessage());
      assertTrue(e.getMessage().contains("postgres://"), "says what is expected: " + e.getMessage());
      assertFalse(e.getMessage().contains("secret") || e.getMessage().contains("cr@et"), e.getMessage());
    }
  }

  @Test
  void aMalformedUrlIsRefusedWithoutShowingThePassword() {
    for (String url : new String[] {"postgres://alice:se cret@db.example.com/shop",
        "postgres://alice:se%zzcret@db.example.com/shop", "postgres://alice:se/cret@db.example.com/shop"}) {
      IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> ConnectionUrl.parse(url));
      assertFalse(e.getMessage().contains("cret"), e.getMessage());
    }
  }

  @Test
  void anEmptyUrlIsRefused() {
    assertThrows(IllegalArgumentException.class, () -> ConnectionUrl.parse(null));
    assertThrows(IllegalArgumentException.class, () -> ConnectionUrl.parse(""));
    assertThrows(IllegalArgumentException.class, () -> ConnectionUrl.parse("   "));
  }

  @Test
  void toStringNeverShowsThePassword() {
    for (String url : new String[] {"postgres://alice:secret@db.example.com/shop",
        "postgres://alice:secret@db.example.com/shop?password=secret",
        "jdbc:postgresql://db.example.com/shop?user=alice&password=secret&ssl=true",
        "jdbc:postgresql://db.example.com/shop?PASSWORD=secret"}) {
      String shown = ConnectionUrl.parse(url).toString();
      assertFalse(shown.contains("secret"), shown);
      assertTrue(shown.contains("db.example.com"), shown);
    }
  }

  @Test
  void toStringShowsTheUser() {
    assertEquals("jdbc:postgresql://db.example.com:5432/shop as alice",
        ConnectionUrl.parse("postgres://alice:secret@db.example.com/shop").toString());
  }

  @Test
  void redactHidesPasswordsInBothForms() {
    assertEquals("postgres://alice:***@h/db", ConnectionUrl.redact("postgres://alice:secret@h/db"));
    assertEquals("jdbc:postgresql://h/db?password=***&user=alice",
        ConnectionUrl.redact("jdbc:postgresql://h/db?password=secret&user=alice"));
  }
}
