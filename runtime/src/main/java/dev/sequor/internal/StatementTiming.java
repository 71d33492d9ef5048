package dev.sequor.internal;

import dev.sequor.StatementListener;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.StringJoiner;
import org.jooq.ExecuteContext;
import org.jooq.ExecuteListener;
import org.jooq.Query;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Logs each statement jOOQ executes with its duration at DEBUG on {@code dev.sequor.sql} (Sequelize's
 * {@code logging} with {@code benchmark}), with its bind values only when asked (they may hold personal data),
 * and tells the listeners, failures included.
 */
final class StatementTiming implements ExecuteListener {

  private static final long serialVersionUID = 1L;
  private static final Logger SQL_LOG = LoggerFactory.getLogger("dev.sequor.sql");
  private static final String START = "dev.sequor.start";
  /** Longer strings are cut in the log: a bind value is there to identify a row, not to dump a document. */
  private static final int MAX_LOGGED_STRING = 200;

  private final transient List<StatementListener> listeners;
  private final boolean logBindValues;

  StatementTiming(List<StatementListener> listeners, boolean logBindValues) {
    this.listeners = listeners;
    this.logBindValues = logBindValues;
  }

  @Override
  public void executeStart(ExecuteContext ctx) {
    ctx.data(START, System.nanoTime());
  }

  @Override
  public void executeEnd(ExecuteContext ctx) {
    executed(ctx, null);
  }

  /** A statement PostgreSQL refused was still sent: log it and tell the listeners too. */
  @Override
  public void exception(ExecuteContext ctx) {
    if (ctx.data(START) != null && ctx.sqlException() != null) {
      executed(ctx, ctx.sqlException().getSQLState());
    }
  }

  private void executed(ExecuteContext ctx, String failedWith) {
    Object start = ctx.data(START);
    if (start == null) {
      return;
    }
    ctx.data(START, null); // once per statement, whichever callback comes first
    long nanos = System.nanoTime() - (Long) start;
    log(ctx.sql(), nanos, failedWith, logBindValues && SQL_LOG.isDebugEnabled() ? bindValues(ctx.query()) : "");
  }

  /** A statement run on plain JDBC by {@link JdbcStatements}: logged and reported as jOOQ's are. */
  void executed(String sql, long nanos, String failedWith, StatementBinder binder) {
    log(sql, nanos, failedWith, logBindValues && SQL_LOG.isDebugEnabled() ? format(binder.values()) : "");
  }

  private void log(String sql, long nanos, String failedWith, String values) {
    if (SQL_LOG.isDebugEnabled()) {
      String outcome = failedWith == null ? "" : " failed with SQLState " + failedWith + ":";
      SQL_LOG.debug("({} ms){} {}{}", millis(nanos), outcome, sql, values);
    }
    for (StatementListener listener : listeners) {
      if (failedWith == null) {
        listener.executed(sql, nanos);
      } else {
        listener.failed(sql, nanos, failedWith);
      }
    }
  }

  private static String millis(long nanos) {
    return String.format(Locale.ROOT, "%.3f", nanos / 1e6); // a point whatever the JVM's locale
  }

  private static String bindValues(Query query) {
    return query == null ? "" : format(query.getBindValues());
  }

  private static String format(List<?> values) {
    if (values.isEmpty()) {
      return "";
    }
    StringJoiner joined = new StringJoiner(", ", " -- [", "]");
    for (Object value : values) {
      joined.add(format(value));
    }
    return joined.toString();
  }

  private static String format(Object value) {
    if (value instanceof String s) {
      return s.length() <= MAX_LOGGED_STRING ? "'" + s + "'"
          : "'" + s.substring(0, MAX_LOGGED_STRING) + "…' (" + s.length() + " chars)";
    }
    if (value instanceof byte[] bytes) {
      return "<" + bytes.length + " bytes>";
    }
    if (value instanceof Object[] array) {
      return Arrays.deepToString(array);
    }
    return String.valueOf(value);
  }
}
