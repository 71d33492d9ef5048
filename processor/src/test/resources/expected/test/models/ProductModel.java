package test.models;

import dev.sequor.ComparableAttribute;
import dev.sequor.GeneratedModels;
import dev.sequor.ModelType;
import dev.sequor.NumberAttribute;
import dev.sequor.Sequor;
import dev.sequor.StringAttribute;
import java.lang.invoke.MethodHandles;
import java.math.BigDecimal;
import java.time.Instant;
import javax.annotation.processing.Generated;

/**
 * Sequor metadata for {@link Product}: table {@code products}.
 *
 * <p>Use the attribute constants in criteria ({@code ID.eq(...)}) and in jOOQ's DSL ({@code ID.field()}, with
 * {@code MODEL.table()}), and {@link #MODEL} with {@link Sequor#repository} for finders and writes.
 */
@Generated(
    value = "dev.sequor.processor.SequorProcessor",
    comments = "from test.models.Product"
)
public final class ProductModel {
  private static final GeneratedModels.Model<Product> M = GeneratedModels.model(
      MethodHandles.lookup(), Product.class, "product", "products",
      "id:id:LONG:pk,ai,nn;name:name:STRING:nn,uq;price:price:BIG_DECIMAL:;"
      + "stock:stock:INTEGER:nn,df;createdAt:created_at:INSTANT:nn,ca;"
      + "updatedAt:updated_at:INSTANT:nn,ua");

  /**
   * {@link Product#id()}: column {@code id}, {@code BIGSERIAL}, primary key.
   */
  public static final NumberAttribute<Product, Long> ID = M.<Long>number(0);

  /**
   * {@link Product#name()}: column {@code name}, {@code VARCHAR(120) NOT NULL UNIQUE}.
   */
  public static final StringAttribute<Product> NAME = M.string(1);

  /**
   * {@link Product#price()}: column {@code price}, {@code DECIMAL(10,2)}.
   */
  public static final NumberAttribute<Product, BigDecimal> PRICE = M.<BigDecimal>number(2);

  /**
   * {@link Product#stock()}: column {@code stock}, {@code INTEGER NOT NULL DEFAULT 0}.
   */
  public static final NumberAttribute<Product, Integer> STOCK = M.<Integer>number(3);

  /**
   * {@link Product#createdAt()}: column {@code created_at}, {@code TIMESTAMP WITH TIME ZONE NOT NULL}.
   */
  public static final ComparableAttribute<Product, Instant> CREATED_AT = M.<Instant>comparable(4);

  /**
   * {@link Product#updatedAt()}: column {@code updated_at}, {@code TIMESTAMP WITH TIME ZONE NOT NULL}.
   */
  public static final ComparableAttribute<Product, Instant> UPDATED_AT = M.<Instant>comparable(5);

  /**
   * The model {@code product}: pass it to {@link Sequor#repository} for its finders and writes.
   */
  public static final ModelType<Product, Long> MODEL = M.<Long>build();

  private ProductModel() {
  }

  /**
   * Builds an instance from attribute values in declaration order; {@code MODEL} finds it by name.
   */
  private static Product create(Object[] values) {
    return new Product(
        (Long) values[0],
        (String) values[1],
        (BigDecimal) values[2],
        values[3] == null ? 0 : (Integer) values[3],
        (Instant) values[4],
        (Instant) values[5]);
  }
}
