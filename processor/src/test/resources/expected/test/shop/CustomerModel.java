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
 * Sequor metadata for {@link Customer}: table {@code customers}.
 *
 * <p>Use the attribute constants in criteria ({@code ID.eq(...)}) and in jOOQ's DSL ({@code ID.field()}, with
 * {@code MODEL.table()}), and {@link #MODEL} with {@link Sequor#repository} for finders and writes;
 * {@link #builder()} for the instances to write.
 */
@Generated(
    value = "dev.sequor.processor.ModelProcessor",
    comments = "from test.shop.Customer"
)
@GeneratedModels.CompanionOf(Customer.class)
public final class CustomerModel {
  private static final GeneratedModels.Model<Customer> M = GeneratedModels.model(
      MethodHandles.lookup(), Customer.class, "Customer", "customers",
      "id:id:LONG:pk,ai,nn;name:name:STRING:");

  /**
   * {@link Customer#id()}: column {@code id}, {@code BIGSERIAL}, primary key.
   */
  public static final NumberAttribute<Customer, Long> ID = M.<Long>number(0);

  /**
   * {@link Customer#name()}: column {@code name}, {@code VARCHAR(255)}.
   */
  public static final StringAttribute<Customer> NAME = M.string(1);

  /**
   * Column {@code created_at}, {@code TIMESTAMP WITH TIME ZONE NOT NULL}: when the row was created, set by Sequor; not declared by {@link Customer}, so its
   * instances do not hold it.
   */
  public static final ComparableExpression<Customer, Instant> CREATED_AT = M.createdAt("created_at");

  /**
   * Column {@code updated_at}, {@code TIMESTAMP WITH TIME ZONE NOT NULL}: when the row was last updated, set by Sequor; not declared by {@link Customer}, so its
   * instances do not hold it.
   */
  public static final ComparableExpression<Customer, Instant> UPDATED_AT = M.updatedAt("updated_at");

  /**
   * {@link Customer#purchases()}: {@code @HasMany} {@link Purchase}, paired by {@link Purchase}'s foreign key {@code customerId};
   * pass it to {@code Query.include} to load it.
   */
  public static final Association<Customer, Purchase> PURCHASES = M.<Purchase>association(0, PurchaseModel.class, "purchases:HAS_MANY:customerId");

  /**
   * {@link Customer#card()}: {@code @HasOne} {@link Card}, paired by {@link Card}'s foreign key {@code customerId};
   * pass it to {@code Query.include} to load it.
   */
  public static final Association<Customer, Card> CARD = M.<Card>association(1, CardModel.class, "card:HAS_ONE:customerId");

  /**
   * The model {@code Customer}: pass it to {@link Sequor#repository} for its finders and writes.
   */
  public static final ModelType<Customer, Long> MODEL = M.<Long>build();

  private CustomerModel() {
  }

  /**
   * A builder of a new {@link Customer}, every attribute unset ({@code null}, or a primitive's zero):
   * set what the row needs and leave out what is filled in when it is stored (the id, timestamps, defaults).
   */
  public static Builder builder() {
    return new Builder(new Object[4]);
  }

  /**
   * A builder holding the attribute and association values of {@code from}: set what changes, then build a
   * copy; {@code from} itself is not changed.
   */
  public static Builder builder(Customer from) {
    return new Builder(M.values(from));
  }

  /**
   * Builds an instance from attribute values in declaration order; {@code MODEL} finds it by name, and
   * {@link Builder#build()} calls it.
   */
  @SuppressWarnings("unchecked")
  private static Customer create(Object[] values) {
    return new Customer(
        (Long) values[0],
        (String) values[1],
        (List<Purchase>) values[2],
        (Card) values[3]);
  }

  /**
   * Builds {@link Customer} instances by attribute name, for {@code create}, {@code bulkCreate},
   * {@code findOrCreate} defaults and seeders. Each setter returns the builder; {@link #build()} may be called again.
   */
  public static final class Builder {
    private final Object[] values;

    private Builder(Object[] values) {
      this.values = values;
    }

    /**
     * Sets {@link Customer#id()}: column {@code id}, {@code BIGSERIAL}, primary key.
     */
    public Builder id(Long value) {
      values[0] = value;
      return this;
    }

    /**
     * Sets {@link Customer#name()}: column {@code name}, {@code VARCHAR(255)}.
     */
    public Builder name(String value) {
      values[1] = value;
      return this;
    }

    /**
     * Sets {@link Customer#purchases()}: {@code @HasMany} {@link Purchase}, stored by {@code create(instance, PURCHASES)}.
     */
    public Builder purchases(List<Purchase> value) {
      values[2] = value;
      return this;
    }

    /**
     * Sets {@link Customer#card()}: {@code @HasOne} {@link Card}, stored by {@code create(instance, CARD)}.
     */
    public Builder card(Card value) {
      values[3] = value;
      return this;
    }

    /**
     * A new {@link Customer} holding the values set; the builder is not reset.
     */
    public Customer build() {
      return CustomerModel.create(values);
    }
  }
}
