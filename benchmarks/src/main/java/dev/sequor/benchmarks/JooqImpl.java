package dev.sequor.benchmarks;


import com.zaxxer.hikari.HikariDataSource;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import org.jooq.DSLContext;
import org.jooq.InsertValuesStep6;
import org.jooq.Record;
import org.jooq.RecordMapper;
import org.jooq.ResultQuery;
import org.jooq.SQLDialect;
import org.jooq.Table;
import org.jooq.TableField;
import org.jooq.impl.DSL;

/**
 * Plain jOOQ 3.19 on the generated table and columns (no Sequor runtime in the path), in two flavours that differ
 * only in how rows become records: jOOQ's reflective {@code fetchInto(Product.class)}, or a hand-written
 * {@link RecordMapper}. Writes are the same in both.
 */
final class JooqImpl implements Impl {

  // the generated attributes' jOOQ fields and the model's table, as a jOOQ user takes them
  private static final Table<Record> TABLE = ProductModel.MODEL.table();
  private static final TableField<Record, Long> ID = ProductModel.ID.field();
  private static final TableField<Record, String> NAME = ProductModel.NAME.field();
  private static final TableField<Record, String> CATEGORY = ProductModel.CATEGORY.field();
  private static final TableField<Record, BigDecimal> PRICE = ProductModel.PRICE.field();
  private static final TableField<Record, Integer> STOCK = ProductModel.STOCK.field();
  private static final TableField<Record, Instant> CREATED_AT = ProductModel.CREATED_AT.field();
  private static final TableField<Record, Instant> UPDATED_AT = ProductModel.UPDATED_AT.field();

  /** Hand-written: by field, no reflection. */
  private static final RecordMapper<Record, Product> MAPPER = r -> new Product(r.get(ID), r.get(NAME),
      r.get(CATEGORY), r.get(PRICE), r.get(STOCK), r.get(CREATED_AT), r.get(UPDATED_AT));

  private final HikariDataSource pool;
  private final DSLContext dsl;
  private final boolean reflective;

  /** {@code reflective}: map with {@code fetchInto(Product.class)}, else with {@link #MAPPER}. */
  JooqImpl(BenchDatabase database, boolean reflective) {
    this.reflective = reflective;
    this.pool = database.pool(name());
    this.dsl = DSL.using(pool, SQLDialect.POSTGRES);
  }

  @Override
  public String name() {
    return reflective ? "jooq-into" : "jooq-mapper";
  }

  private List<Product> fetch(ResultQuery<? extends Record> query) {
    return reflective ? query.fetchInto(Product.class) : query.fetch(MAPPER);
  }

  @Override
  public long create(Product p) {
    Instant now = Instant.now();
    List<Product> stored = fetch(dsl.insertInto(TABLE, NAME, CATEGORY, PRICE, STOCK, CREATED_AT, UPDATED_AT)
        .values(p.name(), p.category(), p.price(), p.stock(), now, now)
        .returning());
    return Checksum.of(stored.get(0));
  }

  @Override
  public int bulkCreate(List<Product> products, int batchSize) {
    Instant now = Instant.now();
    return dsl.transactionResult(tx -> {
      int stored = 0;
      for (int from = 0; from < products.size(); from += batchSize) {
        InsertValuesStep6<Record, String, String, BigDecimal, Integer, Instant, Instant> insert =
            tx.dsl().insertInto(TABLE, NAME, CATEGORY, PRICE, STOCK, CREATED_AT, UPDATED_AT);
        for (Product p : products.subList(from, Math.min(products.size(), from + batchSize))) {
          insert = insert.values(p.name(), p.category(), p.price(), p.stock(), now, now);
        }
        stored += insert.execute();
      }
      return stored;
    });
  }

  @Override
  public long findByPk(long id) {
    List<Product> rows = fetch(dsl.selectFrom(TABLE).where(ID.eq(id)));
    return rows.isEmpty() ? 0 : Checksum.of(rows.get(0));
  }

  @Override
  public long topByCategory(String category, BigDecimal minPrice, int limit) {
    long digest = 0;
    for (Product p : fetch(dsl.selectFrom(TABLE).where(CATEGORY.eq(category)).and(PRICE.gt(minPrice))
        .orderBy(PRICE.desc(), ID.asc()).limit(limit))) {
      digest = Checksum.then(digest, Checksum.of(p));
    }
    return digest;
  }

  @Override
  public long findAll() {
    long sum = 0;
    for (Product p : fetch(dsl.selectFrom(TABLE))) {
      sum += Checksum.of(p);
    }
    return sum;
  }

  @Override
  public long findAndCountAll(String category, int limit, int offset) {
    // both statements on one connection, as Sequor's findAndCountAll
    return dsl.connectionResult(connection -> {
      DSLContext one = DSL.using(connection, SQLDialect.POSTGRES);
      int count = one.fetchCount(TABLE, CATEGORY.eq(category));
      long digest = 0;
      for (Product p : fetch(one.selectFrom(TABLE).where(CATEGORY.eq(category)).orderBy(ID.asc())
          .limit(limit).offset(offset))) {
        digest = Checksum.then(digest, Checksum.of(p));
      }
      return Checksum.page(count, digest);
    });
  }

  /** A group of W7, for {@code fetchInto}. */
  record CategoryStock(String category, long count, long stock) {}

  @Override
  public long countAndStockByCategory() {
    var query = dsl.select(CATEGORY, DSL.count().as("count"), DSL.sum(STOCK).as("stock"))
        .from(TABLE).groupBy(CATEGORY);
    List<CategoryStock> groups = reflective
        ? query.fetchInto(CategoryStock.class)
        : query.fetch(r -> new CategoryStock(r.value1(), r.value2(), r.value3().longValue()));
    long sum = 0;
    for (CategoryStock g : groups) {
      sum += Checksum.group(g.category(), g.count(), g.stock());
    }
    return sum;
  }

  @Override
  public int updatePrice(Product product, BigDecimal price) {
    return dsl.update(TABLE).set(PRICE, price).set(UPDATED_AT, Instant.now()).where(ID.eq(product.id()))
        .execute();
  }

  @Override
  public void close() {
    pool.close();
  }
}
