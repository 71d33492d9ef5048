package dev.sequor.internal;

import dev.sequor.ComparableAggregate;

/**
 * An aggregate ({@code count}, {@code sum}, {@code avg}, {@code max}, {@code min}, and {@code coalesce} over one):
 * a typed value like an {@link ExpressionNode}, whose criteria are aggregate criteria, for {@code HAVING} only.
 */
class AggregateNode<M, T extends Comparable<? super T>> extends ValueNode<T> implements ComparableAggregate<M, T> {

  AggregateNode(String label, Operator operator, Object... operands) {
    super(label, operator, operands);
  }

  @Override
  AggregateNode<M, T> with(Object[] operands) {
    return new AggregateNode<>(givenLabel(), operator(), operands);
  }

  @Override
  public ComparableAggregate<M, T> as(String alias) {
    return SqlTree.alias(this, alias);
  }

  /**
   * An aggregate under an alias, declared in the select list only: the criteria and order keys made from it use the
   * aggregate itself ({@link SqlTree#unaliasedOperand}), as PostgreSQL rejects an output alias in {@code HAVING}.
   */
  static final class Aliased<M, T extends Comparable<? super T>> extends AggregateNode<M, T> {
    private final ComparableAggregate<M, T> aggregate;

    Aliased(ComparableAggregate<M, T> aggregate, String alias) {
      super(alias, Operator.ALIAS, aggregate.type(), aggregate, alias);
      this.aggregate = aggregate;
    }

    @Override
    @SuppressWarnings("unchecked")
    Aliased<M, T> with(Object[] operands) {
      return new Aliased<>((ComparableAggregate<M, T>) operands[1], (String) operands[2]);
    }

    ComparableAggregate<M, T> aggregate() {
      return aggregate;
    }
  }
}
