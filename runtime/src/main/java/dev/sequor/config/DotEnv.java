package dev.sequor.config;

import dev.sequor.SequorException;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads a {@code .env} file as the dotenv tools write it: {@code KEY=VALUE} lines, optionally prefixed with
 * {@code export}; blank lines and {@code #} comments. A value may be unquoted (trimmed, and a {@code #} after a
 * space starts a comment), single-quoted (literal) or double-quoted ({@code \n}, {@code \"} and {@code \\}
 * escapes). Messages never show a value.
 */
final class DotEnv {

  private static final Pattern LINE = Pattern.compile("(?:export\\s+)?([A-Za-z_][A-Za-z0-9_.]*)\\s*=\\s*(.*)");

  private DotEnv() {}

  static Map<String, String> read(Path file) {
    List<String> lines = SettingsFile.readLines(file);
    Map<String, String> values = new LinkedHashMap<>();
    for (int i = 0; i < lines.size(); i++) {
      int number = i + 1;
      String line = lines.get(i).strip();
      if (i == 0 && line.startsWith("\uFEFF")) {
        line = line.substring(1).strip();
      }
      if (line.isEmpty() || line.startsWith("#")) {
        continue;
      }
      Matcher matcher = LINE.matcher(line);
      if (!matcher.matches()) {
        throw new SequorException(file + ":" + number + ": expected KEY=VALUE (a name of letters, digits and _)");
      }
      values.put(matcher.group(1), value(matcher.group(2), file, number));
    }
    return values;
  }

  private static String value(String raw, Path file, int number) {
    if (raw.startsWith("'")) {
      int end = raw.indexOf('\'', 1);
      if (end < 0) {
        throw new SequorException(file + ":" + number + ": the value's closing ' is missing");
      }
      requireOnlyComment(raw.substring(end + 1), file, number);
      return raw.substring(1, end);
    }
    if (raw.startsWith("\"")) {
      StringBuilder value = new StringBuilder();
      for (int i = 1; i < raw.length(); i++) {
        char c = raw.charAt(i);
        if (c == '\\' && i + 1 < raw.length()) {
          char next = raw.charAt(++i);
          switch (next) {
            case 'n' -> value.append('\n');
            case 'r' -> value.append('\r');
            case 't' -> value.append('\t');
            case '"', '\\', '$' -> value.append(next);
            default -> value.append('\\').append(next);
          }
        } else if (c == '"') {
          requireOnlyComment(raw.substring(i + 1), file, number);
          return value.toString();
        } else {
          value.append(c);
        }
      }
      throw new SequorException(file + ":" + number + ": the value's closing \" is missing");
    }
    int comment = raw.indexOf(" #");
    return (comment < 0 ? raw : raw.substring(0, comment)).strip();
  }

  private static void requireOnlyComment(String rest, Path file, int number) {
    String trimmed = rest.strip();
    if (!trimmed.isEmpty() && !trimmed.startsWith("#")) {
      throw new SequorException(file + ":" + number + ": unexpected text after the quoted value");
    }
  }
}
