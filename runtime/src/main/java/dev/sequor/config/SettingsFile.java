package dev.sequor.config;

import dev.sequor.SequorException;
import java.io.IOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Reads {@code sequor.properties}: {@code key=value} (or {@code key: value}) lines, blank lines, and comment lines
 * starting with {@code #} or {@code !}. Keys and values are trimmed; values are taken literally (unlike
 * {@link java.util.Properties}, a backslash is an ordinary character and there are no continuation lines), so
 * Windows paths and passwords need no escaping. A key may appear once.
 */
final class SettingsFile {

  /** One setting, with the line it is on. */
  record Entry(String key, String value, int line) {}

  private static final Pattern KEY = Pattern.compile("[A-Za-z0-9_.-]+");

  private SettingsFile() {}

  static Map<String, Entry> read(Path file) {
    List<String> lines = readLines(file);
    Map<String, Entry> entries = new LinkedHashMap<>();
    for (int i = 0; i < lines.size(); i++) {
      int number = i + 1;
      String line = lines.get(i).strip();
      if (i == 0 && line.startsWith("\uFEFF")) {
        line = line.substring(1).strip();
      }
      if (line.isEmpty() || line.startsWith("#") || line.startsWith("!")) {
        continue;
      }
      int separator = separator(line);
      if (separator <= 0 || !KEY.matcher(line.substring(0, separator).strip()).matches()) {
        throw new SequorException(file + ":" + number + ": expected key=value, for example"
            + " development.url=postgres://postgres@127.0.0.1:5432/shop");
      }
      String key = line.substring(0, separator).strip();
      String value = line.substring(separator + 1).strip();
      Entry previous = entries.put(key, new Entry(key, value, number));
      if (previous != null) {
        throw new SequorException(file + ":" + number + ": '" + key + "' is already set on line " + previous.line());
      }
    }
    return entries;
  }

  /** The first '=' or ':' (keys hold neither). */
  private static int separator(String line) {
    int equals = line.indexOf('=');
    int colon = line.indexOf(':');
    if (equals < 0) {
      return colon;
    }
    return colon < 0 ? equals : Math.min(equals, colon);
  }

  static List<String> readLines(Path file) {
    try {
      return Files.readAllLines(file, StandardCharsets.UTF_8);
    } catch (CharacterCodingException e) {
      throw new SequorException(file + ": not UTF-8 text; save it as UTF-8", e);
    } catch (IOException e) {
      throw new SequorException("Unable to read " + file + ": " + e.getMessage(), e);
    }
  }
}
