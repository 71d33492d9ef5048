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
 * {@code MODEL.table()}), and {@link #MODEL} with {@link Sequor#repository} for finders and writes.
 */
@Generated(
    value = "dev.sequor.processor.SequorProcessor",
    comments = "from test.shop.Customer"
)
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
   * Builds an instance from attribute values in declaration order; {@code MODEL} finds it by name.
   */
  @SuppressWarnings("unchecked")
  private static Customer create(Object[] values) {
    return new Customer(
        (Long) values[0],
        (String) values[1],
        (List<Purchase>) values[2],
        (Card) values[3]);
  }
}
