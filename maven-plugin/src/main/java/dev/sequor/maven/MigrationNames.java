package dev.sequor.maven;

import dev.sequor.internal.format.MigrationFormat;
import dev.sequor.internal.format.TimestampedName;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The kebab-case names of migrations and seeders, as sequelize-cli makes them from the name a user gives: the words
 * of a name split as lodash's {@code _.words} splits them (so {@code addStock}, {@code add_stock} and
 * {@code "add stock"} all become {@code add-stock}). The time stamp in front is {@link TimestampedName}'s.
 */
final class MigrationNames {

  /**
   * lodash's {@code unicodeWords} for ASCII, in its order: a capitalised or lower-case word followed by a break, an
   * upper-case letter or the end; an acronym not followed by a capitalised word; a lower-case run; an upper-case
   * run; an ordinal ({@code 1ST}, {@code 2nd}); a run of digits.
   */
  private static final Pattern WORD = Pattern.compile(
      "[A-Z]?[a-z]+(?=[^A-Za-z0-9]|[A-Z]|$)"
          + "|[A-Z]+(?=[^A-Za-z0-9]|[A-Z][a-z]|$)"
          + "|[A-Z]?[a-z]+"
          + "|[A-Z]+"
          + "|[0-9]*(?:1ST|2ND|3RD|(?![123])[0-9]TH)(?=\\b|[a-z_])"
          + "|[0-9]*(?:1st|2nd|3rd|(?![123])[0-9]th)(?=\\b|[A-Z_])"
          + "|[0-9]+");

  private static final Pattern ASCII_NAME = Pattern.compile("[\\x20-\\x7E]*");

  private MigrationNames() {}

  /** The words of {@code text}, lodash's {@code _.words} on ASCII after removing apostrophes. */
  static List<String> words(String text) {
    Matcher matcher = WORD.matcher(text.replace("'", ""));
    List<String> words = new ArrayList<>();
    while (matcher.find()) {
      words.add(matcher.group());
    }
    return words;
  }

  /** lodash's {@code _.kebabCase}: {@code "Add stock"}, {@code addStock}, {@code add_stock} → {@code add-stock}. */
  static String kebab(String text) {
    return String.join("-", words(text)).toLowerCase(Locale.ROOT);
  }

  /**
   * The kebab-case migration name for a {@code -Dname=} value, refusing what would make a bad file name. A
   * trailing {@code .sql} is dropped, so the name of an existing file can be given too.
   */
  static String migrationName(String name) {
    String base = name == null ? null : name.strip();
    if (base != null && base.endsWith(MigrationFormat.EXTENSION)) {
      base = base.substring(0, base.length() - MigrationFormat.EXTENSION.length());
    }
    return kebabName(base, name, "migration", MigrationFormat.MAX_NAME_LENGTH);
  }

  /**
   * The kebab-case name of a {@code kind} ({@code migration}, {@code seeder}) for a {@code -Dname=} value, refusing
   * what would make a bad file or history name.
   *
   * @param base the value to turn into the name
   * @param given the value as the user gave it, for messages
   * @param maxLength the longest kebab-case name that fits the history table with the timestamp
   */
  static String kebabName(String base, String given, String kind, int maxLength) {
    if (base == null || base.isBlank()) {
      throw new UsageException("Give the " + kind + " a name: -Dname=<name>, for example " + example(kind));
    }
    if (!ASCII_NAME.matcher(base).matches()) {
      throw new UsageException("The " + kind + " name '" + given + "' has characters other than ASCII letters,"
          + " digits and punctuation; " + kind + " names must be portable: use for example " + example(kind));
    }
    String kebab = kebab(base);
    if (kebab.isEmpty()) {
      throw new UsageException("The " + kind + " name '" + given + "' has no letters or digits: use for example "
          + example(kind));
    }
    if (kebab.length() > maxLength) {
      throw new UsageException("The " + kind + " name '" + given + "' is " + kebab.length() + " characters long in"
          + " kebab-case; at most " + maxLength + " fit in the history table with the timestamp");
    }
    return kebab;
  }

  private static String example(String kind) {
    return kind.equals("migration") ? "-Dname=add-stock" : "-Dname=demo-products";
  }
}
