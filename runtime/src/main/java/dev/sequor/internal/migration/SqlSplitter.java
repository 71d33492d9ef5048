package dev.sequor.internal.migration;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Splits a PostgreSQL script into statements the way psql does: on {@code ;} outside single-quoted strings
 * ({@code ''} and, in {@code E'..'} strings, backslash escapes), double-quoted identifiers, dollar quotes
 * ({@code $$..$$}, {@code $tag$..$tag$}), {@code --} line comments, nested {@code /* *}{@code /} comments and
 * parentheses, and inside the {@code BEGIN ATOMIC .. END} body of {@code CREATE [OR REPLACE]
 * FUNCTION|PROCEDURE} (psql's heuristic: {@code BEGIN} and, within it, {@code CASE} open a block that
 * {@code END} closes).
 *
 * <p>Each statement keeps its inner comments but loses the comments and blank lines before it, and knows the
 * line it starts on. Pieces holding only comments or whitespace are dropped.
 */
final class SqlSplitter {

  /** One statement, without its terminating semicolon; {@code line} is 1-based in the script. */
  record Statement(String sql, int line) {}

  /** A quote or comment that never closes; {@code line} is where it opens. */
  static final class UnterminatedException extends RuntimeException {
    private static final long serialVersionUID = 1L;
    final int line;

    UnterminatedException(String what, int line) {
      super(what + " starting at line " + line + " is never closed");
      this.line = line;
    }
  }

  private final String sql;
  private final int lineOffset;
  private final List<Statement> statements = new ArrayList<>();

  private int pos;
  private int line;
  private int start = -1; // index of the statement's first significant character
  private int startLine;
  private int parenDepth;
  private int beginDepth;
  private final List<String> leadingWords = new ArrayList<>(); // first words, to recognise CREATE FUNCTION

  private SqlSplitter(String sql, int firstLine) {
    this.sql = sql;
    this.lineOffset = firstLine;
  }

  /** Splits {@code sql}, whose first line is line 1. */
  static List<Statement> split(String sql) {
    return split(sql, 1);
  }

  /** Splits {@code sql}, whose first line is line {@code firstLine} of a larger file. */
  static List<Statement> split(String sql, int firstLine) {
    SqlSplitter splitter = new SqlSplitter(sql, firstLine);
    splitter.run();
    return List.copyOf(splitter.statements);
  }

  private void run() {
    line = lineOffset;
    int length = sql.length();
    while (pos < length) {
      char c = sql.charAt(pos);
      if (c == '-' && peek(1) == '-') {
        skipLineComment();
      } else if (c == '/' && peek(1) == '*') {
        skipBlockComment();
      } else if (Character.isWhitespace(c)) {
        advance();
      } else {
        markStart();
        if (c == '\'') {
          skipString(false);
        } else if (c == '"') {
          skipQuoted('"');
        } else if (c == '$' && dollarTagLength() > 0) {
          skipDollarQuoted(dollarTagLength());
        } else if (c == '(') {
          parenDepth++;
          advance();
        } else if (c == ')') {
          parenDepth = Math.max(0, parenDepth - 1);
          advance();
        } else if (c == ';') {
          if (parenDepth == 0 && beginDepth == 0) {
            finish(pos);
          }
          advance();
        } else if (isIdentifierStart(c)) {
          word();
        } else {
          advance();
        }
      }
    }
    finish(length);
  }

  private void markStart() {
    if (start < 0) {
      start = pos;
      startLine = line;
    }
  }

  private void finish(int end) {
    if (start >= 0) {
      String text = sql.substring(start, end).strip();
      if (!text.isEmpty()) {
        statements.add(new Statement(text, startLine));
      }
    }
    start = -1;
    parenDepth = 0;
    beginDepth = 0;
    leadingWords.clear();
  }

  /** A keyword or identifier; tracks psql's BEGIN/CASE/END depth inside CREATE FUNCTION/PROCEDURE. */
  private void word() {
    int from = pos;
    while (pos < sql.length() && isIdentifierPart(sql.charAt(pos))) {
      pos++;
    }
    String word = sql.substring(from, pos).toLowerCase(Locale.ROOT);
    if (pos < sql.length() && sql.charAt(pos) == '\'' && (word.equals("e") || word.equals("x")
        || word.equals("b") || word.equals("n") || word.equals("u"))) {
      // a prefixed string literal: E'..' (backslash escapes), X'..', B'..', N'..'; U&'..' is handled as '&' then '..'
      skipString(word.equals("e"));
      return;
    }
    if (leadingWords.size() < 4) {
      leadingWords.add(word);
    }
    if (parenDepth == 0 && isCreateRoutine()) {
      switch (word) {
        case "begin" -> beginDepth++;
        case "case" -> {
          if (beginDepth > 0) {
            beginDepth++;
          }
        }
        case "end" -> {
          if (beginDepth > 0) {
            beginDepth--;
          }
        }
        default -> { }
      }
    }
  }

  private boolean isCreateRoutine() {
    if (leadingWords.size() < 2 || !leadingWords.get(0).equals("create")) {
      return false;
    }
    String second = leadingWords.get(1);
    if (second.equals("function") || second.equals("procedure")) {
      return true;
    }
    return leadingWords.size() >= 4 && second.equals("or") && leadingWords.get(2).equals("replace")
        && (leadingWords.get(3).equals("function") || leadingWords.get(3).equals("procedure"));
  }

  private void skipString(boolean backslashEscapes) {
    int opened = line;
    advance(); // opening quote
    while (pos < sql.length()) {
      char c = sql.charAt(pos);
      if (backslashEscapes && c == '\\') {
        advance();
        if (pos < sql.length()) {
          advance();
        }
      } else if (c == '\'') {
        advance();
        if (peek(0) == '\'') {
          advance(); // '' inside a string
        } else {
          return;
        }
      } else {
        advance();
      }
    }
    throw new UnterminatedException("The string literal", opened);
  }

  private void skipQuoted(char quote) {
    int opened = line;
    advance();
    while (pos < sql.length()) {
      char c = sql.charAt(pos);
      advance();
      if (c == quote) {
        if (peek(0) == quote) {
          advance();
        } else {
          return;
        }
      }
    }
    throw new UnterminatedException("The quoted identifier", opened);
  }

  /** The length of a dollar-quote tag ({@code $$} or {@code $tag$}) at {@code pos}, or 0 when there is none. */
  private int dollarTagLength() {
    if (pos > 0 && isIdentifierPart(sql.charAt(pos - 1))) {
      return 0; // '$' inside an identifier such as a$b
    }
    int i = pos + 1;
    if (i < sql.length() && sql.charAt(i) == '$') {
      return 2;
    }
    if (i >= sql.length() || !isTagStart(sql.charAt(i))) {
      return 0; // $1 is a parameter, not a quote
    }
    while (i < sql.length() && isTagPart(sql.charAt(i))) {
      i++;
    }
    return i < sql.length() && sql.charAt(i) == '$' ? i + 1 - pos : 0;
  }

  private void skipDollarQuoted(int tagLength) {
    String tag = sql.substring(pos, pos + tagLength);
    int opened = line;
    for (int i = 0; i < tagLength; i++) {
      advance();
    }
    int close = sql.indexOf(tag, pos);
    if (close < 0) {
      throw new UnterminatedException("The dollar-quoted string " + tag, opened);
    }
    int end = close + tagLength;
    while (pos < end) {
      advance();
    }
  }

  private void skipLineComment() {
    while (pos < sql.length() && sql.charAt(pos) != '\n') {
      pos++;
    }
  }

  private void skipBlockComment() {
    int opened = line;
    int depth = 0;
    while (pos < sql.length()) {
      if (sql.charAt(pos) == '/' && peek(1) == '*') {
        depth++;
        advance();
        advance();
      } else if (sql.charAt(pos) == '*' && peek(1) == '/') {
        depth--;
        advance();
        advance();
        if (depth == 0) {
          return;
        }
      } else {
        advance();
      }
    }
    throw new UnterminatedException("The /* comment", opened);
  }

  private char peek(int ahead) {
    int i = pos + ahead;
    return i < sql.length() ? sql.charAt(i) : '\0';
  }

  private void advance() {
    if (sql.charAt(pos) == '\n') {
      line++;
    }
    pos++;
  }

  private static boolean isIdentifierStart(char c) {
    return Character.isLetter(c) || c == '_';
  }

  private static boolean isIdentifierPart(char c) {
    return Character.isLetterOrDigit(c) || c == '_' || c == '$';
  }

  private static boolean isTagStart(char c) {
    return Character.isLetter(c) || c == '_';
  }

  private static boolean isTagPart(char c) {
    return Character.isLetterOrDigit(c) || c == '_';
  }
}
