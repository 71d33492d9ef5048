package dev.sequor.internal;

import dev.sequor.StatementListener;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;
import javax.sql.DataSource;
import org.jooq.Configuration;
import org.jooq.DSLContext;
import org.jooq.ExecuteContext;
import org.jooq.ExecuteListener;
import org.jooq.SQLDialect;
import org.jooq.conf.RenderQuotedNames;
import org.jooq.conf.Settings;
import org.jooq.impl.DSL;
import org.jooq.impl.DefaultConfiguration;
import org.jooq.impl.DefaultConnectionProvider;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Connections and jOOQ configuration behind a {@code Sequor}: hands each unit of work a {@link DSLContext}
 * bound to one connection, the thread's transaction connection when there is one.
 */
public final class Database {

  private static final Logger SQL_LOG = LoggerFactory.getLogger("dev.sequor.sql");

  /** One unit of work on one connection. */
  @FunctionalInterface
  public interface Work<T> {
    T run(DSLContext dsl) throws SQLException;
  }

  private final DataSource dataSource;
  private final Configuration configuration;
  private final ThreadLocal<Connection> transaction = new ThreadLocal<>();

  public Database(DataSource dataSource, List<StatementListener> listeners) {
    this.dataSource = dataSource;
    Settings settings = new Settings()
        .withRenderQuotedNames(RenderQuotedNames.ALWAYS)
        .withRenderSchema(false)
        .withExecuteLogging(false); // Sequor logs statements itself, below
    this.configuration = new DefaultConfiguration()
        .set(SQLDialect.POSTGRES)
        .set(settings)
        .set(new Timing(List.copyOf(listeners)));
  }

  public DataSource dataSource() {
    return dataSource;
  }

  /** A jOOQ context over the data source, taking a pooled connection per statement. */
  public DSLContext dsl() {
    return DSL.using(configuration.derive(dataSource));
  }

  /** Runs {@code work} on the thread's transaction connection, or on a pooled one in autocommit. */
  public <T> T run(Work<T> work) throws SQLException {
    Connection current = transaction.get();
    if (current != null) {
      return work.run(dsl(current));
    }
    try (Connection connection = dataSource.getConnection()) {
      return work.run(dsl(connection));
    }
  }

  /** Runs {@code work} in a transaction: commits when it returns, rolls back when it throws. Joins an open one. */
  public <T> T transaction(Work<T> work) throws SQLException {
    if (transaction.get() != null) {
      return work.run(dsl(transaction.get()));
    }
    try (Connection connection = dataSource.getConnection()) {
      return transaction(connection, work);
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
    transaction.set(connection);
    try {
      T result = work.run(dsl(connection));
      connection.commit();
      return result;
    } catch (Throwable t) {
      rollbackQuietly(connection, t);
      throw t;
    } finally {
      transaction.remove();
      connection.setAutoCommit(autoCommit);
    }
  }

  private static void rollbackQuietly(Connection connection, Throwable cause) {
    try {
      connection.rollback();
    } catch (SQLException e) {
      cause.addSuppressed(e);
    }
  }

  private DSLContext dsl(Connection connection) {
    return DSL.using(configuration.derive(new DefaultConnectionProvider(connection)));
  }

  /** Logs each statement with its duration and tells the listeners. */
  private static final class Timing implements ExecuteListener {
    private static final long serialVersionUID = 1L;
    private static final String START = "dev.sequor.start";
    private final transient List<StatementListener> listeners;

    Timing(List<StatementListener> listeners) {
      this.listeners = listeners;
    }

    @Override
    public void executeStart(ExecuteContext ctx) {
      ctx.data(START, System.nanoTime());
    }

    @Override
    public void executeEnd(ExecuteContext ctx) {
      executed(ctx, "");
    }

    /** A statement PostgreSQL refused was still sent: log it and tell the listeners too. */
    @Override
    public void exception(ExecuteContext ctx) {
      if (ctx.data(START) != null && ctx.sqlException() != null) {
        executed(ctx, " failed with SQLState " + ctx.sqlException().getSQLState() + ":");
      }
    }

    private void executed(ExecuteContext ctx, String outcome) {
      Object start = ctx.data(START);
      if (start == null) {
        return;
      }
      ctx.data(START, null); // once per statement, whichever callback comes first
      long nanos = System.nanoTime() - (Long) start;
      String sql = ctx.sql();
      if (SQL_LOG.isDebugEnabled()) {
        SQL_LOG.debug("({} ms){} {}", String.format("%.3f", nanos / 1e6), outcome, sql);
      }
      for (StatementListener listener : listeners) {
        listener.executed(sql, nanos);
      }
    }
  }
}
