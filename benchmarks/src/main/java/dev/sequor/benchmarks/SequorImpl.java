package dev.sequor.benchmarks;

import static dev.sequor.Query.where;
import static dev.sequor.benchmarks.ProductModel.CATEGORY;
import static dev.sequor.benchmarks.ProductModel.ID;
import static dev.sequor.benchmarks.ProductModel.PRICE;
import static dev.sequor.benchmarks.ProductModel.STOCK;

import dev.sequor.BulkCreateOptions;
import dev.sequor.Fn;
import dev.sequor.Repository;
import dev.sequor.Row3;
import dev.sequor.RowsAndCount;
import dev.sequor.Sequor;
import java.math.BigDecimal;
import java.util.List;

/** Sequor's public API, as its README shows it. */
final class SequorImpl implements Impl {

  private final Sequor db;
  private final Repository<Product, Long> products;
  private final Repository<Parent, Long> parents;

  SequorImpl(BenchDatabase database) {
    this.db = Sequor.builder().url(database.url).poolSize(BenchDatabase.POOL_SIZE).build();
    this.products = db.repository(ProductModel.MODEL);
    this.parents = db.repository(ParentModel.MODEL);
  }

  @Override
  public String name() {
    return "sequor";
  }

  @Override
  public long create(Product product) {
    return Checksum.of(products.create(product));
  }

  @Override
  public int bulkCreate(List<Product> rows, int batchSize) {
    // returning(false), Sequelize's returning: false: like the JDBC baseline, the load does not read rows back
    return products.bulkCreate(rows, BulkCreateOptions.<Product>defaults().batchSize(batchSize).returning(false))
        .size();
  }

  @Override
  public long findByPk(long id) {
    return products.findByPk(id).map(Checksum::of).orElse(0L);
  }

  @Override
  public long topByCategory(String category, BigDecimal minPrice, int limit) {
    long digest = 0;
    for (Product p : products.findAll(where(CATEGORY.eq(category)).and(PRICE.gt(minPrice))
        .order(PRICE.desc(), ID.asc()).limit(limit))) {
      digest = Checksum.then(digest, Checksum.of(p));
    }
    return digest;
  }

  @Override
  public long findAll() {
    long sum = 0;
    for (Product p : products.findAll()) {
      sum += Checksum.of(p);
    }
    return sum;
  }

  @Override
  public long findAndCountAll(String category, int limit, int offset) {
    RowsAndCount<Product> page = products.findAndCountAll(where(CATEGORY.eq(category)).order(ID.asc())
        .limit(limit).offset(offset));
    long digest = 0;
    for (Product p : page.rows()) {
      digest = Checksum.then(digest, Checksum.of(p));
    }
    return Checksum.page(page.count(), digest);
  }

  @Override
  public long countAndStockByCategory() {
    List<Row3<String, Long, Integer>> groups = products.select(CATEGORY, Fn.count(), Fn.sum(STOCK))
        .groupBy(CATEGORY).fetch();
    long sum = 0;
    for (Row3<String, Long, Integer> g : groups) {
      sum += Checksum.group(g.value1(), g.value2(), g.value3());
    }
    return sum;
  }

  @Override
  public int updatePrice(Product product, BigDecimal price) {
    products.update(product, PRICE.set(price));
    return 1; // update throws when the row is gone
  }

  @Override
  public long parentsWithChildren(int limit) {
    long digest = 0;
    for (Parent p : parents.findAll(parents.query().include(ParentModel.CHILDREN).order(ParentModel.ID.asc())
        .limit(limit))) {
      digest = Checksum.then(digest, Checksum.of(p));
    }
    return digest;
  }

  @Override
  public void close() {
    db.close();
  }
}
