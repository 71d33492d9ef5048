package dev.sequor.internal;

import java.util.concurrent.ConcurrentHashMap;

/**
 * The SQL of each statement shape Sequor ran, rendered by jOOQ once: the key is the statement's tree with its values
 * left out ({@link Node#withoutValues}), compared by shape. Bounded: past {@link #LIMIT} shapes (a program that builds SQL text into
 * {@code Fn.literal} or {@code Criterion.of} per call, say), statements are rendered per call instead.
 */
final class StatementCache {

  static final int LIMIT = 10_000;

  /** A tree as a map key: equal when the shapes are. */
  private record Key(Node statement) {
    @Override
    public int hashCode() {
      return statement.shape();
    }

    @Override
    public boolean equals(Object other) {
      return other instanceof Key key && Node.same(statement, key.statement);
    }
  }

  private final ConcurrentHashMap<Key, Rendering.Shape> shapes = new ConcurrentHashMap<>();

  /** The SQL and bind order of {@code statement}'s shape, rendered on first sight. */
  Rendering.Shape shape(Node statement) {
    Key key = new Key(statement);
    Rendering.Shape shape = shapes.get(key);
    if (shape == null) {
      shape = Rendering.render(statement);
      if (shapes.size() < LIMIT) {
        shapes.putIfAbsent(new Key(statement.withoutValues()), shape); // the key keeps no user data
      }
    }
    return shape;
  }

  int size() {
    return shapes.size();
  }
}
