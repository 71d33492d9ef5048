package test.models;

import dev.sequor.Attribute;
import dev.sequor.AttributeAccessor;
import dev.sequor.BooleanAttribute;
import dev.sequor.ColumnTypes;
import dev.sequor.ForwardingRepository;
import dev.sequor.ModelTable;
import dev.sequor.ModelType;
import dev.sequor.NumberAttribute;
import dev.sequor.Sequor;
import dev.sequor.StringAttribute;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.Optional;
import javax.annotation.processing.Generated;
import org.jooq.Record;
import org.jooq.TableField;

/**
 * Sequor metadata for {@link Customer}: table {@code Customers}.
 *
 * <p>Use the attribute constants in criteria ({@code ID.eq(...)}), {@link #MODEL} with
 * {@link Sequor#repository} for finders and writes, and {@link #TABLE} with {@link Columns} in jOOQ's DSL.
 */
@Generated(
    value = "dev.sequor.processor.SequorProcessor",
    comments = "from test.models.Customer"
)
public final class CustomerModel {
  /**
   * The {@code Customers} table as jOOQ metadata; its columns are in {@link Columns}.
   */
  public static final ModelTable TABLE = new ModelTable("Customers");

  private static final AttributeAccessor<Customer> ACCESSOR = CustomerModel::get;

  /**
   * {@link Customer#getId()}: column {@code id}, {@code BIGSERIAL}, primary key.
   */
  public static final NumberAttribute<Customer, Long> ID = new NumberAttribute<Customer, Long>("Customer", "id",
      Columns.ID, ColumnTypes.LONG, ACCESSOR, 0, Attribute.Flag.PRIMARY_KEY,
      Attribute.Flag.AUTO_INCREMENT, Attribute.Flag.NOT_NULL);

  /**
   * {@link Customer#getEmail()}: column {@code email}, {@code VARCHAR(255) NOT NULL UNIQUE}.
   */
  public static final StringAttribute<Customer> EMAIL = new StringAttribute<Customer>("Customer", "email",
      Columns.EMAIL, ColumnTypes.STRING, ACCESSOR, 1, Attribute.Flag.NOT_NULL,
      Attribute.Flag.UNIQUE);

  /**
   * {@link Customer#isActive()}: column {@code active}, {@code BOOLEAN NOT NULL}.
   */
  public static final BooleanAttribute<Customer> ACTIVE = new BooleanAttribute<Customer>("Customer", "active",
      Columns.ACTIVE, ColumnTypes.BOOLEAN, ACCESSOR, 2, Attribute.Flag.NOT_NULL);

  /**
   * The model {@code Customer}: pass it to {@link Sequor#repository} for its finders and writes.
   */
  public static final ModelType<Customer, Long> MODEL = ModelType.<Customer, Long>builder("Customer", Customer.class, TABLE)
      .attributes(ID, EMAIL, ACTIVE)
      .key(ID)
      .timestamps(Columns.CREATED_AT, Columns.UPDATED_AT)
      .mapper(CustomerModel::map)
      .factory(CustomerModel::create)
      .build();

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
  public static Repository repository(Sequor sequor) {
    return new Repository(sequor.repository(MODEL));
  }

  /**
   * The columns of {@code Customers} as typed jOOQ fields: {@code dsl.select(Columns.ID).from(TABLE)}.
   */
  public static final class Columns {
    /**
     * Column {@code id}: {@code BIGSERIAL, primary key}.
     */
    public static final TableField<Record, Long> ID = ColumnTypes.LONG.column(TABLE, "id");

    /**
     * Column {@code email}: {@code VARCHAR(255) NOT NULL UNIQUE}.
     */
    public static final TableField<Record, String> EMAIL = ColumnTypes.STRING.column(TABLE, "email");

    /**
     * Column {@code active}: {@code BOOLEAN NOT NULL}.
     */
    public static final TableField<Record, Boolean> ACTIVE = ColumnTypes.BOOLEAN.column(TABLE, "active");

    /**
     * Column {@code createdAt}: {@code TIMESTAMP WITH TIME ZONE NOT NULL}.
     */
    public static final TableField<Record, Instant> CREATED_AT = ColumnTypes.INSTANT.column(TABLE, "createdAt");

    /**
     * Column {@code updatedAt}: {@code TIMESTAMP WITH TIME ZONE NOT NULL}.
     */
    public static final TableField<Record, Instant> UPDATED_AT = ColumnTypes.INSTANT.column(TABLE, "updatedAt");

    private Columns() {
    }
  }

  /**
   * The repository of {@link Customer} with a finder per unique attribute: {@code CustomerModel.repository(sequor).findByEmail(...)}.
   */
  public static final class Repository extends ForwardingRepository<Customer, Long> {
    /**
     * Forwards to {@code delegate}, typically {@code sequor.repository(MODEL)}.
     */
    public Repository(dev.sequor.Repository<Customer, Long> delegate) {
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
