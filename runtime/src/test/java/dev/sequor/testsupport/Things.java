package dev.sequor.testsupport;

import dev.sequor.BooleanAttribute;
import dev.sequor.ComparableAttribute;
import dev.sequor.ComparableExpression;
import dev.sequor.GeneratedModels;
import dev.sequor.ModelType;
import dev.sequor.NumberAttribute;
import dev.sequor.StringAttribute;
import java.lang.invoke.MethodHandles;
import java.time.Instant;

/** A small model described by hand through {@link GeneratedModels}, as generated code does: for unit tests. */
public final class Things {

  /** The model. */
  public record Thing(Integer id, Integer price, String name, Boolean active, Size size, Instant seenAt) {}

  /** An enum column's values, whose placeholder casts to the PostgreSQL type. */
  public enum Size { S, M }

  private static final GeneratedModels.Model<Thing> M = GeneratedModels.model(MethodHandles.lookup(), Thing.class,
      "thing", "things", "id:id:INTEGER:pk,ai,nn;price:price:INTEGER:;name:name:STRING:uq;active:active:BOOLEAN:;"
      + "size:size:ENUM(enum_things_size):;seenAt:seen_at:INSTANT:");

  public static final NumberAttribute<Thing, Integer> ID = M.number(0);
  public static final NumberAttribute<Thing, Integer> PRICE = M.number(1);
  public static final StringAttribute<Thing> NAME = M.string(2);
  public static final BooleanAttribute<Thing> ACTIVE = M.bool(3);
  public static final ComparableAttribute<Thing, Size> SIZE = M.comparable(4);
  public static final ComparableAttribute<Thing, Instant> SEEN_AT = M.comparable(5);
  public static final ComparableExpression<Thing, Instant> UPDATED_AT = M.updatedAt("updated_at");

  public static final ModelType<Thing, Integer> MODEL = M.<Integer>build();

  private Things() {}

  private static Thing create(Object[] v) {
    return new Thing((Integer) v[0], (Integer) v[1], (String) v[2], (Boolean) v[3], (Size) v[4], (Instant) v[5]);
  }
}
