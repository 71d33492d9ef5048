package dev.sequor.it;

import dev.sequor.StatementListener;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** Records the SQL of every statement a test's {@code Sequor} runs, from any thread. */
public final class StatementLog implements StatementListener {

  private final List<String> statements = new ArrayList<>();

  @Override
  public synchronized void executed(String sql, long nanos) {
    statements.add(sql);
  }

  /** Forgets what ran so far. */
  public synchronized void clear() {
    statements.clear();
  }

  /** The statements since the last {@link #clear()}, oldest first. */
  public synchronized List<String> all() {
    return List.copyOf(statements);
  }

  /** The statements that start with {@code keyword} ({@code insert}, {@code update}, ...), ignoring case. */
  public synchronized List<String> starting(String keyword) {
    String prefix = keyword.toLowerCase(Locale.ROOT);
    List<String> matching = new ArrayList<>();
    for (String sql : statements) {
      if (sql.stripLeading().toLowerCase(Locale.ROOT).startsWith(prefix)) {
        matching.add(sql);
      }
    }
    return matching;
  }

  /** How many statements ran since the last {@link #clear()}. */
  public synchronized int count() {
    return statements.size();
  }
}
