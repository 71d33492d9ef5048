package dev.sequor;

/**
 * Told about every statement Sequor executes, after it ran or failed (Sequelize's {@code logging} with
 * {@code benchmark: true}). Statements are also logged through SLF4J at DEBUG on logger {@code dev.sequor.sql}.
 */
@FunctionalInterface
public interface StatementListener {

  /** {@code sql} as sent, with {@code ?} placeholders; {@code nanos} from execute to completion. */
  void executed(String sql, long nanos);
}
