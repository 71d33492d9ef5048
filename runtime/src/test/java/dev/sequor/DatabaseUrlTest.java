package dev.sequor;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** {@link DatabaseUrl}: both forms of URL, their parts, and never a password in what is shown. */
class DatabaseUrlTest {

  @Test
  void aJdbcUrlPassesThroughUnchanged() {
    DatabaseUrl url = DatabaseUrl.parse("jdbc:postgresql://db.example.com:6543/shop?user=alice&password=secret&ssl=true");

    assertEquals("jdbc:postgresql://db.example.com:6543/shop?user=alice&password=secret&ssl=true", url.jdbcUrl());
    assertNull(url.user());
    assertNull(url.password());
  }

  @Test
  void surroundingWhitespaceIsIgnored() {
    assertEquals("jdbc:postgresql://h/db", DatabaseUrl.parse("  jdbc:postgresql://h/db\n").jdbcUrl());
    assertEquals("jdbc:postgresql://h:5432/db", DatabaseUrl.parse(" postgres://h/db ").jdbcUrl());
  }

  @Test
  void aPostgresUrlBecomesAJdbcUrlWithUserAndPassword() {
    DatabaseUrl url = DatabaseUrl.parse("postgres://alice:secret@db.example.com:6543/shop");

    assertEquals("jdbc:postgresql://db.example.com:6543/shop", url.jdbcUrl());
    assertEquals("alice", url.user());
    assertEquals("secret", url.password());
  }

  @Test
  void aPostgresqlUrlIsReadAsAPostgresUrl() {
    DatabaseUrl url = DatabaseUrl.parse("postgresql://alice:secret@db.example.com:6543/shop");

    assertEquals("jdbc:postgresql://db.example.com:6543/shop", url.jdbcUrl());
    assertEquals("alice", url.user());
    assertEquals("secret", url.password());
  }

  @Test
  void aUserWithoutPasswordHasNoPassword() {
    DatabaseUrl url = DatabaseUrl.parse("postgres://alice@db.example.com/shop");

    assertEquals("alice", url.user());
    assertNull(url.password());
  }

  @Test
  void aUrlWithoutUserLeavesUserAndPasswordToTheDriver() {
    DatabaseUrl url = DatabaseUrl.parse("postgres://db.example.com/shop");

    assertNull(url.user());
    assertNull(url.password());
  }

  @Test
  void thePortDefaultsTo5432() {
    assertEquals("jdbc:postgresql://db.example.com:5432/shop",
        DatabaseUrl.parse("postgres://alice:secret@db.example.com/shop").jdbcUrl());
  }

  @Test
  void theHostDefaultsToLocalhost() {
    assertEquals("jdbc:postgresql://localhost:5432/shop", DatabaseUrl.parse("postgres:///shop").jdbcUrl());
  }

  @Test
  void anIpv6HostKeepsItsBrackets() {
    assertEquals("jdbc:postgresql://[::1]:5433/shop", DatabaseUrl.parse("postgres://alice@[::1]:5433/shop").jdbcUrl());
  }

  @Test
  void escapedCharactersInUserAndPasswordAreDecoded() {
    DatabaseUrl url = DatabaseUrl.parse("postgres://al%40ice:p%40ss%3Aw%2Frd%25%20x@db.example.com/shop");

    assertEquals("al@ice", url.user());
    assertEquals("p@ss:w/rd% x", url.password());
  }

  @Test
  void aPlusSignInThePasswordStaysAPlusSign() {
    assertEquals("a+b=", DatabaseUrl.parse("postgres://alice:a+b=@db.example.com/shop").password());
  }

  @Test
  void queryParametersAreKept() {
    assertEquals("jdbc:postgresql://db.example.com:5432/shop?sslmode=require&currentSchema=app%20data",
        DatabaseUrl.parse("postgres://alice:secret@db.example.com/shop?sslmode=require&currentSchema=app%20data")
            .jdbcUrl());
  }

  @Test
  void otherSchemesAreRefusedWithoutShowingThePassword() {
    for (String url : new String[] {"mysql://alice:secret@db.example.com/shop",
        "mysql://alice:se/cr@et@db.example.com/shop", "jdbc:mysql://db.example.com/shop?user=alice&password=secret",
        "http://alice:secret@db.example.com/", "db.example.com/shop?password=secret"}) {
      IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> DatabaseUrl.parse(url));
      assertTrue(e.getMessage().startsWith("Unsupported database URL"), e.getMessage());
      assertTrue(e.getMessage().contains("postgres://"), "says what is expected: " + e.getMessage());
      assertFalse(e.getMessage().contains("secret") || e.getMessage().contains("cr@et"), e.getMessage());
    }
  }

  @Test
  void aMalformedUrlIsRefusedWithoutShowingThePassword() {
    for (String url : new String[] {"postgres://alice:se cret@db.example.com/shop",
        "postgres://alice:se%zzcret@db.example.com/shop", "postgres://alice:se/cret@db.example.com/shop"}) {
      IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> DatabaseUrl.parse(url));
      assertFalse(e.getMessage().contains("cret"), e.getMessage());
    }
  }

  @Test
  void anEmptyUrlIsRefused() {
    assertThrows(IllegalArgumentException.class, () -> DatabaseUrl.parse(null));
    assertThrows(IllegalArgumentException.class, () -> DatabaseUrl.parse(""));
    assertThrows(IllegalArgumentException.class, () -> DatabaseUrl.parse("   "));
  }

  @Test
  void toStringNeverShowsThePassword() {
    for (String url : new String[] {"postgres://alice:secret@db.example.com/shop",
        "postgres://alice:secret@db.example.com/shop?password=secret",
        "jdbc:postgresql://db.example.com/shop?user=alice&password=secret&ssl=true",
        "jdbc:postgresql://db.example.com/shop?PASSWORD=secret"}) {
      String shown = DatabaseUrl.parse(url).toString();
      assertFalse(shown.contains("secret"), shown);
      assertTrue(shown.contains("db.example.com"), shown);
    }
  }

  @Test
  void toStringShowsTheUser() {
    assertEquals("jdbc:postgresql://db.example.com:5432/shop as alice",
        DatabaseUrl.parse("postgres://alice:secret@db.example.com/shop").toString());
  }

  @Test
  void redactHidesUserInfoPasswordsAndPasswordParameters() {
    assertEquals("postgres://u:***@h/db", DatabaseUrl.redact("postgres://u:pw@h/db"));
    assertEquals("postgres://u:***@h/db?x=1", DatabaseUrl.redact("postgres://u:p@w/d@h/db?x=1"));
    assertEquals("postgres://u@h/db", DatabaseUrl.redact("postgres://u@h/db"));
    assertEquals("jdbc:postgresql://h/db?password=***&user=alice",
        DatabaseUrl.redact("jdbc:postgresql://h/db?password=secret&user=alice"));
    assertEquals("jdbc:postgresql://h/db?user=u&password=***&ssl=true",
        DatabaseUrl.redact("jdbc:postgresql://h/db?user=u&password=pw&ssl=true"));
    assertEquals("jdbc:postgresql://h/db?PASSWORD=***", DatabaseUrl.redact("jdbc:postgresql://h/db?PASSWORD=pw"));
  }

  @Test
  void theDatabaseIsNamedInBothForms_decoded() {
    assertEquals("shop", DatabaseUrl.parse("postgres://alice:secret@db.example.com/shop?sslmode=require").database());
    assertEquals("shop dev", DatabaseUrl.parse("postgresql://db.example.com:6543/shop%20dev").database());
    assertEquals("shop", DatabaseUrl.parse("jdbc:postgresql://db.example.com:6543/shop?user=alice").database());
    assertEquals("shop", DatabaseUrl.parse("jdbc:postgresql:shop?user=alice").database());
  }

  @Test
  void aUrlWithoutDatabase_namesNone() {
    assertNull(DatabaseUrl.parse("postgres://alice@db.example.com").database());
    assertNull(DatabaseUrl.parse("postgres://alice@db.example.com/").database());
    assertNull(DatabaseUrl.parse("jdbc:postgresql://db.example.com?user=alice").database());
  }

  @Test
  void urlsAreEqualWhenTheyConnectAlike() {
    assertEquals(DatabaseUrl.parse("postgres://alice:secret@h/db"),
        DatabaseUrl.parse("postgresql://alice:secret@h:5432/db"));
    assertNotEquals(DatabaseUrl.parse("postgres://alice:secret@h/db"), DatabaseUrl.parse("postgres://alice:other@h/db"));
  }
}
