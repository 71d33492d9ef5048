package dev.sequor;

import java.net.URI;
import java.net.URISyntaxException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.Objects;

/**
 * A PostgreSQL database URL, in either form users bring: JDBC, {@code jdbc:postgresql://host:port/database?user=…},
 * or the {@code postgres://user:password@host:port/database} form of Sequelize, Heroku and libpq
 * ({@code postgresql://} too). Both become a {@linkplain #jdbcUrl() JDBC URL} for PostgreSQL's driver, with the
 * user and password of a {@code postgres://} URL apart.
 *
 * <pre>{@code
 * DatabaseUrl url = DatabaseUrl.parse("postgres://app:s3cret@db.example.com/shop?sslmode=require");
 * url.jdbcUrl();   // jdbc:postgresql://db.example.com:5432/shop?sslmode=require
 * url.user();      // app
 * url.password();  // s3cret
 * url.database();  // shop
 * url.toString();  // jdbc:postgresql://db.example.com:5432/shop?sslmode=require as app
 * }</pre>
 *
 * In a {@code postgres://} URL the host defaults to {@code localhost} and the port to 5432; special characters in
 * the user or password must be URL-escaped ({@code @} as {@code %40}, {@code /} as {@code %2F}, {@code :} as
 * {@code %3A}, {@code %} as {@code %25}); a {@code +} stays a {@code +}. The query parameters are kept. A JDBC URL is
 * used as it is: a user and password in it are parameters the driver reads.
 *
 * <p>{@link #toString()} and the messages of {@link #parse} never show a password.
 */
public final class DatabaseUrl {

  private static final String ESCAPING =
      "special characters in the user or password must be URL-escaped (/ as %2F, @ as %40, : as %3A, % as %25)";

  private final String jdbcUrl;
  private final String user;
  private final String password;

  private DatabaseUrl(String jdbcUrl, String user, String password) {
    this.jdbcUrl = jdbcUrl;
    this.user = user;
    this.password = password;
  }

  /**
   * Reads a URL; surrounding whitespace is ignored.
   *
   * @throws IllegalArgumentException when it is empty, of another scheme, or malformed (the message never shows
   *     the password)
   */
  public static DatabaseUrl parse(String url) {
    if (url == null || url.isBlank()) {
      throw new IllegalArgumentException("database URL is empty");
    }
    String trimmed = url.strip();
    if (trimmed.startsWith("jdbc:postgresql:")) {
      return new DatabaseUrl(trimmed, null, null);
    }
    if (!trimmed.startsWith("postgres://") && !trimmed.startsWith("postgresql://")) {
      // only the scheme: the rest was not parsed, so a password in it cannot be found reliably to hide it
      int end = trimmed.indexOf("://");
      throw new IllegalArgumentException("Unsupported database URL "
          + (end < 0 ? "(no scheme)" : "scheme '" + trimmed.substring(0, end + 3) + "'")
          + ": expected jdbc:postgresql://host:port/database or postgres://user:password@host:port/database");
    }
    URI uri;
    try {
      uri = new URI(trimmed);
    } catch (URISyntaxException e) {
      throw new IllegalArgumentException("Malformed database URL (" + e.getReason() + " at index " + e.getIndex()
          + "): " + ESCAPING);
    }
    if (uri.getRawAuthority() != null && uri.getHost() == null) {
      // java.net.URI accepts an authority it cannot read as user:password@host:port, for example when the
      // password holds an unescaped '/': the password would end up in the database name
      throw new IllegalArgumentException("Malformed database URL (cannot read user:password@host:port): " + ESCAPING);
    }
    String host = uri.getHost() == null ? "localhost" : uri.getHost();
    int port = uri.getPort() == -1 ? 5432 : uri.getPort();
    String path = uri.getRawPath() == null ? "" : uri.getRawPath();
    String database = path.startsWith("/") ? path.substring(1) : path;
    StringBuilder jdbc = new StringBuilder("jdbc:postgresql://").append(host).append(':').append(port)
        .append('/').append(database);
    if (uri.getRawQuery() != null) {
      jdbc.append('?').append(uri.getRawQuery());
    }
    String user = null;
    String password = null;
    String userInfo = uri.getRawUserInfo();
    if (userInfo != null) {
      int colon = userInfo.indexOf(':');
      user = decode(colon < 0 ? userInfo : userInfo.substring(0, colon));
      password = colon < 0 ? null : decode(userInfo.substring(colon + 1));
    }
    return new DatabaseUrl(jdbc.toString(), user, password);
  }

  /** Percent-decoding as in URIs: unlike form decoding, a '+' stays a '+'. */
  private static String decode(String s) {
    return URLDecoder.decode(s.replace("+", "%2B"), StandardCharsets.UTF_8);
  }

  /** The JDBC URL for PostgreSQL's driver, without the user and password of a {@code postgres://} URL. */
  public String jdbcUrl() {
    return jdbcUrl;
  }

  /** The user of a {@code postgres://} URL; null when it names none, and for a JDBC URL. */
  public String user() {
    return user;
  }

  /** The password of a {@code postgres://} URL; null when it has none, and for a JDBC URL. */
  public String password() {
    return password;
  }

  /**
   * The database's name, decoded ({@code shop}); null when the URL names none (PostgreSQL then uses the user's
   * name).
   */
  public String database() {
    int start;
    if (jdbcUrl.startsWith("jdbc:postgresql://")) {
      int slash = jdbcUrl.indexOf('/', "jdbc:postgresql://".length());
      int query = jdbcUrl.indexOf('?');
      if (slash < 0 || (query >= 0 && query < slash)) {
        return null;
      }
      start = slash + 1;
    } else {
      start = "jdbc:postgresql:".length(); // jdbc:postgresql:database
    }
    int end = jdbcUrl.indexOf('?', start);
    String name = jdbcUrl.substring(start, end < 0 ? jdbcUrl.length() : end);
    return name.isEmpty() ? null : decode(name);
  }

  /**
   * A URL as text with the password of its user information and any {@code password=} parameter replaced by
   * {@code ***}, for logs and messages; it need not parse. The user information is read up to the last {@code @}
   * before the query, so that even a password with an unescaped {@code /} or {@code @} is hidden.
   */
  public static String redact(String url) {
    String result = url;
    int scheme = result.indexOf("://");
    if (scheme >= 0) {
      int query = result.indexOf('?', scheme);
      int end = query < 0 ? result.length() : query;
      int at = result.lastIndexOf('@', end - 1);
      if (at > scheme) {
        int colon = result.indexOf(':', scheme + 3);
        if (colon >= 0 && colon < at) {
          result = result.substring(0, colon + 1) + "***" + result.substring(at);
        }
      }
    }
    return result.replaceAll("(?i)([?&;]password=)[^&]*", "$1***");
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof DatabaseUrl url && jdbcUrl.equals(url.jdbcUrl) && Objects.equals(user, url.user)
        && Objects.equals(password, url.password);
  }

  @Override
  public int hashCode() {
    return Objects.hash(jdbcUrl, user, password);
  }

  /** The JDBC URL without any password, and the user: {@code jdbc:postgresql://host:5432/shop as app}. */
  @Override
  public String toString() {
    return redact(jdbcUrl) + (user == null ? "" : " as " + user);
  }
}
