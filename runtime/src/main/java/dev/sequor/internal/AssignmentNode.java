package dev.sequor.internal;

import dev.sequor.Assignment;
import dev.sequor.Attribute;
import java.util.List;
import org.jooq.Field;
import org.jooq.QueryPart;

/**
 * {@code column = value}: the attribute (shape by identity) and its new value, a bind {@link Value} or an expression
 * the database computes ({@code "stock" + ?}). Its jOOQ form is the value side; the column is {@link #attribute()}.
 */
final class AssignmentNode<M> extends Node implements Assignment<M> {

  private final Attribute<M, ?> attribute;
  private final Node value;

  AssignmentNode(Attribute<M, ?> attribute, Node value) {
    super(31 * System.identityHashCode(attribute) + value.shape());
    this.attribute = attribute;
    this.value = value;
  }

  @Override
  public Attribute<M, ?> attribute() {
    return attribute;
  }

  @Override
  public Object value() {
    return value instanceof Value<?> v ? v.value() : null;
  }

  @Override
  public boolean isComputed() {
    return !(value instanceof Value<?>);
  }

  @Override
  public Field<?> expression() {
    return isComputed() ? (Field<?>) value.toJooq(Binds.INLINE) : null;
  }

  @Override
  boolean sameShape(Node other) {
    AssignmentNode<?> assignment = (AssignmentNode<?>) other;
    return attribute == assignment.attribute && same(value, assignment.value);
  }

  @Override
  void collect(List<Value<?>> values) {
    value.collect(values);
  }

  @Override
  QueryPart toJooq(Binds binds) {
    return value.toJooq(binds);
  }

  @Override
  AssignmentNode<M> withoutValues() {
    return new AssignmentNode<>(attribute, value.withoutValues());
  }

  @Override
  public String toString() {
    return attribute.name() + " = " + (isComputed() ? expression() : value);
  }
}
