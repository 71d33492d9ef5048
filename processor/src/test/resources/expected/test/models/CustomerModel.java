package test.models;

import dev.sequor.BooleanAttribute;
import dev.sequor.ComparableExpression;
import dev.sequor.GeneratedModels;
import dev.sequor.ModelType;
import dev.sequor.NumberAttribute;
import dev.sequor.Sequor;
import dev.sequor.StringAttribute;
import java.lang.invoke.MethodHandles;
import java.time.Instant;
import javax.annotation.processing.Generated;

/**
 * Sequor metadata for {@link Customer}: table {@code Customers}.
 *
 * <p>Use the attribute constants in criteria ({@code ID.eq(...)}) and in jOOQ's DSL ({@code ID.field()}, with
 * {@code MODEL.table()}), and {@link #MODEL} with {@link Sequor#repository} for finders and writes;
 * {@link #builder()} for the instances to write.
 */
@Generated(
    value = "dev.sequor.processor.ModelProcessor",
    comments = "from test.models.Customer"
)
@GeneratedModels.CompanionOf(Customer.class)
public final class CustomerModel {
  private static final GeneratedModels.Model<Customer> M = GeneratedModels.model(
      MethodHandles.lookup(), Customer.class, "Customer", "Customers",
      "id:id:LONG:pk,ai,nn:getId;email:email:STRING:nn,uq:getEmail;"
      + "active:active:BOOLEAN:nn:isActive");

  /**
   * {@link Customer#getId()}: column {@code id}, {@code BIGSERIAL}, primary key.
   */
  public static final NumberAttribute<Customer, Long> ID = M.<Long>number(0);

  /**
   * {@link Customer#getEmail()}: column {@code email}, {@code VARCHAR(255) NOT NULL UNIQUE}.
   */
  public static final StringAttribute<Customer> EMAIL = M.string(1);

  /**
   * {@link Customer#isActive()}: column {@code active}, {@code BOOLEAN NOT NULL}.
   */
  public static final BooleanAttribute<Customer> ACTIVE = M.bool(2);

  /**
   * Column {@code createdAt}, {@code TIMESTAMP WITH TIME ZONE NOT NULL}: when the row was created, set by Sequor; not declared by {@link Customer}, so its
   * instances do not hold it.
   */
  public static final ComparableExpression<Customer, Instant> CREATED_AT = M.createdAt("createdAt");

  /**
   * Column {@code updatedAt}, {@code TIMESTAMP WITH TIME ZONE NOT NULL}: when the row was last updated, set by Sequor; not declared by {@link Customer}, so its
   * instances do not hold it.
   */
  public static final ComparableExpression<Customer, Instant> UPDATED_AT = M.updatedAt("updatedAt");

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
    return new Builder(new Object[3]);
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
  private static Customer create(Object[] values) {
    Customer instance = new Customer();
    instance.setId((Long) values[0]);
    instance.setEmail((String) values[1]);
    instance.setActive(values[2] == null ? false : (Boolean) values[2]);
    return instance;
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
     * Sets {@link Customer#getId()}: column {@code id}, {@code BIGSERIAL}, primary key.
     */
    public Builder id(Long value) {
      values[0] = value;
      return this;
    }

    /**
     * Sets {@link Customer#getEmail()}: column {@code email}, {@code VARCHAR(255) NOT NULL UNIQUE}.
     */
    public Builder email(String value) {
      values[1] = value;
      return this;
    }

    /**
     * Sets {@link Customer#isActive()}: column {@code active}, {@code BOOLEAN NOT NULL}.
     */
    public Builder active(boolean value) {
      values[2] = value;
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
