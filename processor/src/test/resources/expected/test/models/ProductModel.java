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
 * {@code MODEL.table()}), and {@link #MODEL} with {@link Sequor#repository} for finders and writes;
 * {@link #builder()} for the instances to write.
 */
@Generated(
    value = "dev.sequor.processor.ModelProcessor",
    comments = "from test.models.Product"
)
@GeneratedModels.CompanionOf(Product.class)
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
   * A builder of a new {@link Product}, every attribute unset ({@code null}, or a primitive's zero):
   * set what the row needs and leave out what is filled in when it is stored (the id, timestamps, defaults).
   */
  public static Builder builder() {
    return new Builder(new Object[6]);
  }

  /**
   * A builder holding the attribute and association values of {@code from}: set what changes, then build a
   * copy; {@code from} itself is not changed.
   */
  public static Builder builder(Product from) {
    return new Builder(M.values(from));
  }

  /**
   * Builds an instance from attribute values in declaration order; {@code MODEL} finds it by name, and
   * {@link Builder#build()} calls it.
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

  /**
   * Builds {@link Product} instances by attribute name, for {@code create}, {@code bulkCreate},
   * {@code findOrCreate} defaults and seeders. Each setter returns the builder; {@link #build()} may be called again.
   */
  public static final class Builder {
    private final Object[] values;

    private Builder(Object[] values) {
      this.values = values;
    }

    /**
     * Sets {@link Product#id()}: column {@code id}, {@code BIGSERIAL}, primary key.
     */
    public Builder id(Long value) {
      values[0] = value;
      return this;
    }

    /**
     * Sets {@link Product#name()}: column {@code name}, {@code VARCHAR(120) NOT NULL UNIQUE}.
     */
    public Builder name(String value) {
      values[1] = value;
      return this;
    }

    /**
     * Sets {@link Product#price()}: column {@code price}, {@code DECIMAL(10,2)}.
     */
    public Builder price(BigDecimal value) {
      values[2] = value;
      return this;
    }

    /**
     * Sets {@link Product#stock()}: column {@code stock}, {@code INTEGER NOT NULL DEFAULT 0}.
     */
    public Builder stock(int value) {
      values[3] = value;
      return this;
    }

    /**
     * Sets {@link Product#createdAt()}: column {@code created_at}, {@code TIMESTAMP WITH TIME ZONE NOT NULL}.
     */
    public Builder createdAt(Instant value) {
      values[4] = value;
      return this;
    }

    /**
     * Sets {@link Product#updatedAt()}: column {@code updated_at}, {@code TIMESTAMP WITH TIME ZONE NOT NULL}.
     */
    public Builder updatedAt(Instant value) {
      values[5] = value;
      return this;
    }

    /**
     * A new {@link Product} holding the values set; the builder is not reset.
     */
    public Product build() {
      return ProductModel.create(values);
    }
  }
}
