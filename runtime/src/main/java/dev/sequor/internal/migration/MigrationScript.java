package dev.sequor.internal.migration;

import static dev.sequor.internal.format.MigrationFormat.DOWN;
import static dev.sequor.internal.format.MigrationFormat.NO_TRANSACTION;
import static dev.sequor.internal.format.MigrationFormat.UP;

import dev.sequor.internal.format.MigrationFormat;
import dev.sequor.internal.migration.SqlSplitter.Statement;
import dev.sequor.migration.MigrationException;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/** A migration file read into its two sections ({@link MigrationFormat}). */
record MigrationScript(boolean transactional, List<Statement> up, List<Statement> down) {

  /** First words of statements that would end or nest the transaction Sequor runs the migration in. */
  private static final Set<String> TRANSACTION_CONTROL = Set.of("begin", "commit", "rollback", "start", "end", "abort");

  static MigrationScript parse(MigrationFile file) {
    String content = file.content();
    if (content.startsWith("\uFEFF")) {
      content = content.substring(1); // a byte order mark is not SQL
    }
    String[] lines = content.split("\n", -1);
    int upLine = 0; // 1-based line numbers of the markers, 0 while not seen
    int downLine = 0;
    boolean noTransaction = false;
    for (int i = 0; i < lines.length; i++) {
      int number = i + 1;
      String line = lines[i].strip();
      if (line.equals(UP)) {
        if (upLine != 0) {
          throw error(file, number, "a second " + UP + " (the first is on line " + upLine + ")");
        }
        if (downLine != 0) {
          throw error(file, number, UP + " must come before " + DOWN + " (line " + downLine + ")");
        }
        upLine = number;
      } else if (line.equals(DOWN)) {
        if (downLine != 0) {
          throw error(file, number, "a second " + DOWN + " (the first is on line " + downLine + ")");
        }
        if (upLine == 0) {
          throw error(file, number, DOWN + " must come after " + UP);
        }
        downLine = number;
      } else if (line.equals(NO_TRANSACTION)) {
        if (upLine != 0) {
          throw error(file, number, NO_TRANSACTION + " must come before " + UP + " (line " + upLine + ")");
        }
        noTransaction = true;
      } else if (MigrationFormat.isDropMarker(line)) {
        // the generator's marker before a destructive statement: a comment for the runner
      } else if (MigrationFormat.looksLikeMarker(line)) {
        throw error(file, number, "unknown marker '" + line + "'; the markers are '" + NO_TRANSACTION + "', '" + UP
            + "', '" + DOWN + "' and '" + MigrationFormat.DROP + "<table>[.<column>]', each alone on its line");
      } else if (upLine == 0 && !line.isEmpty() && !line.startsWith("--")) {
        throw error(file, number, "SQL before " + UP + "; only comment lines may come before it");
      }
    }
    if (upLine == 0) {
      throw error(file, 1, "no " + UP + " line; a migration has the form\n"
          + UP + "\n<statements that apply it>\n" + DOWN + "\n<statements that revert it>");
    }
    if (downLine == 0) {
      throw error(file, lines.length, "no " + DOWN + " line after " + UP + " (line " + upLine
          + "); add it, followed by the statements that revert the migration (or nothing, if it cannot be reverted)");
    }
    List<Statement> up = split(file, lines, upLine, downLine - 1);
    List<Statement> down = split(file, lines, downLine, lines.length);
    return new MigrationScript(!noTransaction, up, down);
  }

  /** Splits lines {@code afterLine + 1 .. lastLine} (1-based). */
  private static List<Statement> split(MigrationFile file, String[] lines, int afterLine, int lastLine) {
    String section = String.join("\n", List.of(lines).subList(afterLine, lastLine));
    List<Statement> statements;
    try {
      statements = SqlSplitter.split(section, afterLine + 1);
    } catch (SqlSplitter.UnterminatedException e) {
      throw error(file, e.line, e.getMessage());
    }
    for (Statement statement : statements) {
      String first = firstWord(statement.sql());
      if (TRANSACTION_CONTROL.contains(first)) {
        throw error(file, statement.line(), "'" + first.toUpperCase(Locale.ROOT) + "': Sequor runs each migration"
            + " in a transaction of its own, together with its history row; remove the transaction statements (for"
            + " statements that cannot run in a transaction, such as CREATE INDEX CONCURRENTLY, put "
            + NO_TRANSACTION + " before " + UP + ")");
      }
    }
    return statements;
  }

  private static String firstWord(String sql) {
    int end = 0;
    while (end < sql.length() && Character.isLetter(sql.charAt(end))) {
      end++;
    }
    return sql.substring(0, end).toLowerCase(Locale.ROOT);
  }

  private static MigrationException error(MigrationFile file, int line, String message) {
    return new MigrationException(file.location() + ":" + line + ": " + message, file.name());
  }
}
