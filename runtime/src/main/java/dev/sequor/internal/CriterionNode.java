package dev.sequor.internal;

import dev.sequor.Attribute;
import dev.sequor.Criterion;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/** A criterion: an operator over expressions, values and other criteria. */
final class CriterionNode<M> extends ConditionNode implements Criterion<M> {

  CriterionNode(Operator operator, Object... operands) {
    super(operator, operands);
  }

  @Override
  CriterionNode<M> with(Object[] operands) {
    return new CriterionNode<>(operator(), operands);
  }

  @Override
  public Criterion<M> and(Criterion<M> other) {
    return SqlTree.and(this, Objects.requireNonNull(other, "other"));
  }

  @Override
  public Criterion<M> or(Criterion<M> other) {
    return SqlTree.or(this, Objects.requireNonNull(other, "other"));
  }

  @Override
  public Criterion<M> not() {
    return SqlTree.not(this);
  }

  @Override
  public Map<Attribute<M, ?>, Object> equalities() {
    Map<Attribute<M, ?>, Object> pinned = new LinkedHashMap<>();
    return pins(pinned) ? Collections.unmodifiableMap(pinned) : Map.of();
  }

  /** Adds the values this criterion pins; false when it is not a conjunction of equalities (or contradicts one). */
  @SuppressWarnings("unchecked")
  private boolean pins(Map<Attribute<M, ?>, Object> pinned) {
    switch (operator()) {
      case TRUE:
        return true;
      case AND:
        for (int i = 0; i < operandCount(); i++) {
          if (!((CriterionNode<M>) operand(i)).pins(pinned)) {
            return false;
          }
        }
        return true;
      case EQ:
        if (operand(0) instanceof Attribute<?, ?> attribute && operand(1) instanceof Value<?> value) {
          Object earlier = pinned.putIfAbsent((Attribute<M, ?>) attribute, value.value());
          return earlier == null || earlier.equals(value.value()); // a = 1 AND a = 2: no row, no values
        }
        return false;
      default:
        return false;
    }
  }
}
