package dev.sequor.testing;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The SQL statements a test class's {@link dev.sequor.Sequor Sequor} ran, from any thread, as sent ({@code ?} for
 * each bind value), refused ones included; emptied before each test. For assertions such as "one query":
 *
 * <pre>{@code
 * @Test
 * void findByRunsOneQuery(Sequor db, StatementLog statements) {
 *   db.repository(ProductModel.MODEL).findBy(ProductModel.NAME, "Laptop");
 *
 *   assertEquals(1, statements.count());
 * }
 * }</pre>
 */
public final class StatementLog {

  /** At most this many statements of a failed test are printed: the last ones. */
  static final int PRINTED = 100;

  private final List<String> statements = new ArrayList<>();
  /** Since the test started, whatever {@link #clear()} did: the failure report; refused statements marked. */
  private final List<String> test = new ArrayList<>();

  StatementLog() {}

  synchronized void executed(String sql) {
    statements.add(sql);
    test.add(sql);
  }

  synchronized void refused(String sql, String sqlState) {
    statements.add(sql);
    test.add(sql + "  -- refused: SQLSTATE " + sqlState);
  }

  /** A new test starts: forgets everything. */
  synchronized void startTest() {
    statements.clear();
    test.clear();
  }

  /** What the current test ran, as printed when it fails. */
  synchronized String report(String testName) {
    StringBuilder report = new StringBuilder("[sequor-testing] ").append(testName).append(" failed; ");
    if (test.isEmpty()) {
      return report.append("it ran no SQL through its Sequor").toString();
    }
    report.append("the SQL it ran, oldest first (").append(test.size())
        .append(test.size() == 1 ? " statement" : " statements").append(", ? for bind values):");
    int first = Math.max(0, test.size() - PRINTED);
    if (first > 0) {
      report.append("\n  ... ").append(first).append(" earlier statements");
    }
    for (int i = first; i < test.size(); i++) {
      report.append("\n  ").append(i + 1).append(". ").append(test.get(i));
    }
    return report.toString();
  }

  /** Forgets the statements so far, for example those of a test's setup. */
  public synchronized void clear() {
    statements.clear();
  }

  /** The statements since the test started or the last {@link #clear()}, oldest first. */
  public synchronized List<String> all() {
    return List.copyOf(statements);
  }

  /** Those of {@link #all()} that start with {@code keyword} ({@code insert}, {@code select}, ...), ignoring case. */
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

  /** How many statements {@link #all()} holds. */
  public synchronized int count() {
    return statements.size();
  }
}
