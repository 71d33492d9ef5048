package test.models;

import dev.sequor.Attribute;
import dev.sequor.AttributeAccessor;
import dev.sequor.ColumnTypes;
import dev.sequor.ComparableAttribute;
import dev.sequor.ForwardingRepository;
import dev.sequor.ModelTable;
import dev.sequor.ModelType;
import dev.sequor.NumberAttribute;
import dev.sequor.Sequor;
import dev.sequor.StringAttribute;
import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.Optional;
import javax.annotation.processing.Generated;
import org.jooq.Record;
import org.jooq.TableField;

/**
 * Sequor metadata for {@link Product}: table {@code products}.
 *
 * <p>Use the attribute constants in criteria ({@code ID.eq(...)}), {@link #MODEL} with
 * {@link Sequor#repository} for finders and writes, and {@link #TABLE} with {@link Columns} in jOOQ's DSL.
 */
@Generated(
    value = "dev.sequor.processor.SequorProcessor",
    comments = "from test.models.Product"
)
public final class ProductModel {
  /**
   * The {@code products} table as jOOQ metadata; its columns are in {@link Columns}.
   */
  public static final ModelTable TABLE = new ModelTable("products");

  private static final AttributeAccessor<Product> ACCESSOR = ProductModel::get;

  /**
   * {@link Product#id()}: column {@code id}, {@code BIGSERIAL}, primary key.
   */
  public static final NumberAttribute<Product, Long> ID = new NumberAttribute<Product, Long>("product", "id",
      Columns.ID, ColumnTypes.LONG, ACCESSOR, 0, Attribute.Flag.PRIMARY_KEY,
      Attribute.Flag.AUTO_INCREMENT, Attribute.Flag.NOT_NULL);

  /**
   * {@link Product#name()}: column {@code name}, {@code VARCHAR(120) NOT NULL UNIQUE}.
   */
  public static final StringAttribute<Product> NAME = new StringAttribute<Product>("product", "name",
      Columns.NAME, ColumnTypes.STRING, ACCESSOR, 1, Attribute.Flag.NOT_NULL,
      Attribute.Flag.UNIQUE);

  /**
   * {@link Product#price()}: column {@code price}, {@code DECIMAL(10,2)}.
   */
  public static final NumberAttribute<Product, BigDecimal> PRICE = new NumberAttribute<Product, BigDecimal>("product", "price",
      Columns.PRICE, ColumnTypes.BIG_DECIMAL, ACCESSOR, 2);

  /**
   * {@link Product#stock()}: column {@code stock}, {@code INTEGER NOT NULL DEFAULT 0}.
   */
  public static final NumberAttribute<Product, Integer> STOCK = new NumberAttribute<Product, Integer>("product", "stock",
      Columns.STOCK, ColumnTypes.INTEGER, ACCESSOR, 3, Attribute.Flag.NOT_NULL,
      Attribute.Flag.HAS_DEFAULT);

  /**
   * {@link Product#createdAt()}: column {@code created_at}, {@code TIMESTAMP WITH TIME ZONE NOT NULL}.
   */
  public static final ComparableAttribute<Product, Instant> CREATED_AT = new ComparableAttribute<Product, Instant>("product", "createdAt",
      Columns.CREATED_AT, ColumnTypes.INSTANT, ACCESSOR, 4, Attribute.Flag.NOT_NULL);

  /**
   * {@link Product#updatedAt()}: column {@code updated_at}, {@code TIMESTAMP WITH TIME ZONE NOT NULL}.
   */
  public static final ComparableAttribute<Product, Instant> UPDATED_AT = new ComparableAttribute<Product, Instant>("product", "updatedAt",
      Columns.UPDATED_AT, ColumnTypes.INSTANT, ACCESSOR, 5, Attribute.Flag.NOT_NULL);

  /**
   * The model {@code product}: pass it to {@link Sequor#repository} for its finders and writes.
   */
  public static final ModelType<Product, Long> MODEL = ModelType.<Product, Long>builder("product", Product.class, TABLE)
      .attributes(ID, NAME, PRICE, STOCK, CREATED_AT, UPDATED_AT)
      .key(ID)
      .timestamps(Columns.CREATED_AT, Columns.UPDATED_AT)
      .mapper(ProductModel::map)
      .factory(ProductModel::create)
      .build();

  private ProductModel() {
  }

  /**
   * Reads attribute {@code index}, in declaration order.
   */
  private static Object get(Product instance, int index) {
    switch (index) {
      case 0: return instance.id();
      case 1: return instance.name();
      case 2: return instance.price();
      case 3: return instance.stock();
      case 4: return instance.createdAt();
      case 5: return instance.updatedAt();
      default: throw new IndexOutOfBoundsException(index);
    }
  }

  /**
   * Reads the current row, whose columns are the attributes in declaration order.
   */
  private static Product map(ResultSet rs) throws SQLException {
    return new Product(
        ColumnTypes.LONG.read(rs, 1),
        ColumnTypes.STRING.read(rs, 2),
        ColumnTypes.BIG_DECIMAL.read(rs, 3),
        ColumnTypes.INTEGER.read(rs, 4),
        ColumnTypes.INSTANT.read(rs, 5),
        ColumnTypes.INSTANT.read(rs, 6));
  }

  /**
   * Builds an instance from attribute values in declaration order.
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
   * The repository of {@link Product} with its {@code findBy} finders of unique attributes.
   */
  public static Repository repository(Sequor sequor) {
    return new Repository(sequor.repository(MODEL));
  }

  /**
   * The columns of {@code products} as typed jOOQ fields: {@code dsl.select(Columns.ID).from(TABLE)}.
   */
  public static final class Columns {
    /**
     * Column {@code id}: {@code BIGSERIAL, primary key}.
     */
    public static final TableField<Record, Long> ID = ColumnTypes.LONG.column(TABLE, "id");

    /**
     * Column {@code name}: {@code VARCHAR(120) NOT NULL UNIQUE}.
     */
    public static final TableField<Record, String> NAME = ColumnTypes.STRING.column(TABLE, "name");

    /**
     * Column {@code price}: {@code DECIMAL(10,2)}.
     */
    public static final TableField<Record, BigDecimal> PRICE = ColumnTypes.BIG_DECIMAL.column(TABLE, "price");

    /**
     * Column {@code stock}: {@code INTEGER NOT NULL DEFAULT 0}.
     */
    public static final TableField<Record, Integer> STOCK = ColumnTypes.INTEGER.column(TABLE, "stock");

    /**
     * Column {@code created_at}: {@code TIMESTAMP WITH TIME ZONE NOT NULL}.
     */
    public static final TableField<Record, Instant> CREATED_AT = ColumnTypes.INSTANT.column(TABLE, "created_at");

    /**
     * Column {@code updated_at}: {@code TIMESTAMP WITH TIME ZONE NOT NULL}.
     */
    public static final TableField<Record, Instant> UPDATED_AT = ColumnTypes.INSTANT.column(TABLE, "updated_at");

    private Columns() {
    }
  }

  /**
   * The repository of {@link Product} with a finder per unique attribute: {@code ProductModel.repository(sequor).findByName(...)}.
   */
  public static final class Repository extends ForwardingRepository<Product, Long> {
    /**
     * Forwards to {@code delegate}, typically {@code sequor.repository(MODEL)}.
     */
    public Repository(dev.sequor.Repository<Product, Long> delegate) {
      super(delegate);
    }

    /**
     * The product whose name is {@code value}, if any: unique attribute, at most one row.
     */
    public Optional<Product> findByName(String value) {
      return findBy(NAME, value);
    }
  }
}
