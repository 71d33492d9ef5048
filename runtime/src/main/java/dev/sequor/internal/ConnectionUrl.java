package dev.sequor.internal;

import java.net.URI;
import java.net.URISyntaxException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;

/**
 * A database URL in either form users bring: JDBC ({@code jdbc:postgresql://host:port/db?user=..}) or the
 * {@code postgres://user:password@host:port/db} form of Heroku, Sequelize and libpq. Never prints the password.
 */
public record ConnectionUrl(String jdbcUrl, String user, String password) {

  public static ConnectionUrl parse(String url) {
    if (url == null || url.isBlank()) {
      throw new IllegalArgumentException("database URL is empty");
    }
    String trimmed = url.trim();
    if (trimmed.startsWith("jdbc:postgresql:")) {
      return new ConnectionUrl(trimmed, null, null);
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
    return new ConnectionUrl(jdbc.toString(), user, password);
  }

  private static final String ESCAPING =
      "special characters in the user or password must be URL-escaped (/ as %2F, @ as %40, : as %3A, % as %25)";

  /** Percent-decoding as in URIs: unlike form decoding, a '+' stays a '+'. */
  private static String decode(String s) {
    return URLDecoder.decode(s.replace("+", "%2B"), StandardCharsets.UTF_8);
  }

  /** The URL with any password replaced by {@code ***}. */
  public static String redact(String url) {
    return url.replaceAll("(://[^:/@]*:)[^@/]*@", "$1***@").replaceAll("(?i)(password=)[^&]*", "$1***");
  }

  @Override
  public String toString() {
    return redact(jdbcUrl) + (user == null ? "" : " as " + user);
  }
}
