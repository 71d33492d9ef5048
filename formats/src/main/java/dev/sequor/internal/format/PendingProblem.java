package dev.sequor.internal.format;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A change of the pending migration that generation refuses unless the user acts: one line of
 * {@link PendingDirectory#PROBLEMS}, {@code KIND target: message}.
 *
 * @param kind {@link #DROP_TABLE}, {@link #DROP_COLUMN}, {@link #NOT_NULL_WITHOUT_DEFAULT}, {@link #UNREADABLE} for
 *     a line that could not be read, or a kind a reader does not know (from a newer processor)
 * @param target {@code <table>} or {@code <table>.<column>}; empty when the line could not be read
 * @param message the explanation, naming the change and the ways out
 */
public record PendingProblem(String kind, String target, String message) {

  /** A table without a model any more. */
  public static final String DROP_TABLE = "DROP_TABLE";

  /** A column without an attribute any more. */
  public static final String DROP_COLUMN = "DROP_COLUMN";

  /** A {@code NOT NULL} column without a default added to an existing table. */
  public static final String NOT_NULL_WITHOUT_DEFAULT = "NOT_NULL_WITHOUT_DEFAULT";

  /** A line that is not {@code KIND target: message}; its message is the line. */
  public static final String UNREADABLE = "UNREADABLE";

  private static final Pattern LINE = Pattern.compile("(\\S+)\\s+(\\S+?):(?:\\s+(.*))?");

  /** The text of {@link PendingDirectory#PROBLEMS}: one line per problem, in order; empty when there is none. */
  public static String write(List<PendingProblem> problems) {
    StringBuilder text = new StringBuilder();
    for (PendingProblem problem : problems) {
      text.append(problem.line()).append('\n');
    }
    return text.toString();
  }

  /** The problems in the text of {@link PendingDirectory#PROBLEMS}; blank lines and {@code #} comments are skipped. */
  public static List<PendingProblem> parseAll(String text) {
    return text.lines()
        .map(String::strip)
        .filter(line -> !line.isEmpty() && !line.startsWith("#"))
        .map(PendingProblem::parse)
        .toList();
  }

  /** One line; a line that is not {@code KIND target: message} is an {@link #UNREADABLE} problem. */
  public static PendingProblem parse(String line) {
    Matcher matcher = LINE.matcher(line.strip());
    if (!matcher.matches()) {
      return new PendingProblem(UNREADABLE, "", line.strip());
    }
    return new PendingProblem(matcher.group(1), matcher.group(2), matcher.group(3) == null ? "" : matcher.group(3));
  }

  /** Whether it drops a table or a column, which the user may allow. */
  public boolean isDrop() {
    return kind.equals(DROP_TABLE) || kind.equals(DROP_COLUMN);
  }

  /** {@code KIND target: message}; only the message for an unreadable line. */
  public String line() {
    return target.isEmpty() ? message : kind + " " + target + ": " + message;
  }

  @Override
  public String toString() {
    return line();
  }
}
