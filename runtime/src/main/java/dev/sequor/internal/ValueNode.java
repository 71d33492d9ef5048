package dev.sequor.internal;

import dev.sequor.ColumnType;
import org.jooq.Field;

/**
 * A node with a typed value: an operator whose first operand is the result's {@link ColumnType}. The row-level
 * {@link ExpressionNode}s and the {@link AggregateNode}s share this, and differ in the criteria they make.
 */
abstract class ValueNode<T> extends Call {

  private final String label;
  private volatile Field<T> field;

  ValueNode(String label, Operator operator, Object... operands) {
    super(operator, operands);
    this.label = label;
  }

  @SuppressWarnings("unchecked")
  public final ColumnType<T> type() {
    return (ColumnType<T>) operand(0);
  }

  @SuppressWarnings("unchecked")
  public final Field<T> field() {
    Field<T> f = field;
    if (f == null) {
      f = (Field<T>) toJooq(Binds.INLINE);
      field = f; // racing threads build equal fields: no lock needed
    }
    return f;
  }

  /** The label given at construction; {@code null} for none. */
  final String givenLabel() {
    return label;
  }

  /** The label given, else the SQL (rendered only when asked). */
  public final String label() {
    return label != null ? label : field().toString();
  }

  @Override
  public String toString() {
    return label();
  }
}
