package dev.sequor.internal;

import java.util.List;
import org.jooq.QueryPart;

/**
 * An operator applied to operands: {@code price > ?}, {@code sum(stock)}, {@code a AND b}, {@code price DESC}. The
 * operator says what SQL it means, once ({@link Operator}); the operands are nodes, attributes or constants.
 */
class Call extends Node {

  private final Operator operator;
  private final Object[] operands;

  Call(Operator operator, Object... operands) {
    super(shapeOf(operator, operands));
    this.operator = operator;
    this.operands = operands;
  }

  private static int shapeOf(Operator operator, Object[] operands) {
    int h = operator.hashCode();
    for (Object operand : operands) {
      h = 31 * h + hash(operand);
    }
    return h;
  }

  final Operator operator() {
    return operator;
  }

  final Object operand(int index) {
    return operands[index];
  }

  final int operandCount() {
    return operands.length;
  }

  @Override
  final boolean sameShape(Node other) {
    Call call = (Call) other;
    if (operator != call.operator || operands.length != call.operands.length) {
      return false;
    }
    for (int i = 0; i < operands.length; i++) {
      if (!same(operands[i], call.operands[i])) {
        return false;
      }
    }
    return true;
  }

  @Override
  final void collect(List<Value<?>> values) {
    for (Object operand : operands) {
      collect(operand, values);
    }
  }

  @Override
  final Node withoutValues() {
    Object[] shapes = new Object[operands.length];
    for (int i = 0; i < operands.length; i++) {
      shapes[i] = withoutValues(operands[i]);
    }
    return with(shapes);
  }

  /** A node of this one's class and operator over {@code operands}: each subclass makes its own. */
  Call with(Object[] operands) {
    return new Call(operator, operands);
  }

  /** Converts the operands left to right (the order of {@link #collect}), then applies the operator. */
  @Override
  final QueryPart toJooq(Binds binds) {
    QueryPart[] parts = new QueryPart[operands.length];
    for (int i = 0; i < operands.length; i++) {
      if (operands[i] instanceof Node || operands[i] instanceof dev.sequor.Attribute<?, ?>) {
        parts[i] = toJooq(operands[i], binds);
      }
    }
    return operator.build(parts, operands);
  }
}
