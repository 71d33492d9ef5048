package dev.sequor;

/**
 * Told about every statement Sequor executes, after it ran or failed (Sequelize's {@code logging} with
 * {@code benchmark: true}). Statements are also logged through SLF4J at DEBUG on logger {@code dev.sequor.sql}.
 */
@FunctionalInterface
public interface StatementListener {

  /** {@code sql} as sent, with {@code ?} placeholders; {@code nanos} from execute to completion. */
  void executed(String sql, long nanos);

  /**
   * {@code sql} was sent and PostgreSQL refused it with {@code sqlState} after {@code nanos}. By default told
   * as {@link #executed}, so that a listener timing statements sees every one.
   */
  default void failed(String sql, long nanos, String sqlState) {
    executed(sql, nanos);
  }
}
