package dev.sequor.internal.migration;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;

/**
 * The PostgreSQL session-level advisory lock that serialises migration runs on one schema (Flyway's
 * {@code PostgreSQLAdvisoryLockTemplate}). Its key is derived from a fixed string and the schema-qualified history
 * table, so runs on different schemas never wait for each other.
 *
 * <p>A waiting runner polls {@code pg_try_advisory_lock} instead of blocking in {@code pg_advisory_lock}: a
 * backend blocked in a statement holds a snapshot, and {@code CREATE INDEX CONCURRENTLY} run by the lock holder
 * waits for every such snapshot, which PostgreSQL reports as a deadlock and resolves by failing the waiter.
 * Between polls the waiter holds no snapshot.
 *
 * <p>Public for the seeder runner, which takes a lock of its own ({@link #forTable}); not an API.
 */
public final class AdvisoryLock {

  private static final long FIRST_PAUSE_MILLIS = 20;
  private static final long LONGEST_PAUSE_MILLIS = 250;

  private final Connection connection;
  private final long key;

  AdvisoryLock(Connection connection, String schema) {
    this(connection, key(schema));
  }

  private AdvisoryLock(Connection connection, long key) {
    this.connection = connection;
    this.key = key;
  }

  /**
   * The lock of another kind of run on one schema: its key is the first 8 bytes of SHA-256 over
   * {@code <purpose>:"schema"."table"}, for example {@code sequor-seeders:"public"."SequorData"}.
   */
  public static AdvisoryLock forTable(Connection connection, String purpose, String schema, String table) {
    return new AdvisoryLock(connection, key(purpose, schema, table));
  }

  /** The first 8 bytes of SHA-256 over {@code sequor-migrations:"schema"."SequorMeta"}. */
  static long key(String schema) {
    return key("sequor-migrations", schema, SchemaHistory.TABLE);
  }

  private static long key(String purpose, String schema, String table) {
    try {
      byte[] hash = MessageDigest.getInstance("SHA-256")
          .digest((purpose + ":\"" + schema + "\".\"" + table + "\"").getBytes(StandardCharsets.UTF_8));
      return ByteBuffer.wrap(hash).getLong();
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every Java platform has SHA-256", e);
    }
  }

  public long key() {
    return key;
  }

  /** Takes the lock, waiting as long as another session holds it; {@code waiting} runs once if it must wait. */
  public void acquire(Runnable waiting) throws SQLException, InterruptedException {
    long pause = FIRST_PAUSE_MILLIS;
    boolean announced = false;
    while (!tryAcquire()) {
      if (!announced) {
        waiting.run();
        announced = true;
      }
      Thread.sleep(pause);
      pause = Math.min(pause * 2, LONGEST_PAUSE_MILLIS);
    }
  }

  private boolean tryAcquire() throws SQLException {
    try (PreparedStatement statement = connection.prepareStatement("SELECT pg_try_advisory_lock(?)")) {
      statement.setLong(1, key);
      try (ResultSet rs = statement.executeQuery()) {
        rs.next();
        return rs.getBoolean(1);
      }
    }
  }

  /** Releases the lock; false when this session did not hold it. */
  public boolean release() throws SQLException {
    try (PreparedStatement statement = connection.prepareStatement("SELECT pg_advisory_unlock(?)")) {
      statement.setLong(1, key);
      try (ResultSet rs = statement.executeQuery()) {
        rs.next();
        return rs.getBoolean(1);
      }
    }
  }
}
