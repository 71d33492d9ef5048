package dev.sequor.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.sequor.Repository;
import dev.sequor.Sequor;
import dev.sequor.ValidationException;
import dev.sequor.testing.SequorTest;
import dev.sequor.testing.StatementLog;
import dev.sequor.testing.TestDatabase;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

@SequorTest(migrate = false)
class CreateTest {

  private final Repository<Account, Long> accounts;

  CreateTest(Sequor db) {
    this.accounts = db.repository(AccountModel.MODEL);
  }

  @BeforeAll
  static void createTables(TestDatabase database) {
    TestTables.create(database, AccountModel.MODEL);
  }

  @Test
  void createReturnsTheStoredRowWithItsGeneratedIdAndTimestamps() {
    Account created = accounts.create(Account.of("ada@example.com", "Ada Lovelace"));

    assertNotNull(created.id());
    assertNotNull(created.createdAt());
    assertEquals(created.createdAt(), created.updatedAt());
    assertEquals(created, accounts.findByPk(created.id()).orElseThrow());
  }

  @Test
  void createKeepsAGivenCreatedAtButSetsUpdatedAtToNowAsSequelize() {
    Instant given = Instant.parse("2020-01-02T03:04:05Z");

    Account created = accounts.create(
        AccountModel.builder().email("ada@example.com").fullName("Ada").createdAt(given).updatedAt(given).build());

    assertEquals(given, created.createdAt());
    assertTrue(created.updatedAt().isAfter(given), created.updatedAt().toString());
  }

  @Test
  void bulkCreateKeepsGivenTimestampsAndFillsMissingOnesWithOneNow() {
    Instant given = Instant.parse("2020-01-02T03:04:05Z");

    List<Account> stored = accounts.bulkCreate(List.of(
        AccountModel.builder().email("a@example.com").fullName("A").createdAt(given).updatedAt(given).build(),
        Account.of("b@example.com", "B"),
        Account.of("c@example.com", "C")));

    assertEquals(given, stored.get(0).createdAt());
    assertEquals(given, stored.get(0).updatedAt());
    assertEquals(stored.get(1).createdAt(), stored.get(2).createdAt());
    assertEquals(stored.get(1).createdAt(), stored.get(2).updatedAt());
    assertTrue(stored.get(1).createdAt().isAfter(given));
  }

  @Test
  void createNumbersRowsInInsertionOrder() {
    Account first = accounts.create(Account.of("a@example.com", "A"));
    Account second = accounts.create(Account.of("b@example.com", "B"));

    assertTrue(second.id() > first.id(), first.id() + " then " + second.id());
  }

  @Test
  void createStoresTheDatabaseDefaultWhenAnAttributeWithADefaultIsNull() {
    Account created = accounts.create(Account.of("ada@example.com", "Ada Lovelace"));

    assertEquals(100, created.credits());
    assertEquals(Status.ACTIVE, created.status());
    assertEquals(created, accounts.findByPk(created.id()).orElseThrow());
  }

  @Test
  void createStoresAGivenValueInsteadOfTheDefault() {
    Account created = accounts.create(
        AccountModel.builder().email("ada@example.com").fullName("Ada").credits(0).status(Status.CLOSED).build());

    assertEquals(0, created.credits());
    assertEquals(Status.CLOSED, created.status());
  }

  @Test
  void createStoresNullForANullableAttributeWithoutDefault() {
    Account created = accounts.create(AccountModel.builder().email("ada@example.com").fullName("Ada").nickname(null).build());

    assertNull(created.nickname());
  }

  @Test
  void createLeavesTheInstancePassedInUnchanged() {
    Account given = Account.of("ada@example.com", "Ada Lovelace").withDisplayLabel("label");
    Account copy = Account.of("ada@example.com", "Ada Lovelace").withDisplayLabel("label");

    Account created = accounts.create(given);

    assertEquals(copy, given);
    assertNull(given.id());
    assertNotEquals(given, created);
  }

  @Test
  void createDoesNotStoreATransientAttribute() {
    Account created = accounts.create(Account.of("ada@example.com", "Ada").withDisplayLabel("shown only in Java"));

    assertNull(created.displayLabel());
    assertFalse(Sequor.schemaSql(AccountModel.MODEL).contains("display"), Sequor.schemaSql(AccountModel.MODEL));
    assertTrue(AccountModel.MODEL.attribute("displayLabel").isEmpty());
  }

  @Test
  void createRefusesANullForANotNullAttributeBeforeAnySql(StatementLog statements) {
    statements.clear();

    ValidationException e = assertThrows(ValidationException.class,
        () -> accounts.create(Account.of("ada@example.com", null)));

    assertEquals(0, statements.count(), statements.all().toString());
    assertEquals("Account", e.model());
    assertEquals("fullName", e.attribute());
    assertTrue(e.getMessage().contains("Account") && e.getMessage().contains("fullName"), e.getMessage());
    assertEquals(0, accounts.count());
  }

  @Test
  void createRefusesANullInstance() {
    NullPointerException e = assertThrows(NullPointerException.class, () -> accounts.create(null));
    assertTrue(e.getMessage().contains("Account"), e.getMessage());
  }

  @Test
  void createRunsOneInsertStatement(StatementLog statements) {
    statements.clear();

    accounts.create(Account.of("ada@example.com", "Ada"));

    assertEquals(1, statements.count(), statements.all().toString());
    assertEquals(1, statements.starting("insert").size(), statements.all().toString());
  }
}
