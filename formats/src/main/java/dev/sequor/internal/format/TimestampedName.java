package dev.sequor.internal.format;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/**
 * The names of migrations and seeders, as sequelize-cli names its files: a UTC time stamp {@code yyyyMMddHHmmss},
 * a dash and a description ({@code 20261125120000-create-products.sql}, {@code 20261125120000-demo-products}).
 * They sort in time order, which is the order they run in, and each is recorded in a history table whose name
 * column holds at most {@value #MAX_LENGTH} characters.
 */
public final class TimestampedName {

  /** The longest name a history table records: its name column is a {@code VARCHAR(255)}. */
  public static final int MAX_LENGTH = 255;

  /** {@code yyyyMMddHHmmss}. */
  public static final int TIMESTAMP_LENGTH = 14;

  private static final DateTimeFormatter TIMESTAMP =
      DateTimeFormatter.ofPattern("yyyyMMddHHmmss", Locale.ROOT).withZone(ZoneOffset.UTC);

  private TimestampedName() {}

  /** {@code yyyyMMddHHmmss} in UTC. */
  public static String timestamp(Instant instant) {
    return TIMESTAMP.format(instant);
  }

  /** {@code <yyyyMMddHHmmss UTC>-<rest>}. */
  public static String of(Instant instant, String rest) {
    return timestamp(instant) + "-" + rest;
  }

  /** The longest description that fits {@link #MAX_LENGTH} with the time stamp, its dash and {@code suffix}. */
  static int maxDescriptionLength(String suffix) {
    return MAX_LENGTH - TIMESTAMP_LENGTH - 1 - suffix.length();
  }
}
