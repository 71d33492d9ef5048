package test.shop;

import dev.sequor.Association;
import dev.sequor.ComparableExpression;
import dev.sequor.GeneratedModels;
import dev.sequor.ModelType;
import dev.sequor.NumberAttribute;
import dev.sequor.Sequor;
import dev.sequor.StringAttribute;
import java.lang.invoke.MethodHandles;
import java.time.Instant;
import java.util.List;
import javax.annotation.processing.Generated;

/**
 * Sequor metadata for {@link Purchase}: table {@code purchases}.
 *
 * <p>Use the attribute constants in criteria ({@code ID.eq(...)}) and in jOOQ's DSL ({@code ID.field()}, with
 * {@code MODEL.table()}), and {@link #MODEL} with {@link Sequor#repository} for finders and writes;
 * {@link #builder()} for the instances to write.
 */
@Generated(
    value = "dev.sequor.processor.ModelProcessor",
    comments = "from test.shop.Purchase"
)
@GeneratedModels.CompanionOf(Purchase.class)
public final class PurchaseModel {
  private static final GeneratedModels.Model<Purchase> M = GeneratedModels.model(
      MethodHandles.lookup(), Purchase.class, "Purchase", "purchases",
      "id:id:LONG:pk,ai,nn;customerId:customer_id:LONG:;status:status:STRING:");

  /**
   * {@link Purchase#id()}: column {@code id}, {@code BIGSERIAL}, primary key.
   */
  public static final NumberAttribute<Purchase, Long> ID = M.<Long>number(0);

  /**
   * {@link Purchase#customerId()}: column {@code customer_id}, {@code BIGINT}.
   */
  public static final NumberAttribute<Purchase, Long> CUSTOMER_ID = M.<Long>number(1);

  /**
   * {@link Purchase#status()}: column {@code status}, {@code VARCHAR(255)}.
   */
  public static final StringAttribute<Purchase> STATUS = M.string(2);

  /**
   * Column {@code created_at}, {@code TIMESTAMP WITH TIME ZONE NOT NULL}: when the row was created, set by Sequor; not declared by {@link Purchase}, so its
   * instances do not hold it.
   */
  public static final ComparableExpression<Purchase, Instant> CREATED_AT = M.createdAt("created_at");

  /**
   * Column {@code updated_at}, {@code TIMESTAMP WITH TIME ZONE NOT NULL}: when the row was last updated, set by Sequor; not declared by {@link Purchase}, so its
   * instances do not hold it.
   */
  public static final ComparableExpression<Purchase, Instant> UPDATED_AT = M.updatedAt("updated_at");

  /**
   * {@link Purchase#customer()}: {@code @BelongsTo} {@link Customer}, paired by this model's foreign key {@code customerId};
   * pass it to {@code Query.include} to load it.
   */
  public static final Association<Purchase, Customer> CUSTOMER = M.<Customer>association(0, CustomerModel.class, "customer:BELONGS_TO:customerId");

  /**
   * {@link Purchase#lines()}: {@code @HasMany} {@link Line}, paired by {@link Line}'s foreign key {@code purchaseId};
   * pass it to {@code Query.include} to load it.
   */
  public static final Association<Purchase, Line> LINES = M.<Line>association(1, LineModel.class, "lines:HAS_MANY:purchaseId");

  /**
   * {@link Purchase#coupons()}: {@code @BelongsToMany} {@link Coupon}, paired through join table {@code purchase_coupons};
   * pass it to {@code Query.include} to load it.
   */
  public static final Association<Purchase, Coupon> COUPONS = M.<Coupon>belongsToMany(2, CouponModel.class, "coupons:purchase_coupons:purchase_id:coupon_code:created_at:updated_at");

  /**
   * The model {@code Purchase}: pass it to {@link Sequor#repository} for its finders and writes.
   */
  public static final ModelType<Purchase, Long> MODEL = M.<Long>build();

  private PurchaseModel() {
  }

  /**
   * A builder of a new {@link Purchase}, every attribute unset ({@code null}, or a primitive's zero):
   * set what the row needs and leave out what is filled in when it is stored (the id, timestamps, defaults).
   */
  public static Builder builder() {
    return new Builder(new Object[6]);
  }

  /**
   * A builder holding the attribute and association values of {@code from}: set what changes, then build a
   * copy; {@code from} itself is not changed.
   */
  public static Builder builder(Purchase from) {
    return new Builder(M.values(from));
  }

  /**
   * Builds an instance from attribute values in declaration order; {@code MODEL} finds it by name, and
   * {@link Builder#build()} calls it.
   */
  @SuppressWarnings("unchecked")
  private static Purchase create(Object[] values) {
    return new Purchase(
        (Long) values[0],
        (Long) values[1],
        (Customer) values[3],
        (String) values[2],
        (List<Line>) values[4],
        (List<Coupon>) values[5]);
  }

  /**
   * Builds {@link Purchase} instances by attribute name, for {@code create}, {@code bulkCreate},
   * {@code findOrCreate} defaults and seeders. Each setter returns the builder; {@link #build()} may be called again.
   */
  public static final class Builder {
    private final Object[] values;

    private Builder(Object[] values) {
      this.values = values;
    }

    /**
     * Sets {@link Purchase#id()}: column {@code id}, {@code BIGSERIAL}, primary key.
     */
    public Builder id(Long value) {
      values[0] = value;
      return this;
    }

    /**
     * Sets {@link Purchase#customerId()}: column {@code customer_id}, {@code BIGINT}.
     */
    public Builder customerId(Long value) {
      values[1] = value;
      return this;
    }

    /**
     * Sets {@link Purchase#status()}: column {@code status}, {@code VARCHAR(255)}.
     */
    public Builder status(String value) {
      values[2] = value;
      return this;
    }

    /**
     * Sets {@link Purchase#customer()}: {@code @BelongsTo} {@link Customer}, stored by {@code create(instance, CUSTOMER)}.
     */
    public Builder customer(Customer value) {
      values[3] = value;
      return this;
    }

    /**
     * Sets {@link Purchase#lines()}: {@code @HasMany} {@link Line}, stored by {@code create(instance, LINES)}.
     */
    public Builder lines(List<Line> value) {
      values[4] = value;
      return this;
    }

    /**
     * Sets {@link Purchase#coupons()}: {@code @BelongsToMany} {@link Coupon}, stored by {@code create(instance, COUPONS)}.
     */
    public Builder coupons(List<Coupon> value) {
      values[5] = value;
      return this;
    }

    /**
     * A new {@link Purchase} holding the values set; the builder is not reset.
     */
    public Purchase build() {
      return PurchaseModel.create(values);
    }
  }
}
