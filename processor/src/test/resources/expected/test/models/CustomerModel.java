package test.models;

import dev.sequor.Attribute;
import dev.sequor.ColumnTypes;
import dev.sequor.ComparableAttribute;
import dev.sequor.ModelType;
import dev.sequor.Sequor;
import dev.sequor.StringAttribute;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import javax.annotation.processing.Generated;
import org.jooq.Record;
import org.jooq.TableField;
import org.jooq.impl.DSL;
import org.jooq.impl.TableImpl;

/**
 * Sequor metadata for {@link Customer}: table {@code Customers}.
 *
 * <p>Use the attribute constants in criteria ({@code ID.eq(...)}), {@link #MODEL} with
 * {@link Sequor#repository} for finders and writes, and {@link #TABLE} in jOOQ's DSL.
 */
@Generated(
    value = "dev.sequor.processor.SequorProcessor",
    comments = "from test.models.Customer"
)
public final class CustomerModel {
  /**
   * The {@code Customers} table as jOOQ metadata, with a typed field per column.
   */
  public static final Table TABLE = new Table();

  /**
   * {@link Customer#getId()}: column {@code id}, {@code BIGSERIAL}, primary key.
   */
  public static final ComparableAttribute<Customer, Long> ID = new ComparableAttribute<>("Customer", "id",
      TABLE.ID, ColumnTypes.LONG, Customer::getId, Attribute.Flag.PRIMARY_KEY,
      Attribute.Flag.AUTO_INCREMENT, Attribute.Flag.NOT_NULL);

  /**
   * {@link Customer#getEmail()}: column {@code email}, {@code VARCHAR(255) NOT NULL UNIQUE}.
   */
  public static final StringAttribute<Customer> EMAIL = new StringAttribute<>("Customer", "email",
      TABLE.EMAIL, ColumnTypes.STRING, Customer::getEmail, Attribute.Flag.NOT_NULL,
      Attribute.Flag.UNIQUE);

  /**
   * {@link Customer#isActive()}: column {@code active}, {@code BOOLEAN NOT NULL}.
   */
  public static final Attribute<Customer, Boolean> ACTIVE = new Attribute<>("Customer", "active",
      TABLE.ACTIVE, ColumnTypes.BOOLEAN, Customer::isActive, Attribute.Flag.NOT_NULL);

  /**
   * The model {@code Customer}: pass it to {@link Sequor#repository} for its finders and writes.
   */
  public static final ModelType<Customer, Long> MODEL = ModelType.<Customer, Long>builder("Customer", Customer.class, TABLE)
      .attributes(ID, EMAIL, ACTIVE)
      .key(ID)
      .timestamps(TABLE.CREATED_AT, TABLE.UPDATED_AT)
      .mapper(CustomerModel::map)
      .build();

  private CustomerModel() {
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
   * The {@code Customers} table as jOOQ metadata.
   */
  public static final class Table extends TableImpl<Record> {
    private static final long serialVersionUID = 1L;

    /**
     * Column {@code id}: {@code BIGSERIAL, primary key}.
     */
    public final TableField<Record, Long> ID = createField(DSL.name("id"),
        ColumnTypes.LONG.dataType(), this, "");

    /**
     * Column {@code email}: {@code VARCHAR(255) NOT NULL UNIQUE}.
     */
    public final TableField<Record, String> EMAIL = createField(DSL.name("email"),
        ColumnTypes.STRING.dataType(), this, "");

    /**
     * Column {@code active}: {@code BOOLEAN NOT NULL}.
     */
    public final TableField<Record, Boolean> ACTIVE = createField(DSL.name("active"),
        ColumnTypes.BOOLEAN.dataType(), this, "");

    /**
     * Column {@code createdAt}: {@code TIMESTAMP WITH TIME ZONE NOT NULL}.
     */
    public final TableField<Record, Instant> CREATED_AT = createField(DSL.name("createdAt"),
        ColumnTypes.INSTANT.dataType(), this, "");

    /**
     * Column {@code updatedAt}: {@code TIMESTAMP WITH TIME ZONE NOT NULL}.
     */
    public final TableField<Record, Instant> UPDATED_AT = createField(DSL.name("updatedAt"),
        ColumnTypes.INSTANT.dataType(), this, "");

    private Table() {
      super(DSL.name("Customers"));
    }
  }
}
