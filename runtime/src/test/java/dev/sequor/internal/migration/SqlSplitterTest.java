package dev.sequor.internal.migration;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.sequor.internal.migration.SqlSplitter.Statement;
import java.util.List;
import org.junit.jupiter.api.Test;

class SqlSplitterTest {

  private static List<String> sql(String script) {
    return SqlSplitter.split(script).stream().map(Statement::sql).toList();
  }

  @Test
  void splitsOnSemicolons_andTrimsEachStatement() {
    assertEquals(List.of("CREATE TABLE a (id INT)", "DROP TABLE b"), sql("CREATE TABLE a (id INT);\n  DROP TABLE b;\n"));
  }

  @Test
  void aLastStatementWithoutSemicolonCounts() {
    assertEquals(List.of("SELECT 1", "SELECT 2"), sql("SELECT 1; SELECT 2"));
  }

  @Test
  void emptyScriptsAndEmptyStatementsYieldNothing() {
    assertEquals(List.of(), sql(""));
    assertEquals(List.of(), sql("  \n\t\n"));
    assertEquals(List.of(), sql(";;\n;"));
    assertEquals(List.of(), sql("-- only a comment\n/* and another */\n"));
  }

  @Test
  void semicolonsInsideSingleQuotesDoNotSplit_includingDoubledQuotes() {
    assertEquals(List.of("INSERT INTO t VALUES ('a;b', 'it''s; fine')", "SELECT 1"),
        sql("INSERT INTO t VALUES ('a;b', 'it''s; fine'); SELECT 1;"));
  }

  @Test
  void backslashesEscapeOnlyInEscapeStrings() {
    // a standard string ends at the quote after the backslash; an E'' string does not
    assertEquals(List.of("SELECT 'C:\\'", "SELECT 2"), sql("SELECT 'C:\\'; SELECT 2;"));
    assertEquals(List.of("SELECT E'it\\'s; still one'", "SELECT 2"), sql("SELECT E'it\\'s; still one'; SELECT 2;"));
    assertEquals(List.of("SELECT e'\\\\'", "SELECT 2"), sql("SELECT e'\\\\'; SELECT 2;"));
  }

  @Test
  void anIdentifierEndingInEIsNotAnEscapeStringPrefix() {
    // "name" followed by a string would be invalid SQL anyway, but 'e' must only count as a whole word
    assertEquals(List.of("SELECT type'a\\'", "SELECT 2"), sql("SELECT type'a\\'; SELECT 2;"));
  }

  @Test
  void semicolonsInsideQuotedIdentifiersDoNotSplit() {
    assertEquals(List.of("CREATE TABLE \"a;b\"\"c\" (id INT)", "SELECT 1"),
        sql("CREATE TABLE \"a;b\"\"c\" (id INT); SELECT 1"));
  }

  @Test
  void dollarQuotedBodiesAreOneStatement() {
    String function = """
        CREATE FUNCTION touch() RETURNS trigger AS $$
        BEGIN
          NEW.updated_at := now();
          RETURN NEW;
        END;
        $$ LANGUAGE plpgsql""";
    assertEquals(List.of(function, "SELECT 1"), sql(function + ";\nSELECT 1;"));
  }

  @Test
  void taggedDollarQuotesMayContainOtherDollarQuotes() {
    String block = "DO $outer$ BEGIN EXECUTE $q$SELECT ';'$q$; PERFORM $$;$$; END $outer$";
    assertEquals(List.of(block, "SELECT 2"), sql(block + "; SELECT 2"));
  }

  @Test
  void dollarSignsThatAreNotQuotesAreOrdinary() {
    // a positional parameter, and a dollar inside an identifier
    assertEquals(List.of("PREPARE p AS SELECT $1", "SELECT a$b$ FROM t", "SELECT 3"),
        sql("PREPARE p AS SELECT $1; SELECT a$b$ FROM t; SELECT 3"));
  }

  @Test
  void commentsHideSemicolonsAndQuotes() {
    assertEquals(List.of("SELECT 1 -- not the end; nor 'a quote\n  + 1", "SELECT /* ; ' \" $$ */ 2"),
        sql("SELECT 1 -- not the end; nor 'a quote\n  + 1; SELECT /* ; ' \" $$ */ 2;"));
  }

  @Test
  void blockCommentsNest() {
    assertEquals(List.of("SELECT /* outer /* inner; */ still comment; */ 1", "SELECT 2"),
        sql("SELECT /* outer /* inner; */ still comment; */ 1; SELECT 2"));
  }

  @Test
  void commentsBeforeAStatementAreDropped_andItsLineIsItsFirstSqlLine() {
    List<Statement> statements = SqlSplitter.split("""
        -- sequor:drop products
        DROP TABLE products;

        /* a note */
        SELECT 1;""", 10);

    assertEquals(List.of(new Statement("DROP TABLE products", 11), new Statement("SELECT 1", 14)), statements);
  }

  @Test
  void lineNumbersCountNewlinesInsideStringsAndComments() {
    List<Statement> statements = SqlSplitter.split("SELECT 'a\nb';\n/* x\ny */ SELECT $$\n$$;\nSELECT 3;");

    assertEquals(List.of(1, 4, 6), statements.stream().map(Statement::line).toList());
  }

  @Test
  void semicolonsInsideParenthesesDoNotSplit() {
    assertEquals(List.of("CREATE RULE r AS ON INSERT TO t DO ALSO (INSERT INTO log VALUES (1); INSERT INTO log VALUES (2))",
        "SELECT 1"), sql("CREATE RULE r AS ON INSERT TO t DO ALSO (INSERT INTO log VALUES (1); INSERT INTO log VALUES (2));"
        + " SELECT 1"));
  }

  @Test
  void aBeginAtomicFunctionBodyIsOneStatement() {
    String function = """
        CREATE OR REPLACE FUNCTION grade(score int) RETURNS text LANGUAGE sql
        BEGIN ATOMIC
          SELECT CASE WHEN score > 50 THEN 'pass' ELSE 'fail' END;
          SELECT 'unreachable';
        END""";
    assertEquals(List.of(function, "SELECT grade(60)"), sql(function + ";\nSELECT grade(60);"));
  }

  @Test
  void beginAtomicCountsOnlyInCreateFunctionOrProcedure() {
    String procedure = "CREATE PROCEDURE p() LANGUAGE sql BEGIN ATOMIC INSERT INTO t VALUES (1); END";
    assertEquals(List.of(procedure, "SELECT 1"), sql(procedure + "; SELECT 1"));
    // elsewhere BEGIN and END are ordinary words (CASE ... END in a query)
    assertEquals(List.of("SELECT CASE WHEN true THEN 1 END", "SELECT 2"), sql("SELECT CASE WHEN true THEN 1 END; SELECT 2"));
  }

  @Test
  void aStatementAfterACreateFunctionStartsAFreshCount() {
    assertEquals(List.of("CREATE FUNCTION f() RETURNS int LANGUAGE sql RETURN 1", "SELECT 'begin'", "SELECT 3"),
        sql("CREATE FUNCTION f() RETURNS int LANGUAGE sql RETURN 1; SELECT 'begin'; SELECT 3"));
  }

  @Test
  void unterminatedQuotesAndCommentsAreReportedWithTheLineTheyOpenOn() {
    assertEquals(2, assertThrows(SqlSplitter.UnterminatedException.class,
        () -> SqlSplitter.split("SELECT 1;\nSELECT 'oops;\nSELECT 3;")).line);
    assertEquals(3, assertThrows(SqlSplitter.UnterminatedException.class,
        () -> SqlSplitter.split("\n\nDO $body$ BEGIN END $bdy$;")).line);
    assertEquals(1, assertThrows(SqlSplitter.UnterminatedException.class,
        () -> SqlSplitter.split("SELECT \"x;")).line);
    SqlSplitter.UnterminatedException comment = assertThrows(SqlSplitter.UnterminatedException.class,
        () -> SqlSplitter.split("SELECT 1; /* /* */ SELECT 2;"));
    assertEquals("The /* comment starting at line 1 is never closed", comment.getMessage());
  }

  @Test
  void crlfLineEndingsAreWhitespace() {
    assertEquals(List.of("SELECT 1", "SELECT 2"), sql("SELECT 1;\r\nSELECT 2;\r\n"));
  }
}
