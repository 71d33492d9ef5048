package dev.sequor.faults;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The generated corpus of hostile strings: atoms that mean something to SQL, LIKE, regular expressions, JSON, CSV,
 * UTF-16 or a terminal, each alone, each wrapped in plain text, neighbours joined, all of them joined, and a 1 MB
 * string; and what a string is to PostgreSQL, worked out here independently of the code under test.
 */
final class HostileStrings {

  /** Bytes in the big string: a megabyte. */
  static final int BIG = 1 << 20;

  private HostileStrings() {}

  /** The atoms, each with a name for the figures and failure messages. */
  static final List<String> ATOMS = List.of(
      "'", "\"", "''", "\\", "\\\\", "\\'", "%", "_", "\\%", "100%_off",
      ".*+?^$()[]{}|", "(", "[a-", "a{2,", "\\d\\w\\s\\b",
      "$$", "$tag$", "$1", "?", ":name", "{0}",
      "--", "/*", "*/", ";", "'); DROP TABLE canaries; --", "' OR '1'='1", "\"; DELETE FROM canaries; --",
      "\u0000", "a\u0000b", "\uD800", "\uDBFF", "\uDC00", "x\uDFFFy", "\uDC00\uD800",
      "\uD83D\uDE00", "\uD83D\uDC68\u200D\uD83D\uDC69\u200D\uD83D\uDC67", "\u202Eabc\u202C", "\u200F\u200E\u2066",
      "\u200B", "e\u0301", "\u0301", "\uFEFF", "\uFFFD", "\uFFFF",
      "\r\n", "\r", "\n", "\t", "\u000B\u000C", "\u007F", "\u001B[31m",
      "NULL", "null", "\\N", "", " ", "  padded  ",
      "\\u0000", "\\ud800", "&#0;", "%00", "\\x00",
      "日本語", "Ωmega", "İı", "ß");

  /** The corpus: each atom, wrapped, neighbours joined, all joined, and the big string, without repeats. */
  static List<String> corpus() {
    Set<String> corpus = new LinkedHashSet<>(ATOMS);
    for (int i = 0; i < ATOMS.size(); i++) {
      corpus.add("a" + ATOMS.get(i) + "z");
      corpus.add(ATOMS.get(i) + ATOMS.get((i + 1) % ATOMS.size()));
    }
    corpus.add(String.join("", ATOMS));
    corpus.add(String.join("|", ATOMS.stream().filter(HostileStrings::storable).toList()));
    corpus.add(big());
    return new ArrayList<>(corpus);
  }

  /** A megabyte of text, starting and ending with characters that mean something to LIKE, SQL and JSON. */
  private static String big() {
    StringBuilder sb = new StringBuilder(BIG);
    sb.append("%_'\"\\");
    while (sb.length() < BIG - 16) {
      sb.append("0123456789abcdefghijklmnopqrstuvwxyz\u00e9\u20ac\uD83D\uDE00 ");
    }
    sb.setLength(BIG - 16);
    if (Character.isHighSurrogate(sb.charAt(sb.length() - 1))) {
      sb.setLength(sb.length() - 1);
    }
    return sb.append("'); --\\%_$$").toString();
  }

  /**
   * Whether PostgreSQL can hold {@code s} as text: it has no NUL, and every UTF-16 unit is part of a character that
   * UTF-8 encodes (decoding its UTF-8 gives it back).
   */
  static boolean storable(String s) {
    return s.indexOf('\0') < 0 && new String(s.getBytes(StandardCharsets.UTF_8), StandardCharsets.UTF_8).equals(s);
  }

  /** Whether {@code s} can be an alias: storable, not empty, at most the 63 bytes of a PostgreSQL name. */
  static boolean aliasable(String s) {
    return storable(s) && !s.isEmpty() && s.getBytes(StandardCharsets.UTF_8).length <= 63;
  }

  /** {@code s} for a message: short, with control and surrogate characters as escapes. */
  static String describe(String s) {
    StringBuilder out = new StringBuilder();
    for (int i = 0; i < Math.min(s.length(), 40); i++) {
      char c = s.charAt(i);
      out.append(c < 0x20 || c == 0x7f || Character.isSurrogate(c) || c >= 0x2000 && c < 0x2070
          ? String.format("\\u%04x", (int) c) : String.valueOf(c));
    }
    return "\"" + out + (s.length() > 40 ? "…\" (" + s.length() + " chars)" : "\"");
  }

  // ---- references the database's answers are compared with ------------------------------------------------

  /**
   * The LIKE {@code pattern} (escape {@code \}) as a Java regular expression that matches what PostgreSQL's LIKE
   * matches, character by character; null when PostgreSQL refuses the pattern (it ends with the escape character).
   */
  static Pattern likePattern(String pattern) {
    StringBuilder regex = new StringBuilder();
    for (int i = 0; i < pattern.length(); ) {
      int c = pattern.codePointAt(i);
      i += Character.charCount(c);
      if (c == '\\') {
        if (i >= pattern.length()) {
          return null;
        }
        c = pattern.codePointAt(i);
        i += Character.charCount(c);
        regex.append(Pattern.quote(new String(Character.toChars(c))));
      } else if (c == '%') {
        regex.append(".*");
      } else if (c == '_') {
        regex.append('.');
      } else {
        regex.append(Pattern.quote(new String(Character.toChars(c))));
      }
    }
    return Pattern.compile(regex.toString(), Pattern.DOTALL);
  }

  /** {@code s} with LIKE's wildcards and escape escaped: a pattern that matches {@code s} only. */
  static String escapeLike(String s) {
    return s.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
  }

  /**
   * A POSIX regular expression (PostgreSQL's ARE) matching exactly {@code s}: each ASCII character that is not a
   * letter or digit escaped with {@code \}, which makes it stand for itself.
   */
  static String exactRegex(String s) {
    StringBuilder out = new StringBuilder("^");
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c < 0x80 && !Character.isLetterOrDigit(c)) {
        out.append('\\');
      }
      out.append(c);
    }
    return out.append('$').toString();
  }

  /** {@code s} as a CSV cell (RFC 4180): quoted, its quotes doubled. */
  static String csvCell(String s) {
    return '"' + s.replace("\"", "\"\"") + '"';
  }

  /** {@code s} as a JSON string, every character outside printable ASCII written as an escape. */
  static String jsonString(String s) {
    StringBuilder out = new StringBuilder(s.length() + 2).append('"');
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c == '"' || c == '\\') {
        out.append('\\').append(c);
      } else if (c < 0x20 || c >= 0x7f) {
        out.append(String.format("\\u%04x", (int) c));
      } else {
        out.append(c);
      }
    }
    return out.append('"').toString();
  }
}
