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
   * jOOQ failures, at execution, while iterating and at close, into the repository's exceptions.
   */
  static <M> Stream<M> open(Database database, Node select, int fetchSize, RowMapper<M> mapper,
      Function<Exception, RuntimeException> translate) {
    Connection transaction = database.transactionConnection();
    Connection owned = null;
    boolean autoCommit = true;
    try {
      if (transaction == null) {
        owned = database.dataSource().getConnection();
        autoCommit = owned.getAutoCommit();
        owned.setAutoCommit(false);
      }
      Connection connection = transaction != null ? transaction : owned;
      ResultSet rows = database.open(connection, select, fetchSize);
      RowStream<M> stream = new RowStream<>(owned, autoCommit, rows, mapper, translate);
      return StreamSupport.stream(stream, false).onClose(stream::close);
    } catch (SQLException e) {
      RuntimeException failure = translate.apply(e);
      if (owned != null) {
        release(owned, autoCommit, false, failure, translate);
      }
      throw failure;
    }
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
      failure = release(owned, autoCommit, !failed && failure == null, failure, translate);
    }
    if (failure != null) {
      throw failure;
    }
  }

  /**
   * Commits (a stream with {@code FOR UPDATE} holds its locks until here) or rolls back, restores autocommit and
   * returns the connection to the pool; returns the failure to throw, {@code failure} or a new one.
   */
  private static RuntimeException release(Connection connection, boolean autoCommit, boolean commit,
      RuntimeException failure, Function<Exception, RuntimeException> translate) {
    try (connection) {
      if (commit) {
        connection.commit();
      } else {
        connection.rollback();
      }
      connection.setAutoCommit(autoCommit);
    } catch (SQLException e) {
      RuntimeException closing = translate.apply(e);
      if (failure == null) {
        return closing;
      }
      failure.addSuppressed(closing);
    }
    return failure;
  }
}
