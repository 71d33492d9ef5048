package test.models;

import dev.sequor.ColumnTypes;
import dev.sequor.ComparableAttribute;
import dev.sequor.ForwardingRepository;
import dev.sequor.GeneratedModels;
import dev.sequor.ModelType;
import dev.sequor.NumberAttribute;
import dev.sequor.Repository;
import dev.sequor.Sequor;
import dev.sequor.StringAttribute;
import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.Optional;
import javax.annotation.processing.Generated;

/**
 * Sequor metadata for {@link Product}: table {@code products}.
 *
 * <p>Use the attribute constants in criteria ({@code ID.eq(...)}) and in jOOQ's DSL ({@code ID.field()}, with {@code MODEL.table()}), and {@link #MODEL} with {@link Sequor#repository} for finders and writes.
 */
@Generated(
    value = "dev.sequor.processor.SequorProcessor",
    comments = "from test.models.Product"
)
public final class ProductModel {
  private static final GeneratedModels.Model<Product, Long> M =
      GeneratedModels.model("product", Product.class, "products", ProductModel::get);

  /**
   * {@link Product#id()}: column {@code id}, {@code BIGSERIAL}, primary key.
   */
  public static final NumberAttribute<Product, Long> ID =
      M.number("id", "id", ColumnTypes.LONG, GeneratedModels.PRIMARY_KEY | GeneratedModels.AUTO_INCREMENT | GeneratedModels.NOT_NULL);

  /**
   * {@link Product#name()}: column {@code name}, {@code VARCHAR(120) NOT NULL UNIQUE}.
   */
  public static final StringAttribute<Product> NAME =
      M.string("name", "name", GeneratedModels.NOT_NULL | GeneratedModels.UNIQUE);

  /**
   * {@link Product#price()}: column {@code price}, {@code DECIMAL(10,2)}.
   */
  public static final NumberAttribute<Product, BigDecimal> PRICE =
      M.number("price", "price", ColumnTypes.BIG_DECIMAL, 0);

  /**
   * {@link Product#stock()}: column {@code stock}, {@code INTEGER NOT NULL DEFAULT 0}.
   */
  public static final NumberAttribute<Product, Integer> STOCK =
      M.number("stock", "stock", ColumnTypes.INTEGER, GeneratedModels.NOT_NULL | GeneratedModels.HAS_DEFAULT);

  /**
   * {@link Product#createdAt()}: column {@code created_at}, {@code TIMESTAMP WITH TIME ZONE NOT NULL}.
   */
  public static final ComparableAttribute<Product, Instant> CREATED_AT =
      M.comparable("createdAt", "created_at", ColumnTypes.INSTANT, GeneratedModels.NOT_NULL | GeneratedModels.CREATED_AT);

  /**
   * {@link Product#updatedAt()}: column {@code updated_at}, {@code TIMESTAMP WITH TIME ZONE NOT NULL}.
   */
  public static final ComparableAttribute<Product, Instant> UPDATED_AT =
      M.comparable("updatedAt", "updated_at", ColumnTypes.INSTANT, GeneratedModels.NOT_NULL | GeneratedModels.UPDATED_AT);

  /**
   * The model {@code product}: pass it to {@link Sequor#repository} for its finders and writes.
   */
  public static final ModelType<Product, Long> MODEL = M.build(ProductModel::map, ProductModel::create);

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
  public static ProductRepository repository(Sequor sequor) {
    return new ProductRepository(sequor.repository(MODEL));
  }

  /**
   * The repository of {@link Product} with a finder per unique attribute: {@code ProductModel.repository(sequor).findByName(...)}.
   */
  public static final class ProductRepository extends ForwardingRepository<Product, Long> {
    /**
     * Forwards to {@code delegate}, typically {@code sequor.repository(MODEL)}.
     */
    public ProductRepository(Repository<Product, Long> delegate) {
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
