package dev.sequor.internal.history;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;

/**
 * The PostgreSQL session-level advisory lock that serialises the runs of one kind (migrations, seeders) on one
 * schema (Flyway's {@code PostgreSQLAdvisoryLockTemplate}). Its key is the first 8 bytes of SHA-256 over
 * {@code <purpose>:"schema"."table"}, for example {@code sequor-migrations:"public"."SequorMeta"}: runs of another
 * kind, or on another schema, never wait for each other.
 *
 * <p>A waiting runner polls {@code pg_try_advisory_lock} instead of blocking in {@code pg_advisory_lock}: a
 * backend blocked in a statement holds a snapshot, and {@code CREATE INDEX CONCURRENTLY} run by the lock holder
 * waits for every such snapshot, which PostgreSQL reports as a deadlock and resolves by failing the waiter.
 * Between polls the waiter holds no snapshot.
 */
final class AdvisoryLock {

  private static final long FIRST_PAUSE_MILLIS = 20;
  private static final long LONGEST_PAUSE_MILLIS = 250;

  private final Connection connection;
  private final long key;

  AdvisoryLock(Connection connection, long key) {
    this.connection = connection;
    this.key = key;
  }

  static long key(String purpose, String schema, String table) {
    try {
      byte[] hash = MessageDigest.getInstance("SHA-256")
          .digest((purpose + ":\"" + schema + "\".\"" + table + "\"").getBytes(StandardCharsets.UTF_8));
      return ByteBuffer.wrap(hash).getLong();
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every Java platform has SHA-256", e);
    }
  }

  long key() {
    return key;
  }

  /** Takes the lock, waiting as long as another session holds it; {@code waiting} runs once if it must wait. */
  void acquire(Runnable waiting) throws SQLException, InterruptedException {
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
  boolean release() throws SQLException {
    try (PreparedStatement statement = connection.prepareStatement("SELECT pg_advisory_unlock(?)")) {
      statement.setLong(1, key);
      try (ResultSet rs = statement.executeQuery()) {
        rs.next();
        return rs.getBoolean(1);
      }
    }
  }
}
