package dev.sequor.maven;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * One line of the processor's {@code META-INF/sequor/pending/problems.txt}: {@code KIND target: message}, a change
 * that generation refuses unless the user acts.
 *
 * @param kind {@code DROP_TABLE}, {@code DROP_COLUMN}, {@code NOT_NULL_WITHOUT_DEFAULT}, or a kind this plugin does
 *     not know (refused too)
 * @param target {@code <table>} or {@code <table>.<column>}; empty when the line could not be read
 * @param message the processor's explanation, naming the change and the ways out
 */
record PendingProblem(String kind, String target, String message) {

  static final String DROP_TABLE = "DROP_TABLE";
  static final String DROP_COLUMN = "DROP_COLUMN";
  static final String NOT_NULL_WITHOUT_DEFAULT = "NOT_NULL_WITHOUT_DEFAULT";

  private static final Pattern LINE = Pattern.compile("(\\S+)\\s+(\\S+?):(?:\\s+(.*))?");

  /** The problems in the text of {@code problems.txt}; blank lines and {@code #} comments are skipped. */
  static List<PendingProblem> parseAll(String text) {
    return text.lines()
        .map(String::strip)
        .filter(line -> !line.isEmpty() && !line.startsWith("#"))
        .map(PendingProblem::parse)
        .collect(Collectors.toUnmodifiableList());
  }

  static PendingProblem parse(String line) {
    Matcher matcher = LINE.matcher(line.strip());
    if (!matcher.matches()) {
      return new PendingProblem("UNREADABLE", "", line.strip());
    }
    return new PendingProblem(matcher.group(1), matcher.group(2), matcher.group(3) == null ? "" : matcher.group(3));
  }

  boolean isDrop() {
    return kind.equals(DROP_TABLE) || kind.equals(DROP_COLUMN);
  }

  /** As the processor wrote it. */
  @Override
  public String toString() {
    return target.isEmpty() ? message : kind + " " + target + ": " + message;
  }
}
