package dev.sequor.internal;

import dev.sequor.Order;
import org.jooq.SortField;

/** An order key: one of the {@link Operator#ASC} … {@link Operator#DESC_NULLS_LAST} operators over an expression. */
final class OrderNode<M> extends Call implements Order<M> {

  OrderNode(Operator operator, Object expression) {
    super(operator, expression);
  }

  @Override
  OrderNode<M> with(Object[] operands) {
    return new OrderNode<>(operator(), operands[0]);
  }

  private boolean descending() {
    return operator().ordinal() >= Operator.DESC.ordinal();
  }

  @Override
  public Order<M> nullsFirst() {
    return new OrderNode<>(Operator.order(descending(), 1), operand(0));
  }

  @Override
  public Order<M> nullsLast() {
    return new OrderNode<>(Operator.order(descending(), 2), operand(0));
  }

  @Override
  public SortField<?> sortField() {
    return (SortField<?>) toJooq(Binds.INLINE);
  }

  @Override
  public String toString() {
    return sortField().toString();
  }
}
