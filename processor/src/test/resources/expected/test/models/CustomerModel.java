package test.models;

import dev.sequor.BooleanAttribute;
import dev.sequor.ColumnTypes;
import dev.sequor.ComparableExpression;
import dev.sequor.ForwardingRepository;
import dev.sequor.GeneratedModels;
import dev.sequor.ModelType;
import dev.sequor.NumberAttribute;
import dev.sequor.Repository;
import dev.sequor.Sequor;
import dev.sequor.StringAttribute;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.Optional;
import javax.annotation.processing.Generated;

/**
 * Sequor metadata for {@link Customer}: table {@code Customers}.
 *
 * <p>Use the attribute constants in criteria ({@code ID.eq(...)}) and in jOOQ's DSL ({@code ID.field()}, with {@code MODEL.table()}), and {@link #MODEL} with {@link Sequor#repository} for finders and writes.
 */
@Generated(
    value = "dev.sequor.processor.SequorProcessor",
    comments = "from test.models.Customer"
)
public final class CustomerModel {
  private static final GeneratedModels.Model<Customer, Long> M =
      GeneratedModels.model("Customer", Customer.class, "Customers", CustomerModel::get);

  /**
   * {@link Customer#getId()}: column {@code id}, {@code BIGSERIAL}, primary key.
   */
  public static final NumberAttribute<Customer, Long> ID =
      M.number("id", "id", ColumnTypes.LONG, GeneratedModels.PRIMARY_KEY | GeneratedModels.AUTO_INCREMENT | GeneratedModels.NOT_NULL);

  /**
   * {@link Customer#getEmail()}: column {@code email}, {@code VARCHAR(255) NOT NULL UNIQUE}.
   */
  public static final StringAttribute<Customer> EMAIL =
      M.string("email", "email", GeneratedModels.NOT_NULL | GeneratedModels.UNIQUE);

  /**
   * {@link Customer#isActive()}: column {@code active}, {@code BOOLEAN NOT NULL}.
   */
  public static final BooleanAttribute<Customer> ACTIVE =
      M.bool("active", "active", GeneratedModels.NOT_NULL);

  /**
   * Column {@code createdAt}, {@code TIMESTAMP WITH TIME ZONE NOT NULL}: when the row was created, set by Sequor; not declared by {@link Customer}, so its instances do not hold it.
   */
  public static final ComparableExpression<Customer, Instant> CREATED_AT =
      M.createdAt("createdAt");

  /**
   * Column {@code updatedAt}, {@code TIMESTAMP WITH TIME ZONE NOT NULL}: when the row was last updated, set by Sequor; not declared by {@link Customer}, so its instances do not hold it.
   */
  public static final ComparableExpression<Customer, Instant> UPDATED_AT =
      M.updatedAt("updatedAt");

  /**
   * The model {@code Customer}: pass it to {@link Sequor#repository} for its finders and writes.
   */
  public static final ModelType<Customer, Long> MODEL = M.build(CustomerModel::map, CustomerModel::create);

  private CustomerModel() {
  }

  /**
   * Reads attribute {@code index}, in declaration order.
   */
  private static Object get(Customer instance, int index) {
    switch (index) {
      case 0: return instance.getId();
      case 1: return instance.getEmail();
      case 2: return instance.isActive();
      default: throw new IndexOutOfBoundsException(index);
    }
  }

  /**
   * Reads the current row, whose columns are the attributes in declaration order.
   */
  private static Customer map(ResultSet rs) throws SQLException {
    Customer instance = new Customer();
    instance.setId(ColumnTypes.LONG.read(rs, 1));
    instance.setEmail(ColumnTypes.STRING.read(rs, 2));
    instance.setActive(ColumnTypes.BOOLEAN.read(rs, 3));
    return instance;
  }

  /**
   * Builds an instance from attribute values in declaration order.
   */
  private static Customer create(Object[] values) {
    Customer instance = new Customer();
    instance.setId((Long) values[0]);
    instance.setEmail((String) values[1]);
    instance.setActive(values[2] == null ? false : (Boolean) values[2]);
    return instance;
  }

  /**
   * The repository of {@link Customer} with its {@code findBy} finders of unique attributes.
   */
  public static CustomerRepository repository(Sequor sequor) {
    return new CustomerRepository(sequor.repository(MODEL));
  }

  /**
   * The repository of {@link Customer} with a finder per unique attribute: {@code CustomerModel.repository(sequor).findByEmail(...)}.
   */
  public static final class CustomerRepository extends ForwardingRepository<Customer, Long> {
    /**
     * Forwards to {@code delegate}, typically {@code sequor.repository(MODEL)}.
     */
    public CustomerRepository(Repository<Customer, Long> delegate) {
      super(delegate);
    }

    /**
     * The customer whose email is {@code value}, if any: unique attribute, at most one row.
     */
    public Optional<Customer> findByEmail(String value) {
      return findBy(EMAIL, value);
    }
  }
}
