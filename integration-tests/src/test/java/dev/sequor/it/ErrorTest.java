package dev.sequor.it;

import static dev.sequor.it.AccountModel.EMAIL;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.sequor.DatabaseException;
import dev.sequor.Repository;
import dev.sequor.Sequor;
import dev.sequor.UniqueConstraintException;
import dev.sequor.testing.SequorTest;
import dev.sequor.testing.TestDatabase;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.postgresql.util.PSQLException;

@SequorTest(migrate = false)
class ErrorTest {

  private final Sequor db;
  private final Repository<Account, Long> accounts;

  ErrorTest(Sequor db) {
    this.db = db;
    this.accounts = db.repository(AccountModel.MODEL);
  }

  @BeforeAll
  static void createTables(TestDatabase database) {
    TestTables.create(database, AccountModel.MODEL);
  }

  @Test
  void aUniqueViolationOnCreateIsAUniqueConstraintExceptionNamingTheModel() {
    accounts.create(Account.of("ada@example.com", "Ada"));

    UniqueConstraintException e = assertThrows(UniqueConstraintException.class,
        () -> accounts.create(Account.of("ada@example.com", "Another Ada")));

    assertEquals("Account", e.model());
    assertTrue(e.getMessage().contains("Account"), e.getMessage());
    assertEquals("23505", e.sqlState());
  }

  @Test
  void aUniqueConstraintExceptionHasTheDriversExceptionAsItsCause() {
    accounts.create(Account.of("ada@example.com", "Ada"));

    UniqueConstraintException e = assertThrows(UniqueConstraintException.class,
        () -> accounts.create(Account.of("ada@example.com", "Another Ada")));

    PSQLException cause = assertInstanceOf(PSQLException.class, e.getCause());
    assertEquals("23505", cause.getSQLState());
    assertSame(cause, e.sqlException());
  }

  @Test
  void aUniqueViolationLeavesTheExistingRowAlone() {
    Account ada = accounts.create(Account.of("ada@example.com", "Ada"));

    assertThrows(UniqueConstraintException.class, () -> accounts.create(Account.of("ada@example.com", "Other")));

    assertEquals(1, accounts.count());
    assertEquals(ada, accounts.findOne(EMAIL.eq("ada@example.com")).orElseThrow());
  }

  @Test
  void aUniqueViolationOnUpdateIsAUniqueConstraintException() {
    accounts.create(Account.of("ada@example.com", "Ada"));
    Account bob = accounts.create(Account.of("bob@example.com", "Bob"));

    UniqueConstraintException e = assertThrows(UniqueConstraintException.class,
        () -> accounts.update(bob, EMAIL.set("ada@example.com")));

    assertEquals("23505", e.sqlState());
    assertEquals("bob@example.com", accounts.findByPk(bob.id()).orElseThrow().email());
  }

  @Test
  void aMissingTableIsADatabaseExceptionNamingTheModelAndItsSqlState() {
    DatabaseException e = assertThrows(DatabaseException.class, () -> db.repository(NoteModel.MODEL).count());

    assertEquals("Note", e.model());
    assertEquals("42P01", e.sqlState());
    assertTrue(e.getMessage().contains("Note") && e.getMessage().contains("Notes"), e.getMessage());
    assertInstanceOf(PSQLException.class, e.getCause());
  }
}
