package dev.sequor.internal;

import com.zaxxer.hikari.HikariDataSource;
import com.zaxxer.hikari.HikariPoolMXBean;
import dev.sequor.DatabaseException;
import dev.sequor.Isolation;
import dev.sequor.ModelType;
import dev.sequor.Repository;
import dev.sequor.StatementListener;
import dev.sequor.Transaction;
import dev.sequor.TransactionCallback;
import dev.sequor.TransactionOptions;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import javax.sql.DataSource;
import org.jooq.Configuration;
import org.jooq.ConnectionProvider;
import org.jooq.DSLContext;
import org.jooq.SQLDialect;
import org.jooq.exception.DataAccessException;
import org.jooq.impl.DSL;
import org.jooq.impl.DefaultConfiguration;
import org.jooq.impl.DefaultConnectionProvider;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Connections and jOOQ configuration behind a {@code Sequor}: hands each unit of work a {@link DSLContext}
 * bound to one connection, the thread's transaction connection when there is one, and runs the managed
 * transactions (savepoints when nested).
 */
public final class Database {

  static {
    // jOOQ logs its logo and a "tip of the day" on first use: lines in the user's log about a library Sequor
    // chose, not about their app. A value the user set is kept.
    keepOrSet("org.jooq.no-logo");
    keepOrSet("org.jooq.no-tips");
  }

  private static void keepOrSet(String property) {
    if (System.getProperty(property) == null) {
      System.setProperty(property, "true");
    }
  }

  /** Where a lost connection is told, with the statements. */
  private static final Logger LOG = LoggerFactory.getLogger("dev.sequor.sql");

  private final Map<ModelType<?, ?>, Repository<?, ?>> repositories = new ConcurrentHashMap<>();

  /** One unit of work on one connection. */
  @FunctionalInterface
  public interface Work<T> {
    T run(DSLContext dsl) throws SQLException;
  }

  private final DataSource dataSource;
  private final Configuration configuration;
  private final DSLContext threadBound;
  private final JdbcStatements statements;
  private final StatementCache shapes = new StatementCache();
  /** The innermost transaction level of each thread; levels link to their parents. */
  private final ThreadLocal<ManagedTransaction> transaction = new ThreadLocal<>();

  public Database(DataSource dataSource, List<StatementListener> listeners) {
    this(dataSource, listeners, false);
  }

  /** {@code logBindValues}: the DEBUG line of each statement also shows its bind values. */
  public Database(DataSource dataSource, List<StatementListener> listeners, boolean logBindValues) {
    this.dataSource = dataSource;
    StatementTiming timing = new StatementTiming(List.copyOf(listeners), logBindValues);
    this.statements = new JdbcStatements(timing);
    this.configuration = new DefaultConfiguration()
        .set(SQLDialect.POSTGRES)
        .set(Rendering.settings())
        .set(timing);
    this.threadBound = DSL.using(configuration.derive(new ThreadConnectionProvider()));
  }

  /**
   * The repository of {@code model} on this database, made once: it keeps the statements it rendered (inserts,
   * updates by key), so that each shape is rendered once.
   */
  @SuppressWarnings("unchecked")
  public <M, K> Repository<M, K> repository(ModelType<M, K> model) {
    return (Repository<M, K>) repositories.computeIfAbsent(model, m -> new DefaultRepository<>(this, model));
  }

  public DataSource dataSource() {
    return dataSource;
  }

  /**
   * A jOOQ context over this database: on the thread's transaction connection while it has one, else on a
   * pooled connection per statement.
   */
  public DSLContext dsl() {
    return threadBound;
  }

  /** jOOQ on {@code connection}, which the caller owns. */
  public DSLContext dsl(Connection connection) {
    return DSL.using(configuration.derive(new DefaultConnectionProvider(connection)));
  }

  /** The connection of the thread's transaction, or {@code null} outside one. */
  public Connection transactionConnection() {
    ManagedTransaction current = transaction.get();
    return current == null ? null : current.jdbc();
  }

  /** The innermost transaction level of this thread, if any. */
  public Optional<Transaction> currentTransaction() {
    return Optional.ofNullable(transaction.get());
  }

  /** One unit of work on one JDBC connection. */
  @FunctionalInterface
  public interface ConnectionWork<T> {
    T run(Connection connection) throws SQLException;
  }

  /** Runs statements on plain JDBC, timed and logged as the statements of {@link #dsl()} are. */
  JdbcStatements statements() {
    return statements;
  }

  /** Runs a statement tree that returns rows: its shape's SQL (rendered once), its values bound from the tree. */
  <T> T query(Connection connection, Node statement, JdbcStatements.ResultReader<T> reader) throws SQLException {
    Rendering.Shape shape = shapes.shape(statement);
    return statements.query(connection, shape.sql(), new TreeBinder(shape, statement), reader);
  }

  /** Runs a statement tree without a result; returns the number of rows it changed. */
  int update(Connection connection, Node statement) throws SQLException {
    Rendering.Shape shape = shapes.shape(statement);
    return statements.update(connection, shape.sql(), new TreeBinder(shape, statement));
  }

  /**
   * Executes a statement tree that returns rows and hands back its open result, read {@code fetchSize} rows per
   * round trip (with autocommit off); closing the result closes the statement.
   */
  ResultSet open(Connection connection, Node statement, int fetchSize) throws SQLException {
    Rendering.Shape shape = shapes.shape(statement);
    return statements.open(connection, shape.sql(), new TreeBinder(shape, statement), fetchSize);
  }

  /** The SQL of a statement tree, as it runs. */
  String sql(Node statement) {
    return shapes.shape(statement).sql();
  }

  /**
   * Runs {@code work}, which may write, on the thread's transaction connection, or on a pooled one in autocommit,
   * without creating a jOOQ context: for the statements Sequor renders itself. Never retried: when the connection
   * is lost, a write may have committed just before ({@link ConnectionLoss#NOT_RETRIED}).
   */
  public <T> T withConnection(ConnectionWork<T> work) throws SQLException {
    Connection current = transactionConnection();
    if (current != null) {
      return inCurrentTransaction(current, work);
    }
    Connection connection = dataSource.getConnection(); // a failure here ran nothing: it is no lost statement
    try (connection) {
      return work.run(connection);
    } catch (SQLException e) {
      throw lost(e, ConnectionLoss.NOT_RETRIED);
    }
  }

  /**
   * As {@link #withConnection}, for {@code work} that only reads: outside a transaction, a read whose connection was
   * lost runs once more on a new connection ({@link #retryRead}).
   */
  <T> T read(ConnectionWork<T> work) throws SQLException {
    Connection current = transactionConnection();
    if (current != null) {
      return inCurrentTransaction(current, work);
    }
    SQLException first;
    Connection connection = dataSource.getConnection();
    try (connection) {
      return work.run(connection);
    } catch (SQLException e) {
      if (!retryRead(e)) {
        throw e;
      }
      first = e;
    }
    try {
      Connection again = dataSource.getConnection();
      try (again) {
        return work.run(again);
      }
    } catch (SQLException e) {
      throw retryFailed(e, first);
    }
  }

  /**
   * Whether a read that failed with {@code e}, outside a transaction and before handing out any row, runs once more
   * on a new connection: when it lost its connection, since it changed nothing. Evicts the pool then
   * ({@link #evictPool}): after PostgreSQL ended the pool's sessions (a restart, {@code pg_terminate_backend}),
   * HikariCP still hands out those used in the last 500 ms without testing them, and the retry must not get one.
   */
  boolean retryRead(SQLException e) {
    if (!ConnectionLoss.is(e.getSQLState())) {
      return false;
    }
    evictPool(e, "retrying the read on a new connection");
    return true;
  }

  /** The failure of a read's retry, {@code first} the failure that made it retry. */
  SQLException retryFailed(SQLException e, SQLException first) {
    e.addSuppressed(first);
    return lost(e, ConnectionLoss.RETRY_FAILED);
  }

  /** Runs {@code work} in a transaction: commits when it returns, rolls back when it throws. Joins an open one. */
  <T> T inTransaction(ConnectionWork<T> work) throws SQLException {
    Connection current = transactionConnection();
    if (current != null) {
      return inCurrentTransaction(current, work);
    }
    Connection connection = dataSource.getConnection();
    try (connection) {
      return transaction(connection, dsl -> inCurrentTransaction(connection, work));
    } catch (SQLException e) {
      throw lost(e, ConnectionLoss.COMMIT_UNKNOWN); // the work's own loss is ROLLED_BACK already
    }
  }

  /**
   * Runs {@code work} on the connection of the thread's transaction, which PostgreSQL rolls back if the connection is
   * lost; the transaction's end evicts the pool then ({@link #end}).
   */
  private static <T> T inCurrentTransaction(Connection connection, ConnectionWork<T> work) throws SQLException {
    try {
      return work.run(connection);
    } catch (SQLException e) {
      throw ConnectionLoss.lost(e, ConnectionLoss.ROLLED_BACK);
    }
  }

  /**
   * {@code e}, telling what became of the statement when the connection was lost (unless it tells already), after
   * evicting the pool.
   */
  private SQLException lost(SQLException e, String outcome) {
    if (!ConnectionLoss.is(e.getSQLState())) {
      return e;
    }
    evictPool(e, null);
    return ConnectionLoss.lost(e, outcome);
  }

  /**
   * Soft-evicts the pool's connections, after a failure that lost one: when PostgreSQL ends one session (a restart,
   * a failover, {@code pg_terminate_backend}) it has usually ended the others too, and HikariCP hands out a
   * connection used in the last 500 ms without testing it, so each dead one would fail a call of its own. Evicted,
   * the idle ones are closed at once and those in use when they come back; the next calls get new connections.
   * Nothing to do on a data source other than HikariCP's.
   */
  private void evictPool(SQLException e, String next) {
    HikariPoolMXBean pool = dataSource instanceof HikariDataSource hikari ? hikari.getHikariPoolMXBean() : null;
    LOG.warn("Lost a connection to the database ({} [SQLState {}]){}{}", String.valueOf(e.getMessage()).strip(),
        e.getSQLState(), pool == null ? "" : ": evicting the pool's connections", next == null ? "" : "; " + next);
    if (pool != null) {
      pool.softEvictConnections();
    }
  }

  /**
   * Runs {@code work} in a transaction on {@code connection}, which the caller owns (and keeps open): for the
   * thread's duration of {@code work} it is the thread's transaction, so repositories of this database join it.
   * Commits when {@code work} returns, rolls back when it throws, and restores the connection's autocommit.
   *
   * @throws IllegalStateException when the thread is already in a transaction
   */
  public <T> T transaction(Connection connection, Work<T> work) throws SQLException {
    if (transaction.get() != null) {
      throw new IllegalStateException("this thread is already in a transaction of this database");
    }
    boolean autoCommit = connection.getAutoCommit();
    connection.setAutoCommit(false);
    ManagedTransaction level = ManagedTransaction.outermost(connection, dsl(connection), TransactionOptions.defaults());
    transaction.set(level);
    Throwable failure = null;
    try {
      T result = work.run(dsl(connection));
      level.finish(); // commits, unless the work marked the transaction rollback-only
      return result;
    } catch (Throwable t) {
      failure = t;
      Cleanup.afterFailure(t, level::rollback);
      throw t;
    } finally {
      level.close();
      transaction.remove();
      Cleanup.after(failure, () -> connection.setAutoCommit(autoCommit));
    }
  }

  /**
   * Runs {@code work} in a managed transaction: a new one on a pooled connection, or a savepoint when the thread
   * already runs one. Commits (releases) when {@code work} returns, rolls back (to the savepoint) when it throws
   * anything, and rethrows that exception as is.
   *
   * @throws IllegalStateException when nested with options other than the defaults or the outermost's
   * @throws DatabaseException when the transaction cannot start or the commit fails (a serialization failure,
   *     a deferred constraint)
   */
  public <T, X extends Exception> T transaction(TransactionOptions options, TransactionCallback<T, X> work)
      throws X {
    Objects.requireNonNull(options, "options");
    Objects.requireNonNull(work, "work");
    ManagedTransaction outer = transaction.get();
    if (outer != null) {
      checkNestedOptions(outer, options);
      ManagedTransaction level;
      try {
        level = outer.nested();
      } catch (SQLException e) {
        throw failure("start a savepoint", e);
      }
      return runLevel(level, work);
    }
    Connection connection = null;
    boolean autoCommit = true;
    try {
      connection = dataSource.getConnection();
      autoCommit = connection.getAutoCommit();
      connection.setAutoCommit(false);
      if (options.isolationLevel().isPresent() || options.isReadOnly()) {
        // SET TRANSACTION (not the session-wide JDBC setters) so nothing lingers on the pooled connection
        dsl(connection).execute(setTransaction(options));
      }
    } catch (SQLException | DataAccessException e) {
      SQLException cause = e instanceof SQLException s ? s : sqlException(e);
      DatabaseException failure = failure("start a transaction",
          cause != null ? cause : new SQLException(e.getMessage(), e));
      end(connection, autoCommit, failure);
      throw failure;
    } catch (RuntimeException | Error e) {
      end(connection, autoCommit, e);
      throw e;
    }
    Throwable failure = null;
    try {
      return runLevel(ManagedTransaction.outermost(connection, dsl(connection), options), work);
    } catch (Throwable t) {
      failure = t;
      throw t;
    } finally {
      end(connection, autoCommit, failure);
    }
  }

  /** Makes {@code level} the thread's current one while {@code work} runs, then commits or rolls it back. */
  private <T, X extends Exception> T runLevel(ManagedTransaction level, TransactionCallback<T, X> work) throws X {
    transaction.set(level);
    try {
      T result;
      try {
        result = work.run(level);
      } catch (Throwable t) {
        Cleanup.afterFailure(t, level::rollback);
        throw t;
      }
      try {
        level.finish();
      } catch (SQLException e) {
        Cleanup.afterFailure(e, level::rollback);
        if (level.isNested()) {
          throw failure("release a savepoint", e);
        }
        throw failure("commit the transaction", ConnectionLoss.lost(e, ConnectionLoss.COMMIT_UNKNOWN));
      }
      return result;
    } finally {
      level.close();
      if (level.parent() == null) {
        transaction.remove();
      } else {
        transaction.set(level.parent());
      }
    }
  }

  private static void checkNestedOptions(ManagedTransaction outer, TransactionOptions options) {
    if (options == TransactionOptions.defaults()) {
      return;
    }
    TransactionOptions outermost = outer.options();
    if (!options.isolationLevel().equals(outermost.isolationLevel())
        || options.isReadOnly() != outermost.isReadOnly()) {
      throw new IllegalStateException("A nested transaction (a savepoint) runs with its enclosing transaction's "
          + "options: " + describe(outermost) + "; found: " + describe(options) + ". Give the options to the "
          + "outermost transaction, or none to the nested one.");
    }
  }

  private static String describe(TransactionOptions options) {
    return "isolation " + options.isolationLevel().map(Isolation::name).orElse("default")
        + (options.isReadOnly() ? ", read-only" : ", read-write");
  }

  private static String setTransaction(TransactionOptions options) {
    StringBuilder sql = new StringBuilder("SET TRANSACTION");
    options.isolationLevel().ifPresent(level ->
        sql.append(" ISOLATION LEVEL ").append(level.name().replace('_', ' ').toUpperCase(Locale.ROOT)));
    if (options.isReadOnly()) {
      sql.append(options.isolationLevel().isPresent() ? "," : "").append(" READ ONLY");
    }
    return sql.toString();
  }

  /**
   * Gives a connection this class took back to the pool, as it found it; when the connection was lost, evicts the
   * pool's others too ({@link #evictPool}).
   */
  private void end(Connection connection, boolean autoCommit, Throwable failure) {
    if (connection == null) {
      return;
    }
    if (failure != null) {
      SQLException cause = sqlException(failure);
      if (cause != null && ConnectionLoss.is(cause.getSQLState())) {
        evictPool(cause, null);
      }
    }
    try {
      Cleanup.after(failure, () -> {
        try (connection) {
          if (connection.getAutoCommit() != autoCommit) {
            connection.setAutoCommit(autoCommit);
          }
        }
      });
    } catch (SQLException e) {
      throw failure("end the transaction", e);
    }
  }

  /** {@code e} is the driver's, or a {@link ConnectionLoss.Lost} saying what became of the transaction. */
  private static DatabaseException failure(String operation, SQLException e) {
    SQLException driver = e instanceof ConnectionLoss.Lost lost ? lost.driver() : e;
    return new DatabaseException(null, "Unable to " + operation + ": " + driver.getMessage()
        + (e.getSQLState() == null ? "" : " [SQLState " + e.getSQLState() + "]")
        + (e instanceof ConnectionLoss.Lost lost ? ". " + lost.outcome() : ""), e.getSQLState(), driver);
  }

  private static SQLException sqlException(Throwable t) {
    for (Throwable c = t; c != null; c = c.getCause()) {
      if (c instanceof SQLException s) {
        return s;
      }
    }
    return null;
  }

  /**
   * Connections for {@link #dsl()}: the thread's transaction connection (left open on release: the transaction
   * owns it) or a pooled one per statement.
   */
  private final class ThreadConnectionProvider implements ConnectionProvider {

    @Override
    public Connection acquire() {
      Connection current = transactionConnection();
      if (current != null) {
        return current;
      }
      try {
        return dataSource.getConnection();
      } catch (SQLException e) {
        throw new DataAccessException("Unable to get a connection: " + e.getMessage(), e);
      }
    }

    @Override
    public void release(Connection connection) {
      if (connection == transactionConnection()) {
        return;
      }
      try {
        connection.close();
      } catch (SQLException e) {
        throw new DataAccessException("Unable to return a connection: " + e.getMessage(), e);
      }
    }
  }
}
