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
      throw new IllegalArgumentException("Unsupported database URL '" + redact(trimmed)
          + "': expected jdbc:postgresql://host:port/database or postgres://user:password@host:port/database");
    }
    URI uri;
    try {
      uri = new URI(trimmed);
    } catch (URISyntaxException e) {
      throw new IllegalArgumentException("Malformed database URL '" + redact(trimmed) + "': " + e.getReason());
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

  private static String decode(String s) {
    return URLDecoder.decode(s, StandardCharsets.UTF_8);
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
