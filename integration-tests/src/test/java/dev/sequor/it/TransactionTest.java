package dev.sequor.it;

import static dev.sequor.Query.where;
import static dev.sequor.it.ItemModel.CODE;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.sequor.DatabaseException;
import dev.sequor.Isolation;
import dev.sequor.Repository;
import dev.sequor.Sequor;
import dev.sequor.Transaction;
import dev.sequor.TransactionOptions;
import dev.sequor.UniqueConstraintException;
import dev.sequor.testing.SequorTest;
import dev.sequor.testing.TestDatabase;
import java.sql.Connection;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Managed transactions: commit, rollback, savepoints, options, and jOOQ on the same transaction. A second
 * {@code Sequor} on the same schema ({@link #other}) reads from outside the transaction on the same thread.
 */
@SequorTest(migrate = false)
class TransactionTest {

  private static Sequor other;
  private static ExecutorService executor;

  private final Sequor db;
  private final Repository<Item, Long> items;

  TransactionTest(Sequor db) {
    this.db = db;
    this.items = db.repository(ItemModel.MODEL);
  }

  @BeforeAll
  static void createTables(TestDatabase database) {
    TestTables.create(database, ItemModel.MODEL);
    other = Sequor.builder().url(database.jdbcUrl()).poolSize(2).build();
    executor = Executors.newSingleThreadExecutor();
  }

  @AfterAll
  static void close() {
    other.close();
    executor.shutdownNow();
  }

  private List<String> committedCodes() {
    return other.repository(ItemModel.MODEL).findAll().stream().map(Item::code).sorted().toList();
  }

  private List<String> codes() {
    return items.findAll().stream().map(Item::code).sorted().toList();
  }

  /** A checked exception of the application's. */
  static final class OutOfStock extends Exception {
    private static final long serialVersionUID = 1L;

    OutOfStock(String message) {
      super(message);
    }
  }

  // ---- commit and rollback -----------------------------------------------------------------------

  @Test
  void theResultIsReturnedAndTheWritesCommittedTogetherWhenTheCallbackReturns() {
    Item created = db.transaction(tx -> {
      items.create(Item.of("a", "first", 1));
      Item b = items.create(Item.of("b", "second", 2));
      assertEquals(List.of(), committedCodes(), "nothing is visible outside before the commit");
      assertEquals(List.of("a", "b"), codes(), "the transaction sees its own writes");
      return b;
    });

    assertEquals("b", created.code());
    assertEquals(List.of("a", "b"), committedCodes());
  }

  @Test
  void aRuntimeExceptionRollsBackEveryWriteAndIsRethrownAsIs() {
    IllegalStateException thrown = new IllegalStateException("changed my mind");

    IllegalStateException e = assertThrows(IllegalStateException.class, () -> db.useTransaction(tx -> {
      items.create(Item.of("a", "first", 1));
      items.bulkCreate(List.of(Item.of("b", "second", 2), Item.of("c", "third", 3)));
      items.update(CODE.eq("a"), List.of(ItemModel.QUANTITY.set(10)));
      throw thrown;
    }));

    assertSame(thrown, e);
    assertEquals(List.of(), committedCodes());
  }

  @Test
  void aCheckedExceptionIsRethrownWithItsOwnTypeUnwrapped() {
    OutOfStock e = assertThrows(OutOfStock.class, () -> placeOrder("a"));

    assertEquals("no a left", e.getMessage());
    assertEquals(List.of(), committedCodes());
  }

  /** Compiles only because {@code transaction} declares what the callback throws: OutOfStock, not Exception. */
  private Item placeOrder(String code) throws OutOfStock {
    return db.transaction(tx -> {
      items.create(Item.of(code, "ordered", 0));
      if (items.count(where(ItemModel.QUANTITY.eq(0))) > 0) {
        throw new OutOfStock("no " + code + " left");
      }
      return null;
    });
  }

  @Test
  void anErrorRollsBackToo() {
    assertThrows(AssertionError.class, () -> db.useTransaction(tx -> {
      items.create(Item.of("a", "first", 1));
      throw new AssertionError("not an exception");
    }));

    assertEquals(List.of(), committedCodes());
  }

  @Test
  void aFailedStatementRollsBackTheWritesBeforeIt() {
    items.create(Item.of("taken", "already there", 1));

    assertThrows(UniqueConstraintException.class, () -> db.useTransaction(tx -> {
      items.create(Item.of("a", "first", 1));
      items.create(Item.of("taken", "again", 2));
    }));

    assertEquals(List.of("taken"), committedCodes());
  }

  @Test
  void setRollbackOnlyRollsBackAndStillReturnsTheResult() {
    Item result = db.transaction(tx -> {
      Item a = items.create(Item.of("a", "dry run", 1));
      tx.setRollbackOnly();
      return a;
    });

    assertEquals("a", result.code());
    assertEquals(List.of(), committedCodes());
  }

  @Test
  void theThreadIsOutOfTheTransactionAfterwardsAndItsObjectIsDead() {
    AtomicReference<Transaction> kept = new AtomicReference<>();
    db.useTransaction(kept::set);

    assertTrue(db.currentTransaction().isEmpty());
    assertThrows(IllegalStateException.class, () -> kept.get().dsl());
    items.create(Item.of("a", "autocommit again", 1));
    assertEquals(List.of("a"), committedCodes());
  }

  @Test
  void otherThreadsDoNotJoinTheTransaction() throws Exception {
    db.useTransaction(tx -> {
      items.create(Item.of("mine", "in the transaction", 1));
      assertEquals(0L, executor.submit(() -> items.count()).get(), "another thread reads committed rows only");
      assertTrue(executor.submit(() -> db.currentTransaction().isEmpty()).get());
    });
  }

  // ---- nesting -----------------------------------------------------------------------------------

  @Test
  void aNestedTransactionIsASavepointWhoseFailureTheOuterCanCatchAndGoOn() {
    db.useTransaction(outer -> {
      items.create(Item.of("before", "outer", 1));
      RuntimeException e = assertThrows(RuntimeException.class, () -> db.useTransaction(inner -> {
        assertTrue(inner.isNested());
        items.create(Item.of("inner", "rolled back", 2));
        throw new RuntimeException("inner failure");
      }));
      assertEquals("inner failure", e.getMessage());
      items.create(Item.of("after", "outer", 3));
    });

    assertEquals(List.of("after", "before"), committedCodes());
  }

  @Test
  void aNestedTransactionCanFailOnAStatementAndTheOuterStillCommits() {
    items.create(Item.of("taken", "already there", 1));

    db.useTransaction(outer -> {
      items.create(Item.of("before", "outer", 1));
      assertThrows(UniqueConstraintException.class, () -> db.useTransaction(inner ->
          items.create(Item.of("taken", "again", 2))));
      items.create(Item.of("after", "outer", 3)); // PostgreSQL would refuse this without the savepoint
    });

    assertEquals(List.of("after", "before", "taken"), committedCodes());
  }

  @Test
  void aNestedTransactionThatReturnsCommitsOnlyWithTheOuter() {
    assertThrows(IllegalStateException.class, () -> db.useTransaction(outer -> {
      db.useTransaction(inner -> items.create(Item.of("inner", "released", 1)));
      assertEquals(List.of("inner"), codes());
      throw new IllegalStateException("outer fails");
    }));
    assertEquals(List.of(), committedCodes());

    db.useTransaction(outer -> db.useTransaction(inner -> items.create(Item.of("inner", "released", 1))));
    assertEquals(List.of("inner"), committedCodes());
  }

  @Test
  void setRollbackOnlyInANestedTransactionRollsBackOnlyItsSavepoint() {
    String result = db.transaction(outer -> {
      items.create(Item.of("outer", "kept", 1));
      return db.transaction(inner -> {
        items.create(Item.of("inner", "dropped", 2));
        inner.setRollbackOnly();
        return "inner result";
      });
    });

    assertEquals("inner result", result);
    assertEquals(List.of("outer"), committedCodes());
  }

  @Test
  void currentTransactionIsTheInnermost() {
    assertTrue(db.currentTransaction().isEmpty());
    db.useTransaction(outer -> {
      assertSame(outer, db.currentTransaction().orElseThrow());
      assertFalse(outer.isNested());
      db.useTransaction(inner -> {
        assertSame(inner, db.currentTransaction().orElseThrow());
        assertSame(outer.connection(), inner.connection());
      });
      assertSame(outer, db.currentTransaction().orElseThrow());
    });
    assertTrue(db.currentTransaction().isEmpty());
  }

  @Test
  void aNestedTransactionRefusesOptionsOtherThanTheOutermostsButTakesTheDefaultsAndTheSame() {
    TransactionOptions serializable = TransactionOptions.defaults().isolation(Isolation.SERIALIZABLE);
    db.useTransaction(serializable, outer -> {
      IllegalStateException e = assertThrows(IllegalStateException.class, () ->
          db.useTransaction(TransactionOptions.defaults().isolation(Isolation.REPEATABLE_READ), inner -> {}));
      assertTrue(e.getMessage().contains("SERIALIZABLE") && e.getMessage().contains("REPEATABLE_READ"),
          e.getMessage());
      assertThrows(IllegalStateException.class, () -> db.useTransaction(serializable.readOnly(), inner -> {}));
      db.useTransaction(TransactionOptions.defaults(), inner -> items.create(Item.of("a", "defaults", 1)));
      db.useTransaction(serializable, inner -> items.create(Item.of("b", "the same", 2)));
    });

    assertEquals(List.of("a", "b"), committedCodes());
  }

  // ---- options -----------------------------------------------------------------------------------

  @Test
  void theIsolationLevelAppliesToTheTransactionOnlyAndThePooledConnectionIsLeftAsItWas(TestDatabase database)
      throws Exception {
    try (Sequor single = Sequor.builder().url(database.jdbcUrl()).poolSize(1).build()) {
      int isolation;
      boolean readOnly;
      try (Connection connection = single.dataSource().getConnection()) {
        isolation = connection.getTransactionIsolation();
        readOnly = connection.isReadOnly();
      }

      TransactionOptions options = TransactionOptions.defaults().isolation(Isolation.REPEATABLE_READ).readOnly();
      single.useTransaction(options, tx -> {
        assertEquals("repeatable read", tx.dsl().fetchValue("SHOW transaction_isolation"));
        assertEquals("on", tx.dsl().fetchValue("SHOW transaction_read_only"));
      });
      single.useTransaction(TransactionOptions.defaults().isolation(Isolation.SERIALIZABLE), tx ->
          assertEquals("serializable", tx.dsl().fetchValue("SHOW transaction_isolation")));

      // the pool's only connection, so the one the transactions used
      assertEquals("read committed", single.dsl().fetchValue("SHOW transaction_isolation"));
      assertEquals("off", single.dsl().fetchValue("SHOW transaction_read_only"));
      try (Connection connection = single.dataSource().getConnection()) {
        assertEquals(isolation, connection.getTransactionIsolation());
        assertEquals(readOnly, connection.isReadOnly());
        assertTrue(connection.getAutoCommit());
      }
    }
  }

  @Test
  void aReadOnlyTransactionRefusesWrites() {
    DatabaseException e = assertThrows(DatabaseException.class, () ->
        db.useTransaction(TransactionOptions.defaults().readOnly(), tx -> {
          assertEquals(0L, items.count()); // reads are fine
          items.create(Item.of("a", "refused", 1));
        }));

    assertEquals("25006", e.sqlState());
    assertEquals("Item", e.model());
    assertEquals(List.of(), committedCodes());
  }

  @Test
  void aSerializationFailureAtCommitIsADatabaseExceptionNamingTheSqlState() {
    Repository<Item, Long> otherItems = other.repository(ItemModel.MODEL);
    TransactionOptions serializable = TransactionOptions.defaults().isolation(Isolation.SERIALIZABLE);

    // write skew: each transaction counts the rows, finds none, and inserts one; one of them must fail
    DatabaseException e = assertThrows(DatabaseException.class, () -> db.useTransaction(serializable, first -> {
      assertEquals(0L, items.count());
      other.useTransaction(serializable, second -> {
        assertEquals(0L, otherItems.count());
        items.create(Item.of("first", "from the first", 1));
        otherItems.create(Item.of("second", "from the second", 2));
      }); // the second commits first
    }));

    assertEquals("40001", e.sqlState());
    assertTrue(e.getMessage().contains("commit") && e.getMessage().contains("[SQLState 40001]"), e.getMessage());
    assertEquals(List.of("second"), committedCodes());
  }

  @Test
  void aDeferredConstraintFailingAtCommitIsADatabaseException() {
    db.execute("CREATE TABLE IF NOT EXISTS deferred_codes (code TEXT,"
        + " CONSTRAINT deferred_codes_unique UNIQUE (code) DEFERRABLE INITIALLY DEFERRED)");

    DatabaseException e = assertThrows(DatabaseException.class, () -> db.useTransaction(tx -> {
      tx.dsl().execute("INSERT INTO deferred_codes VALUES ('x')");
      tx.dsl().execute("INSERT INTO deferred_codes VALUES ('x')"); // accepted until the commit
    }));

    assertEquals("23505", e.sqlState());
    assertEquals(0, db.dsl().fetchCount(org.jooq.impl.DSL.table("deferred_codes")));
  }

  // ---- jOOQ on the same transaction --------------------------------------------------------------

  @Test
  void rowsWrittenThroughSequorDslJoinTheTransactionAndRollBackWithTheRepositorysWrites() {
    assertThrows(IllegalStateException.class, () -> db.useTransaction(tx -> {
      items.create(Item.of("repo", "through the repository", 1));
      insertWithJooq(db, "jooq");
      assertEquals(List.of("jooq", "repo"), codes(), "the repository sees the jOOQ row before the commit");
      assertEquals(List.of(), committedCodes());
      throw new IllegalStateException("roll both back");
    }));
    assertEquals(List.of(), committedCodes());

    db.useTransaction(tx -> {
      insertWithJooq(db, "jooq");
      items.create(Item.of("repo", "through the repository", 1));
    });
    assertEquals(List.of("jooq", "repo"), committedCodes());
  }

  @Test
  void transactionDslIsOnTheTransactionsConnection() {
    db.useTransaction(tx -> {
      Object pid = tx.dsl().fetchValue("SELECT pg_backend_pid()");
      assertEquals(pid, db.dsl().fetchValue("SELECT pg_backend_pid()"));
      db.useTransaction(inner -> assertEquals(pid, inner.dsl().fetchValue("SELECT pg_backend_pid()")));
      tx.setRollbackOnly();
      insertWithJooq(tx.dsl(), "rolled back");
    });
    assertEquals(List.of(), committedCodes());
  }

  @Test
  void outsideATransactionSequorDslAutocommitsEachStatement() {
    insertWithJooq(db, "autocommitted");

    assertEquals(List.of("autocommitted"), committedCodes());
  }

  private static void insertWithJooq(Sequor db, String code) {
    insertWithJooq(db.dsl(), code);
  }

  private static void insertWithJooq(org.jooq.DSLContext dsl, String code) {
    Instant now = Instant.now();
    dsl.insertInto(ItemModel.MODEL.table())
        .set(ItemModel.CODE.field(), code)
        .set(ItemModel.NAME.field(), "through jOOQ")
        .set(ItemModel.QUANTITY.field(), 7)
        .set(ItemModel.CREATED_AT.field(), now)
        .set(ItemModel.UPDATED_AT.field(), now)
        .execute();
  }
}
