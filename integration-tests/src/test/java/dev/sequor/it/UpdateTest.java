package dev.sequor.it;

import static dev.sequor.it.AccountModel.CREDITS;
import static dev.sequor.it.AccountModel.EMAIL;
import static dev.sequor.it.AccountModel.FULL_NAME;
import static dev.sequor.it.AccountModel.NICKNAME;
import static dev.sequor.it.AccountModel.STATUS;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.sequor.EmptyResultException;
import dev.sequor.Repository;
import dev.sequor.Sequor;
import dev.sequor.ValidationException;
import dev.sequor.testing.SequorTest;
import dev.sequor.testing.StatementLog;
import dev.sequor.testing.TestDatabase;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

@SequorTest(migrate = false)
class UpdateTest {

  private static final Instant LONG_AGO = Instant.parse("2001-02-03T04:05:06Z");

  private final Sequor db;
  private final Repository<Account, Long> accounts;

  UpdateTest(Sequor db) {
    this.db = db;
    this.accounts = db.repository(AccountModel.MODEL);
  }

  @BeforeAll
  static void createTables(TestDatabase database) {
    TestTables.create(database, AccountModel.MODEL);
  }

  /** Stores an account whose timestamps lie in the past, so that any bump is visible without a clock. */
  private Account storedLongAgo(String email) {
    Account created = accounts.create(Account.of(email, "Name of " + email));
    db.dsl().update(AccountModel.MODEL.table()).set(AccountModel.CREATED_AT.field(), LONG_AGO)
        .set(AccountModel.UPDATED_AT.field(), LONG_AGO).where(AccountModel.ID.field().eq(created.id())).execute();
    return accounts.findByPk(created.id()).orElseThrow();
  }

  /** The columns in the SET clause of an UPDATE statement. */
  private static List<String> setColumns(String sql) {
    String lower = sql.toLowerCase(java.util.Locale.ROOT);
    String set = sql.substring(lower.indexOf(" set ") + 5, lower.indexOf(" where "));
    Matcher m = Pattern.compile("\"(\\w+)\"\\s*=").matcher(set);
    List<String> columns = new ArrayList<>();
    while (m.find()) {
      columns.add(m.group(1));
    }
    return columns;
  }

  @Test
  void instanceUpdateSetsOnlyTheChangedColumnsAndUpdatedAt(StatementLog statements) {
    Account account = accounts.create(Account.of("ada@example.com", "Ada"));
    statements.clear();

    accounts.update(account, FULL_NAME.set("Ada Lovelace"), CREDITS.set(account.credits()), NICKNAME.set("ada"),
        STATUS.set(account.status()));

    assertEquals(1, statements.count(), statements.all().toString());
    assertEquals(List.of("full_name", "nickname", "updated_at"), setColumns(statements.starting("update").get(0)));
  }

  @Test
  void instanceUpdateReturnsTheStoredRow() {
    Account account = accounts.create(Account.of("ada@example.com", "Ada"));

    Account updated = accounts.update(account, FULL_NAME.set("Ada Lovelace"), STATUS.set(Status.SUSPENDED));

    assertEquals("Ada Lovelace", updated.fullName());
    assertEquals(Status.SUSPENDED, updated.status());
    assertEquals(account.id(), updated.id());
    assertEquals(updated, accounts.findByPk(account.id()).orElseThrow());
  }

  @Test
  void instanceUpdateBumpsUpdatedAtAndKeepsCreatedAt() {
    Account account = storedLongAgo("ada@example.com");

    Account updated = accounts.update(account, CREDITS.set(5));

    assertTrue(updated.updatedAt().isAfter(LONG_AGO), updated.updatedAt().toString());
    assertEquals(LONG_AGO, updated.createdAt());
  }

  @Test
  void instanceUpdateLeavesTheInstancePassedInUnchanged() {
    Account account = accounts.create(Account.of("ada@example.com", "Ada"));
    Account copy = accounts.findByPk(account.id()).orElseThrow();

    accounts.update(account, FULL_NAME.set("Someone else"));

    assertEquals(copy, account);
  }

  @Test
  void instanceUpdateWithoutChangeRunsNoStatementAndReturnsTheInstance(StatementLog statements) {
    Account account = accounts.create(Account.of("ada@example.com", "Ada"));
    statements.clear();

    assertSame(account, accounts.update(account, CREDITS.set(100), FULL_NAME.set("Ada"), NICKNAME.set(null)));
    assertSame(account, accounts.update(account));

    assertEquals(0, statements.count(), statements.all().toString());
  }

  @Test
  void instanceUpdateRefusesNullForANotNullAttributeBeforeAnySql(StatementLog statements) {
    Account account = accounts.create(Account.of("ada@example.com", "Ada"));
    statements.clear();

    ValidationException e = assertThrows(ValidationException.class, () -> accounts.update(account, FULL_NAME.set(null)));

    assertEquals(0, statements.count(), statements.all().toString());
    assertEquals("Account", e.model());
    assertEquals("fullName", e.attribute());
    assertEquals("Ada", accounts.findByPk(account.id()).orElseThrow().fullName());
  }

  @Test
  void instanceUpdateCanSetANullableAttributeToNull() {
    Account account = accounts.create(AccountModel.builder().email("ada@example.com").fullName("Ada").nickname("ada").build());

    assertNull(accounts.update(account, NICKNAME.set(null)).nickname());
    assertNull(accounts.findByPk(account.id()).orElseThrow().nickname());
  }

  @Test
  void instanceUpdateOfADeletedRowThrowsEmptyResult() {
    Account account = accounts.create(Account.of("ada@example.com", "Ada"));
    accounts.destroy(account);

    EmptyResultException e = assertThrows(EmptyResultException.class,
        () -> accounts.update(account, FULL_NAME.set("Ada Lovelace")));

    assertTrue(e.getMessage().contains("Account"), e.getMessage());
    assertEquals(0, accounts.count());
  }

  @Test
  void instanceUpdateOfAnInstanceNeverStoredIsRefusedBeforeAnySql(StatementLog statements) {
    statements.clear();

    ValidationException e = assertThrows(ValidationException.class,
        () -> accounts.update(Account.of("ada@example.com", "Ada"), FULL_NAME.set("x")));

    assertEquals("id", e.attribute());
    assertEquals(0, statements.count());
  }

  @Test
  void instanceUpdateChangesOnlyItsOwnRow() {
    Account ada = accounts.create(Account.of("ada@example.com", "Ada"));
    Account bob = accounts.create(Account.of("bob@example.com", "Bob"));

    accounts.update(ada, CREDITS.set(1));

    assertEquals(bob, accounts.findByPk(bob.id()).orElseThrow());
  }

  @Test
  void bulkUpdateReturnsTheNumberOfRowsAndBumpsTheirUpdatedAt() {
    Account ada = storedLongAgo("ada@example.com");
    Account bob = storedLongAgo("bob@example.com");
    Account eve = storedLongAgo("eve@example.com");
    accounts.update(AccountModel.ID.eq(eve.id()), CREDITS.set(500));
    Account eveBefore = accounts.findByPk(eve.id()).orElseThrow();

    int count = accounts.update(CREDITS.lte(100), STATUS.set(Status.SUSPENDED), NICKNAME.set("bulk"));

    assertEquals(2, count);
    for (Account account : List.of(ada, bob)) {
      Account after = accounts.findByPk(account.id()).orElseThrow();
      assertEquals(Status.SUSPENDED, after.status());
      assertEquals("bulk", after.nickname());
      assertTrue(after.updatedAt().isAfter(LONG_AGO), after.updatedAt().toString());
      assertEquals(LONG_AGO, after.createdAt());
    }
    assertEquals(eveBefore, accounts.findByPk(eve.id()).orElseThrow());
  }

  @Test
  void bulkUpdateMatchingNoRowReturnsZero() {
    accounts.create(Account.of("ada@example.com", "Ada"));

    assertEquals(0, accounts.update(EMAIL.eq("nobody@example.com"), CREDITS.set(1)));
    assertEquals(100, accounts.findAll().get(0).credits());
  }

  @Test
  void bulkUpdateRefusesNullForANotNullAttributeBeforeAnySql(StatementLog statements) {
    accounts.create(Account.of("ada@example.com", "Ada"));
    statements.clear();

    ValidationException e = assertThrows(ValidationException.class,
        () -> accounts.update(CREDITS.eq(100), FULL_NAME.set(null)));

    assertEquals("fullName", e.attribute());
    assertEquals(0, statements.count());
  }

  @Test
  void bulkUpdateWithoutAssignmentsRunsNoStatement(StatementLog statements) {
    accounts.create(Account.of("ada@example.com", "Ada"));
    statements.clear();

    assertEquals(0, accounts.update(CREDITS.eq(100)));
    assertEquals(0, statements.count());
  }
}
