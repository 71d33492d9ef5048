package dev.sequor.internal.sql;

/**
 * A piece of a statement Sequor renders itself (an attribute, a criterion, an order key, an aggregate): the
 * fast path that skips jOOQ's per-call rendering. Pieces without one (a criterion made from a jOOQ condition)
 * send their whole statement through jOOQ instead.
 */
@FunctionalInterface
public interface SqlRenderable {
  void render(SqlBuilder out);
}
