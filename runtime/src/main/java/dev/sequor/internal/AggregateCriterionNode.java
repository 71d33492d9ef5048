package dev.sequor.internal;

import dev.sequor.AggregateCriterion;
import dev.sequor.Criterion;
import java.util.Objects;

/**
 * A criterion over groups: an operator over an aggregate, or a junction holding at least one such criterion. It is a
 * node of the same operators as {@link CriterionNode}, of its own class so that the public types keep it out of
 * {@code WHERE}.
 */
final class AggregateCriterionNode<M> extends ConditionNode implements AggregateCriterion<M> {

  AggregateCriterionNode(Operator operator, Object... operands) {
    super(operator, operands);
  }

  @Override
  AggregateCriterionNode<M> with(Object[] operands) {
    return new AggregateCriterionNode<>(operator(), operands);
  }

  @Override
  public <N extends M> AggregateCriterion<N> and(AggregateCriterion<N> other) {
    return SqlTree.havingJunction(Operator.AND, this, Objects.requireNonNull(other, "other"));
  }

  @Override
  public <N extends M> AggregateCriterion<N> and(Criterion<N> other) {
    return SqlTree.havingJunction(Operator.AND, this, Objects.requireNonNull(other, "other"));
  }

  @Override
  public <N extends M> AggregateCriterion<N> or(AggregateCriterion<N> other) {
    return SqlTree.havingJunction(Operator.OR, this, Objects.requireNonNull(other, "other"));
  }

  @Override
  public <N extends M> AggregateCriterion<N> or(Criterion<N> other) {
    return SqlTree.havingJunction(Operator.OR, this, Objects.requireNonNull(other, "other"));
  }

  @Override
  public AggregateCriterion<M> not() {
    return new AggregateCriterionNode<>(Operator.NOT, this);
  }
}
