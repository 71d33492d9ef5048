package test.models;

import dev.sequor.Attribute;
import dev.sequor.ColumnTypes;
import dev.sequor.ComparableAttribute;
import dev.sequor.ModelType;
import dev.sequor.Sequor;
import dev.sequor.StringAttribute;
import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import javax.annotation.processing.Generated;
import org.jooq.Record;
import org.jooq.TableField;
import org.jooq.impl.DSL;
import org.jooq.impl.TableImpl;

/**
 * Sequor metadata for {@link Product}: table {@code products}.
 *
 * <p>Use the attribute constants in criteria ({@code ID.eq(...)}), {@link #MODEL} with
 * {@link Sequor#repository} for finders and writes, and {@link #TABLE} in jOOQ's DSL.
 */
@Generated(
    value = "dev.sequor.processor.SequorProcessor",
    comments = "from test.models.Product"
)
public final class ProductModel {
  /**
   * The {@code products} table as jOOQ metadata, with a typed field per column.
   */
  public static final Table TABLE = new Table();

  /**
   * {@link Product#id()}: column {@code id}, {@code BIGSERIAL}, primary key.
   */
  public static final ComparableAttribute<Product, Long> ID = new ComparableAttribute<>("product", "id",
      TABLE.ID, ColumnTypes.LONG, Product::id, Attribute.Flag.PRIMARY_KEY,
      Attribute.Flag.AUTO_INCREMENT, Attribute.Flag.NOT_NULL);

  /**
   * {@link Product#name()}: column {@code name}, {@code VARCHAR(120) NOT NULL UNIQUE}.
   */
  public static final StringAttribute<Product> NAME = new StringAttribute<>("product", "name",
      TABLE.NAME, ColumnTypes.STRING, Product::name, Attribute.Flag.NOT_NULL,
      Attribute.Flag.UNIQUE);

  /**
   * {@link Product#price()}: column {@code price}, {@code DECIMAL(10,2)}.
   */
  public static final ComparableAttribute<Product, BigDecimal> PRICE = new ComparableAttribute<>("product", "price",
      TABLE.PRICE, ColumnTypes.BIG_DECIMAL, Product::price);

  /**
   * {@link Product#stock()}: column {@code stock}, {@code INTEGER NOT NULL DEFAULT 0}.
   */
  public static final ComparableAttribute<Product, Integer> STOCK = new ComparableAttribute<>("product", "stock",
      TABLE.STOCK, ColumnTypes.INTEGER, Product::stock, Attribute.Flag.NOT_NULL,
      Attribute.Flag.HAS_DEFAULT);

  /**
   * {@link Product#createdAt()}: column {@code created_at}, {@code TIMESTAMP WITH TIME ZONE NOT NULL}.
   */
  public static final ComparableAttribute<Product, Instant> CREATED_AT = new ComparableAttribute<>("product", "createdAt",
      TABLE.CREATED_AT, ColumnTypes.INSTANT, Product::createdAt, Attribute.Flag.NOT_NULL);

  /**
   * {@link Product#updatedAt()}: column {@code updated_at}, {@code TIMESTAMP WITH TIME ZONE NOT NULL}.
   */
  public static final ComparableAttribute<Product, Instant> UPDATED_AT = new ComparableAttribute<>("product", "updatedAt",
      TABLE.UPDATED_AT, ColumnTypes.INSTANT, Product::updatedAt, Attribute.Flag.NOT_NULL);

  /**
   * The model {@code product}: pass it to {@link Sequor#repository} for its finders and writes.
   */
  public static final ModelType<Product, Long> MODEL = ModelType.<Product, Long>builder("product", Product.class, TABLE)
      .attributes(ID, NAME, PRICE, STOCK, CREATED_AT, UPDATED_AT)
      .key(ID)
      .timestamps(TABLE.CREATED_AT, TABLE.UPDATED_AT)
      .mapper(ProductModel::map)
      .build();

  private ProductModel() {
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
   * The {@code products} table as jOOQ metadata.
   */
  public static final class Table extends TableImpl<Record> {
    private static final long serialVersionUID = 1L;

    /**
     * Column {@code id}: {@code BIGSERIAL, primary key}.
     */
    public final TableField<Record, Long> ID = createField(DSL.name("id"),
        ColumnTypes.LONG.dataType(), this, "");

    /**
     * Column {@code name}: {@code VARCHAR(120) NOT NULL UNIQUE}.
     */
    public final TableField<Record, String> NAME = createField(DSL.name("name"),
        ColumnTypes.STRING.dataType(), this, "");

    /**
     * Column {@code price}: {@code DECIMAL(10,2)}.
     */
    public final TableField<Record, BigDecimal> PRICE = createField(DSL.name("price"),
        ColumnTypes.BIG_DECIMAL.dataType(), this, "");

    /**
     * Column {@code stock}: {@code INTEGER NOT NULL DEFAULT 0}.
     */
    public final TableField<Record, Integer> STOCK = createField(DSL.name("stock"),
        ColumnTypes.INTEGER.dataType(), this, "");

    /**
     * Column {@code created_at}: {@code TIMESTAMP WITH TIME ZONE NOT NULL}.
     */
    public final TableField<Record, Instant> CREATED_AT = createField(DSL.name("created_at"),
        ColumnTypes.INSTANT.dataType(), this, "");

    /**
     * Column {@code updated_at}: {@code TIMESTAMP WITH TIME ZONE NOT NULL}.
     */
    public final TableField<Record, Instant> UPDATED_AT = createField(DSL.name("updated_at"),
        ColumnTypes.INSTANT.dataType(), this, "");

    private Table() {
      super(DSL.name("products"));
    }
  }
}
