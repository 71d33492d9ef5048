package dev.sequor.benchmarks;

import com.zaxxer.hikari.HikariDataSource;
import java.math.BigDecimal;
import java.sql.SQLException;
import java.util.List;
import org.hibernate.SessionFactory;
import org.hibernate.cfg.AvailableSettings;
import org.hibernate.cfg.Configuration;

/**
 * Hibernate ORM 7, bootstrapped natively (no Spring, no JPA XML) on a HikariCP pool of its own, with JDBC batching
 * of 1,000 and ordered inserts. Writes use a {@code Session} in a transaction, queries are JPQL; reads run without
 * a transaction, in autocommit as the other implementations' reads do.
 *
 * <p>Ids come from a pooled sequence (see {@link ProductEntity}): its optimizer keeps a block of reserved ids in
 * memory, which a {@code TRUNCATE ... RESTART IDENTITY} between runs would make stale, so the session factory is
 * rebuilt (outside the measurement) before every run of an inserting workload.
 */
final class HibernateImpl implements Impl {

  private final BenchDatabase database;
  private final HikariDataSource pool;
  private SessionFactory sessions;

  HibernateImpl(BenchDatabase database) {
    this.database = database;
    this.pool = database.pool("hibernate");
    this.sessions = build();
  }

  private SessionFactory build() {
    try {
      // Hibernate's setup only: the sequence hands out blocks of ALLOCATION ids, as the entity expects
      database.execute("ALTER SEQUENCE " + BenchDatabase.SEQUENCE + " INCREMENT BY " + ProductEntity.ALLOCATION);
    } catch (SQLException e) {
      throw new IllegalStateException(e);
    }
    Configuration configuration = new Configuration().addAnnotatedClass(ProductEntity.class)
        .addAnnotatedClass(ParentEntity.class).addAnnotatedClass(ChildEntity.class);
    configuration.getProperties().put(AvailableSettings.JAKARTA_NON_JTA_DATASOURCE, pool);
    configuration.setProperty(AvailableSettings.STATEMENT_BATCH_SIZE, "1000");
    configuration.setProperty(AvailableSettings.ORDER_INSERTS, "true");
    configuration.setProperty(AvailableSettings.ORDER_UPDATES, "true");
    return configuration.buildSessionFactory();
  }

  @Override
  public String name() {
    return "hibernate";
  }

  @Override
  public void beforeRun(Workload workload) {
    if (workload.inserts()) {
      sessions.close();
      sessions = build();
    }
  }

  @Override
  public long create(Product p) {
    ProductEntity entity = new ProductEntity(p.name(), p.category(), p.price(), p.stock());
    sessions.inTransaction(session -> session.persist(entity));
    return entity.checksum();
  }

  @Override
  public int bulkCreate(List<Product> products, int batchSize) {
    // Hibernate's documented batch pattern: flush and clear the session every batch
    sessions.inTransaction(session -> {
      for (int i = 0; i < products.size(); i++) {
        Product p = products.get(i);
        session.persist(new ProductEntity(p.name(), p.category(), p.price(), p.stock()));
        if ((i + 1) % batchSize == 0) {
          session.flush();
          session.clear();
        }
      }
    });
    return products.size();
  }

  @Override
  public long findByPk(long id) {
    ProductEntity entity = sessions.fromSession(session -> session.find(ProductEntity.class, id));
    return entity == null ? 0 : entity.checksum();
  }

  @Override
  public long topByCategory(String category, BigDecimal minPrice, int limit) {
    List<ProductEntity> rows = sessions.fromSession(session -> session.createSelectionQuery(
            "from Product p where p.category = :category and p.price > :price order by p.price desc, p.id",
            ProductEntity.class)
        .setParameter("category", category)
        .setParameter("price", minPrice)
        .setMaxResults(limit)
        .getResultList());
    long digest = 0;
    for (ProductEntity p : rows) {
      digest = Checksum.then(digest, p.checksum());
    }
    return digest;
  }

  @Override
  public long findAll() {
    return sessions.fromSession(session -> {
      long sum = 0;
      for (ProductEntity p : session.createSelectionQuery("from Product", ProductEntity.class).getResultList()) {
        sum += p.checksum();
      }
      return sum;
    });
  }

  @Override
  public long findAndCountAll(String category, int limit, int offset) {
    return sessions.fromSession(session -> {
      long count = session.createSelectionQuery("select count(p) from Product p where p.category = :category",
          Long.class).setParameter("category", category).getSingleResult();
      long digest = 0;
      for (ProductEntity p : session.createSelectionQuery(
              "from Product p where p.category = :category order by p.id", ProductEntity.class)
          .setParameter("category", category)
          .setFirstResult(offset)
          .setMaxResults(limit)
          .getResultList()) {
        digest = Checksum.then(digest, p.checksum());
      }
      return Checksum.page(count, digest);
    });
  }

  @Override
  public long countAndStockByCategory() {
    List<Object[]> groups = sessions.fromSession(session -> session.createSelectionQuery(
        "select p.category, count(p), sum(p.stock) from Product p group by p.category", Object[].class)
        .getResultList());
    long sum = 0;
    for (Object[] g : groups) {
      sum += Checksum.group((String) g[0], (Long) g[1], (Long) g[2]);
    }
    return sum;
  }

  @Override
  public int updatePrice(Product product, BigDecimal price) {
    // load, change, let the flush at commit write it (with @UpdateTimestamp)
    sessions.inTransaction(session -> session.find(ProductEntity.class, product.id()).setPrice(price));
    return 1;
  }

  @Override
  public long parentsWithChildren(int limit) {
    // join fetch, with the limit on parents in a subquery: a limit on the fetch join itself would make Hibernate
    // read every row and cut the list in memory (HHH90003004)
    return sessions.fromSession(session -> {
      long digest = 0;
      for (ParentEntity p : session.createSelectionQuery("from Parent p left join fetch p.children "
              + "where p.id in (select q.id from Parent q order by q.id limit :limit) order by p.id",
              ParentEntity.class)
          .setParameter("limit", limit)
          .getResultList()) {
        digest = Checksum.then(digest, p.checksum());
      }
      return digest;
    });
  }

  @Override
  public void close() {
    sessions.close();
    pool.close();
  }
}
