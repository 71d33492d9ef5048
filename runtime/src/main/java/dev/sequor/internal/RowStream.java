package dev.sequor.internal;

import dev.sequor.RowMapper;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Spliterator;
import java.util.Spliterators;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;

/**
 * The rows of one select as a {@link Stream}, read through a server-side cursor: pgjdbc fetches
 * {@code fetchSize} rows per round trip only with autocommit off, so outside a managed transaction the stream
 * takes a pooled connection into a read transaction of its own and holds it until closed (or exhausted, or
 * failed). Inside one it reads on the transaction's connection, sees its uncommitted rows and ends nothing.
 *
 * @param <M> the model type
 */
final class RowStream<M> extends Spliterators.AbstractSpliterator<M> {

  private final Connection owned;
  private final boolean autoCommit;
  private final ResultSet rows;
  private final RowMapper<M> mapper;
  private final Function<Exception, RuntimeException> translate;
  private boolean closed;
  private boolean failed;

  private RowStream(Connection owned, boolean autoCommit, ResultSet rows, RowMapper<M> mapper,
      Function<Exception, RuntimeException> translate) {
    super(Long.MAX_VALUE, Spliterator.ORDERED | Spliterator.NONNULL);
    this.owned = owned;
    this.autoCommit = autoCommit;
    this.rows = rows;
    this.mapper = mapper;
    this.translate = translate;
  }

  /**
   * Executes {@code select} and streams its rows mapped by {@code mapper}; {@code translate} turns driver and
   * jOOQ failures, at execution, while iterating and at close, into the repository's exceptions. Outside a
   * transaction, an execution that lost its connection runs once more on a new one ({@link Database#retryRead}): no
   * row was handed out yet.
   */
  static <M> Stream<M> open(Database database, Node select, int fetchSize, RowMapper<M> mapper,
      Function<Exception, RuntimeException> translate) {
    Connection transaction = database.transactionConnection();
    if (transaction != null) {
      try {
        return stream(new RowStream<>(null, true, database.open(transaction, select, fetchSize), mapper, translate));
      } catch (SQLException e) {
        throw translate.apply(ConnectionLoss.lost(e, ConnectionLoss.ROLLED_BACK));
      }
    }
    SQLException first = null;
    while (true) {
      Connection owned;
      try {
        owned = database.dataSource().getConnection();
      } catch (SQLException e) {
        throw translate.apply(first == null ? e : database.retryFailed(e, first));
      }
      boolean autoCommit = true;
      try {
        autoCommit = owned.getAutoCommit();
        owned.setAutoCommit(false);
        return stream(new RowStream<>(owned, autoCommit, database.open(owned, select, fetchSize), mapper, translate));
      } catch (SQLException e) {
        if (first == null && database.retryRead(e)) {
          Cleanup.afterFailure(e, end(owned, autoCommit, false));
          first = e;
          continue;
        }
        RuntimeException failure = translate.apply(first == null ? e : database.retryFailed(e, first));
        Cleanup.afterFailure(failure, end(owned, autoCommit, false));
        throw failure;
      } catch (RuntimeException | Error e) {
        Cleanup.afterFailure(e, end(owned, autoCommit, false));
        throw e;
      }
    }
  }

  private static <M> Stream<M> stream(RowStream<M> rows) {
    return StreamSupport.stream(rows, false).onClose(rows::close);
  }

  @Override
  public boolean tryAdvance(Consumer<? super M> action) {
    if (closed) {
      return false;
    }
    M row;
    try {
      if (!rows.next()) {
        close(); // exhausted: give the connection back now rather than when the caller closes the stream
        return false;
      }
      row = mapper.map(rows);
    } catch (SQLException e) {
      failed = true;
      RuntimeException failure = translate.apply(e);
      try {
        close();
      } catch (RuntimeException closing) {
        failure.addSuppressed(closing);
      }
      throw failure;
    }
    action.accept(row);
    return true;
  }

  /** Closes the cursor and, when the stream took its own connection, ends its transaction and returns it. */
  void close() {
    if (closed) {
      return;
    }
    closed = true;
    RuntimeException failure = null;
    try {
      rows.close();
    } catch (SQLException e) {
      failure = translate.apply(e);
    }
    if (owned != null) {
      try {
        Cleanup.after(failure, end(owned, autoCommit, !failed && failure == null));
      } catch (SQLException e) {
        failure = translate.apply(e);
      }
    }
    if (failure != null) {
      throw failure;
    }
  }

  /**
   * Commits (a stream with {@code FOR UPDATE} holds its locks until here) or rolls back, restores autocommit and
   * returns the connection to the pool.
   */
  private static Cleanup.Step end(Connection connection, boolean autoCommit, boolean commit) {
    return () -> {
      try (connection) {
        if (commit) {
          connection.commit();
        } else {
          connection.rollback();
        }
        connection.setAutoCommit(autoCommit);
      }
    };
  }
}
