package dev.sequor.benchmarks;


import com.zaxxer.hikari.HikariDataSource;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.jooq.DSLContext;
import org.jooq.InsertValuesStep6;
import org.jooq.Record;
import org.jooq.RecordMapper;
import org.jooq.ResultQuery;
import org.jooq.SQLDialect;
import org.jooq.conf.Settings;
import org.jooq.Table;
import org.jooq.TableField;
import org.jooq.impl.DSL;

/**
 * Plain jOOQ 3.19 on the generated table and columns (no Sequor runtime in the path), in two flavours that differ
 * only in how rows become records: jOOQ's reflective {@code fetchInto(Product.class)}, or a hand-written
 * {@link RecordMapper}. Writes are the same in both.
 *
 * <p>W9 sends two statements, as Sequor's include: the parents, then their children {@code WHERE parent_id IN
 * (...)}, jOOQ's usual {@code in(ids)} with a bind value per parent, and jOOQ's {@code fetchGroups} groups them by
 * parent. Not {@code = any(?)} as Sequor and the JDBC baseline: jOOQ binds a PostgreSQL array as a string and casts
 * it in the SQL ({@code = any (cast(? as bigint[]))}), a cast from text that PostgreSQL does not fold into a
 * constant (it is not immutable), so it runs on every row scanned: 0.6-0.8 s for W9's 10,000 rows, against 2 ms.
 * W9's records have one component more than their tables have columns (the association's), which
 * {@code fetchInto} maps only by name, with {@code Settings.mapRecordComponentParameterNames}: set for W9's
 * statements only, so that the other workloads keep jOOQ's default mapping.
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

  // W9's tables
  private static final Table<Record> PARENTS = ParentModel.MODEL.table();
  private static final TableField<Record, Long> PARENT_ID = ParentModel.ID.field();
  private static final TableField<Record, String> PARENT_NAME = ParentModel.NAME.field();
  private static final TableField<Record, Integer> PARENT_SCORE = ParentModel.SCORE.field();
  private static final Table<Record> CHILDREN = ChildModel.MODEL.table();
  private static final TableField<Record, Long> CHILD_ID = ChildModel.ID.field();
  private static final TableField<Record, Long> CHILD_PARENT_ID = ChildModel.PARENT_ID.field();
  private static final TableField<Record, String> CHILD_NAME = ChildModel.NAME.field();
  private static final TableField<Record, BigDecimal> CHILD_PRICE = ChildModel.PRICE.field();
  private static final TableField<Record, Integer> CHILD_QUANTITY = ChildModel.QUANTITY.field();

  private static final RecordMapper<Record, Child> CHILD_MAPPER = r -> new Child(r.get(CHILD_ID),
      r.get(CHILD_PARENT_ID), null, r.get(CHILD_NAME), r.get(CHILD_PRICE), r.get(CHILD_QUANTITY));

  /** W9's: records mapped by their components' names, which may be more than the columns read. */
  private static final Settings BY_NAME = new Settings().withMapRecordComponentParameterNames(true);

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
  public long parentsWithChildren(int limit) {
    // both statements on one connection, as Sequor's include
    List<Parent> parents = dsl.connectionResult(connection -> {
      DSLContext one = DSL.using(connection, SQLDialect.POSTGRES, BY_NAME);
      var parentQuery = one.select(PARENT_ID, PARENT_NAME, PARENT_SCORE).from(PARENTS).orderBy(PARENT_ID.asc())
          .limit(limit);
      List<Parent> found = reflective
          ? parentQuery.fetchInto(Parent.class)
          : parentQuery.fetch(r -> new Parent(r.value1(), r.value2(), r.value3(), null));
      if (found.isEmpty()) {
        return found;
      }
      List<Long> ids = new ArrayList<>(found.size());
      for (Parent p : found) {
        ids.add(p.id());
      }
      var childQuery = one.selectFrom(CHILDREN).where(CHILD_PARENT_ID.in(ids));
      Map<Long, List<Child>> byParent = reflective
          ? childQuery.fetchGroups(CHILD_PARENT_ID, Child.class)
          : childQuery.fetchGroups(CHILD_PARENT_ID, CHILD_MAPPER);
      List<Parent> withChildren = new ArrayList<>(found.size());
      for (Parent p : found) {
        withChildren.add(new Parent(p.id(), p.name(), p.score(), byParent.getOrDefault(p.id(), List.of())));
      }
      return withChildren;
    });
    long digest = 0;
    for (Parent p : parents) {
      digest = Checksum.then(digest, Checksum.of(p));
    }
    return digest;
  }

  @Override
  public void close() {
    pool.close();
  }
}
