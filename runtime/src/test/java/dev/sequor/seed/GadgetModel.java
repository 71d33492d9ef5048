package dev.sequor.seed;

import dev.sequor.Attribute;
import dev.sequor.GeneratedModels;
import dev.sequor.ComparableAttribute;
import dev.sequor.ComparableExpression;
import dev.sequor.ModelType;
import dev.sequor.StringAttribute;
import java.math.BigDecimal;
import java.lang.invoke.MethodHandles;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/** A hand-written model description, as the processor generates it (including the instance factory). */
public final class GadgetModel {

  /** The model. */
  public record Gadget(Long id, String code, String name, Integer stock, BigDecimal price, Double rating,
      Boolean active, LocalDate releasedOn, Instant launchedAt, UUID ref, Kind kind, byte[] data) {}

  /** An enum attribute's type. */
  public enum Kind { TOOL, TOY }

  static final String DDL = """
      CREATE TYPE "enum_gadgets_kind" AS ENUM ('TOOL', 'TOY');
      CREATE TABLE "gadgets" (
        "id" BIGSERIAL PRIMARY KEY,
        "code" VARCHAR(40) NOT NULL UNIQUE,
        "name" VARCHAR(255),
        "stock" INTEGER NOT NULL DEFAULT 0,
        "price" DECIMAL(8,2) NOT NULL,
        "rating" DOUBLE PRECISION,
        "active" BOOLEAN,
        "released_on" DATE,
        "launched_at" TIMESTAMP WITH TIME ZONE,
        "ref" UUID,
        "kind" "enum_gadgets_kind",
        "data" BYTEA,
        "createdAt" TIMESTAMP WITH TIME ZONE NOT NULL,
        "updatedAt" TIMESTAMP WITH TIME ZONE NOT NULL)""";

  private static final GeneratedModels.Model<Gadget> M = GeneratedModels.model(MethodHandles.lookup(),
      Gadget.class, "Gadget", "gadgets", "id:id:LONG:pk,ai,nn;code:code:STRING:nn,uq;name:name:STRING:;"
      + "stock:stock:INTEGER:nn,df;price:price:BIG_DECIMAL:nn;rating:rating:DOUBLE:;active:active:BOOLEAN:;"
      + "releasedOn:released_on:LOCAL_DATE:;launchedAt:launched_at:INSTANT:;ref:ref:UUID:;"
      + "kind:kind:ENUM(enum_gadgets_kind):;data:data:BYTES:");

  public static final ComparableAttribute<Gadget, Long> ID = M.comparable(0);
  public static final StringAttribute<Gadget> CODE = M.string(1);
  public static final StringAttribute<Gadget> NAME = M.string(2);
  public static final ComparableAttribute<Gadget, Integer> STOCK = M.comparable(3);
  public static final ComparableAttribute<Gadget, BigDecimal> PRICE = M.comparable(4);
  public static final ComparableAttribute<Gadget, Double> RATING = M.comparable(5);
  public static final Attribute<Gadget, Boolean> ACTIVE = M.attribute(6);
  public static final ComparableAttribute<Gadget, LocalDate> RELEASED_ON = M.comparable(7);
  public static final ComparableAttribute<Gadget, Instant> LAUNCHED_AT = M.comparable(8);
  public static final ComparableAttribute<Gadget, UUID> REF = M.comparable(9);
  public static final ComparableAttribute<Gadget, Kind> KIND = M.comparable(10);
  public static final Attribute<Gadget, byte[]> DATA = M.attribute(11);
  public static final ComparableExpression<Gadget, Instant> CREATED_AT = M.createdAt("createdAt");
  public static final ComparableExpression<Gadget, Instant> UPDATED_AT = M.updatedAt("updatedAt");

  public static final ModelType<Gadget, Long> MODEL = M.<Long>build();

  private GadgetModel() {}

  /** The instance factory the processor generates: one value per attribute, in declaration order. */
  private static Gadget create(Object[] v) {
    return new Gadget((Long) v[0], (String) v[1], (String) v[2], (Integer) v[3], (BigDecimal) v[4], (Double) v[5],
        (Boolean) v[6], (LocalDate) v[7], (Instant) v[8], (UUID) v[9], (Kind) v[10], (byte[]) v[11]);
  }
}
