package dev.sequor.internal;

import dev.sequor.Attribute;
import org.jooq.Field;
import org.jooq.impl.DSL;

/** What a {@link Value} and an attribute's column become in a tree's jOOQ form. */
interface Binds {

  <T> Field<T> bind(Value<T> value);

  /**
   * The column of {@code attribute}: its own field, except inside a subquery that names its table under an alias
   * ({@link AssociatedRow}).
   */
  default Field<?> column(Attribute<?, ?> attribute) {
    return attribute.field();
  }

  /**
   * Each value inline as a jOOQ bind value: for the jOOQ fields and conditions handed to users
   * ({@link dev.sequor.Expression#field()}, {@link dev.sequor.Criterion#condition()}), which jOOQ binds itself.
   */
  Binds INLINE = new Binds() {
    @Override
    public <T> Field<T> bind(Value<T> value) {
      return DSL.val(value.value(), value.type().dataType());
    }
  };

  /**
   * A named placeholder per value, {@code v0}, {@code v1}, … in the order asked: jOOQ renders each as a bind
   * parameter ({@code ?}, with the cast its data type needs), and the names tell in which order it binds them.
   */
  final class Placeholders implements Binds {
    static final String PREFIX = "v";
    private int next;

    @Override
    public <T> Field<T> bind(Value<T> value) {
      return DSL.param(PREFIX + next++, value.type().dataType());
    }

    int count() {
      return next;
    }
  }
}
