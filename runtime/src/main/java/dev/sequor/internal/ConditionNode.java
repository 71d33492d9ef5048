package dev.sequor.internal;

import org.jooq.Condition;

/** A node that renders as a condition: a row-level {@link CriterionNode} or an {@link AggregateCriterionNode}. */
abstract class ConditionNode extends Call {

  private volatile Condition condition;

  ConditionNode(Operator operator, Object... operands) {
    super(operator, operands);
  }

  /** The condition with its values inline as bind values, for use in jOOQ's DSL; built once. */
  public final Condition condition() {
    Condition c = condition;
    if (c == null) {
      c = (Condition) toJooq(Binds.INLINE);
      condition = c; // racing threads build equal conditions: no lock needed
    }
    return c;
  }

  @Override
  public final String toString() {
    return condition().toString();
  }
}
