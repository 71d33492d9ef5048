package dev.sequor.internal;

import dev.sequor.ComparableExpression;
import dev.sequor.Criterion;
import dev.sequor.Expression;
import dev.sequor.NumberExpression;
import dev.sequor.Order;
import dev.sequor.StringExpression;
import java.util.Collection;

/**
 * A computed row-level expression: an operator whose first operand is the result's column type. The subclasses
 * add the public interface of the result's kind of value.
 */
class ExpressionNode<M, T> extends ValueNode<T> implements Expression<M, T> {

  ExpressionNode(String label, Operator operator, Object... operands) {
    super(label, operator, operands);
  }

  @Override
  ExpressionNode<M, T> with(Object[] operands) {
    return new ExpressionNode<>(givenLabel(), operator(), operands);
  }

  static class Comparable<M, T extends java.lang.Comparable<? super T>> extends ExpressionNode<M, T>
      implements ComparableExpression<M, T> {
    Comparable(Operator operator, Object... operands) {
      super(null, operator, operands);
    }

    @Override
    Comparable<M, T> with(Object[] operands) {
      return new Comparable<>(operator(), operands);
    }
  }

  static final class Number<M, T extends java.lang.Number & java.lang.Comparable<? super T>>
      extends Comparable<M, T> implements NumberExpression<M, T> {
    Number(Operator operator, Object... operands) {
      super(operator, operands);
    }

    @Override
    Number<M, T> with(Object[] operands) {
      return new Number<>(operator(), operands);
    }
  }

  static final class Text<M> extends Comparable<M, String> implements StringExpression<M> {
    Text(Operator operator, Object... operands) {
      super(operator, operands);
    }

    @Override
    Text<M> with(Object[] operands) {
      return new Text<>(operator(), operands);
    }
  }

  /**
   * An expression under an alias. Only a select list declares the alias ({@code sum("stock") AS "total"}):
   * PostgreSQL rejects an output alias in {@code WHERE} and {@code HAVING}, so the criteria and order keys made
   * from it use the expression itself.
   */
  static final class Aliased<M, T> extends ExpressionNode<M, T> {
    private final Expression<M, T> expression;

    Aliased(Expression<M, T> expression, String alias) {
      super(alias, Operator.ALIAS, expression.type(), expression, alias);
      this.expression = expression;
    }

    @Override
    @SuppressWarnings("unchecked")
    Aliased<M, T> with(Object[] operands) {
      return new Aliased<>((Expression<M, T>) operands[1], (String) operands[2]);
    }

    Expression<M, T> expression() {
      return expression;
    }

    @Override
    public Criterion<M> eq(T value) {
      return expression.eq(value);
    }

    @Override
    public Criterion<M> ne(T value) {
      return expression.ne(value);
    }

    @Override
    public Criterion<M> in(Collection<? extends T> values) {
      return expression.in(values);
    }

    @Override
    public Criterion<M> notIn(Collection<? extends T> values) {
      return expression.notIn(values);
    }

    @Override
    public Criterion<M> isNull() {
      return expression.isNull();
    }

    @Override
    public Criterion<M> isNotNull() {
      return expression.isNotNull();
    }

    @Override
    public Order<M> asc() {
      return expression.asc();
    }

    @Override
    public Order<M> desc() {
      return expression.desc();
    }
  }
}
