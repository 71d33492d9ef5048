package dev.sequor.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.sequor.Sequor;
import dev.sequor.StatementListener;
import dev.sequor.UniqueConstraintException;
import dev.sequor.testing.SequorTest;
import dev.sequor.testing.StatementLog;
import dev.sequor.testing.TestDatabase;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * What Sequor logs on {@code dev.sequor.sql}. SLF4J's simple binding fixes a logger's level when the logger is
 * created, so the statements run in a JVM of their own ({@link LoggingMain}) started with that logger at DEBUG,
 * writing to its standard output, which the test reads.
 */
@SequorTest(migrate = false, truncate = false)
class LoggingTest {

  private static final Pattern LINE = Pattern.compile("DEBUG dev\\.sequor\\.sql - \\((\\d+\\.\\d{3}) ms\\)( failed with SQLState (\\w+):)? (.*)");

  private static String defaultSection;
  private static String bindValuesSection;

  @BeforeAll
  static void run(TestDatabase database) throws Exception {
    TestTables.create(database, ItemModel.MODEL);
    JavaProcess.Result result = JavaProcess.run(List.of(
        "-Dorg.slf4j.simpleLogger.log.dev.sequor.sql=debug",
        "-Dorg.slf4j.simpleLogger.logFile=System.out"), LoggingMain.class, database.jdbcUrl());
    assertEquals(0, result.exitCode(), result.output());
    String output = result.output();
    int start = output.indexOf("== default\n");
    int middle = output.indexOf("== logBindValues\n");
    int end = output.indexOf("== end\n");
    assertTrue(start >= 0 && middle > start && end > middle, output);
    defaultSection = output.substring(start, middle);
    bindValuesSection = output.substring(middle, end);
  }

  private static List<Matcher> lines(String section) {
    List<Matcher> lines = new ArrayList<>();
    for (String line : section.split("\n")) {
      Matcher m = LINE.matcher(line);
      if (m.matches()) {
        lines.add(m);
      }
    }
    return lines;
  }

  private static String statement(String section, String prefix) {
    return lines(section).stream().map(m -> m.group(4)).filter(sql -> sql.startsWith(prefix)).findFirst()
        .orElseThrow(() -> new AssertionError("no statement starting with " + prefix + " in\n" + section));
  }

  @Test
  void everyStatementIsLoggedAtDebugWithItsDuration() {
    List<Matcher> lines = lines(defaultSection);
    // create, findByPk, the refused create, the stream's select
    assertEquals(4, lines.size(), defaultSection);
    assertTrue(lines.get(0).group(4).startsWith("insert into \"items\""), defaultSection);
    assertTrue(lines.get(1).group(4).startsWith("select "), defaultSection);
    assertTrue(lines.get(3).group(4).startsWith("select "), defaultSection);
  }

  @Test
  void bindValuesAreNotLoggedByDefault() {
    assertEquals("select \"id\", \"code\", \"name\", \"quantity\", \"price\", \"size\" from \"items\""
        + " where \"id\" = ?",
        statement(defaultSection, "select"));
    assertFalse(defaultSection.contains(" -- ["), defaultSection);
    assertFalse(defaultSection.contains("private-1"), defaultSection);
    assertFalse(defaultSection.contains("Ada Lovelace"), defaultSection);
  }

  @Test
  void withLogBindValuesTheLineEndsWithTheValues() {
    assertTrue(statement(bindValuesSection, "select").endsWith(" where \"id\" = ? -- [42]"),
        bindValuesSection);
    String insert = statement(bindValuesSection, "insert");
    assertTrue(insert.contains(" -- ['private-2', 'Ada Lovelace', 42, null, null, "), insert);
  }

  @Test
  void aRefusedStatementIsLoggedWithItsSqlState() {
    List<Matcher> failed = lines(defaultSection).stream().filter(m -> m.group(2) != null).toList();
    assertEquals(1, failed.size(), defaultSection);
    assertEquals("23505", failed.get(0).group(3));
    assertTrue(failed.get(0).group(4).startsWith("insert into \"items\""), defaultSection);
  }

  @Test
  void aStreamsSelectIsLoggedLikeAnyOther() {
    List<Matcher> lines = lines(bindValuesSection);
    assertTrue(lines.get(lines.size() - 1).group(4).endsWith(" where \"quantity\" = ? -- [42]"),
        bindValuesSection);
  }

  @Test
  void listenersAreToldOfRefusedStatementsWithTheirSqlState(TestDatabase database) {
    List<String> told = new ArrayList<>();
    StatementListener listener = new StatementListener() {
      @Override
      public void executed(String sql, long nanos) {
        told.add("executed " + sql.substring(0, 6));
      }

      @Override
      public void failed(String sql, long nanos, String sqlState) {
        told.add("failed " + sqlState + " " + sql.substring(0, 6));
      }
    };
    try (Sequor db = Sequor.builder().url(database.jdbcUrl()).poolSize(1).listener(listener).build()) {
      var items = db.repository(ItemModel.MODEL);
      items.create(Item.of("listened", "once", 1));
      assertThrows(UniqueConstraintException.class, () -> items.create(Item.of("listened", "twice", 2)));
    }

    assertEquals(List.of("executed insert", "failed 23505 insert"), told);
  }

  @Test
  void aListenerThatOnlyTimesStatementsIsToldOfRefusedOnesToo(TestDatabase database, StatementLog log) {
    var items = database.sequor().repository(ItemModel.MODEL);
    items.create(Item.of("timed", "once", 1));
    assertThrows(UniqueConstraintException.class, () -> items.create(Item.of("timed", "twice", 2)));

    assertEquals(2, log.starting("insert").size());
  }
}
