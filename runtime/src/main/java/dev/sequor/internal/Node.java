package dev.sequor.internal;

import dev.sequor.Attribute;
import dev.sequor.ColumnType;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.jooq.QueryPart;

/**
 * A piece of a statement in Sequor's own immutable tree: a criterion, an expression, an order key, an assignment, a
 * bind value or a whole statement. Three things make it a statement shape that jOOQ renders once and Sequor binds
 * many times:
 * <ul>
 *   <li>its shape: everything but the bind values ({@link #shape()}, {@link #sameShape}), the key of the SQL cache;
 *   <li>its values in a fixed order ({@link #collect}), bound through their {@link dev.sequor.ColumnType}s;
 *   <li>its jOOQ form ({@link #toJooq}), built with a placeholder for each value in that same order.
 * </ul>
 * The operands of a node are nodes, {@link Attribute}s (columns) or constants that are part of the shape (an
 * alias, an operator's SQL template); an attribute is its own shape, compared by identity.
 */
abstract class Node {

  private final int shape;

  Node(int shape) {
    this.shape = shape;
  }

  /** The hash of this node's shape; equal shapes have equal hashes. */
  final int shape() {
    return shape;
  }

  /** Whether {@code other}, of this node's class, has this node's shape. */
  abstract boolean sameShape(Node other);

  /** Appends this node's values, depth first, left to right: the order {@link #toJooq} asks for them. */
  abstract void collect(List<Value<?>> values);

  /** This node as jOOQ, each value replaced by what {@code binds} makes of it, in {@link #collect} order. */
  abstract QueryPart toJooq(Binds binds);

  /**
   * This node's shape alone: a copy with each bind value's value left out (its column type kept), so that the SQL
   * cache's keys hold no user data.
   */
  abstract Node withoutValues();

  // ---- operands: nodes, attributes and constants ---------------------------------------------------------

  static int hash(Object operand) {
    if (operand instanceof Node node) {
      return node.shape;
    }
    if (operand instanceof Attribute<?, ?> || operand instanceof ColumnType<?>) {
      return System.identityHashCode(operand); // constants, compared by identity
    }
    return Objects.hashCode(operand);
  }

  static int hash(List<?> operands) {
    int h = operands.size();
    for (Object operand : operands) {
      h = 31 * h + hash(operand);
    }
    return h;
  }

  static boolean same(Object a, Object b) {
    if (a == b) {
      return true;
    }
    if (a instanceof Node x && b instanceof Node y) {
      return x.getClass() == y.getClass() && x.shape == y.shape && x.sameShape(y);
    }
    if (a instanceof Attribute<?, ?> || b instanceof Attribute<?, ?> || a instanceof ColumnType<?>
        || b instanceof ColumnType<?>) {
      return false;
    }
    return Objects.equals(a, b);
  }

  static boolean same(List<?> a, List<?> b) {
    if (a == b) {
      return true;
    }
    if (a.size() != b.size()) {
      return false;
    }
    for (int i = 0; i < a.size(); i++) {
      if (!same(a.get(i), b.get(i))) {
        return false;
      }
    }
    return true;
  }

  static Object withoutValues(Object operand) {
    return operand instanceof Node node ? node.withoutValues() : operand;
  }

  static List<?> withoutValues(List<?> operands) {
    List<Object> shapes = new ArrayList<>(operands.size());
    for (Object operand : operands) {
      shapes.add(withoutValues(operand));
    }
    return shapes;
  }

  static void collect(Object operand, List<Value<?>> values) {
    if (operand instanceof Node node) {
      node.collect(values);
    }
  }

  static void collect(List<?> operands, List<Value<?>> values) {
    for (Object operand : operands) {
      collect(operand, values);
    }
  }

  /** The jOOQ form of an attribute or a node; {@code null} for none. */
  static QueryPart toJooq(Object operand, Binds binds) {
    if (operand == null) {
      return null;
    }
    if (operand instanceof Attribute<?, ?> attribute) {
      return binds.column(attribute);
    }
    if (operand instanceof Node node) {
      return node.toJooq(binds);
    }
    throw new IllegalArgumentException("not a Sequor expression or criterion: " + operand
        + " (made by a class of its own; use the generated attribute constants, Fn and Op, or Criterion.of)");
  }
}
