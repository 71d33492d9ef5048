package dev.sequor.benchmarks;

import com.zaxxer.hikari.HikariDataSource;
import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The baseline: PreparedStatements and a hand-written mapping into the record, the least a program can do for
 * the same results. Writes return what Sequor's return ({@code RETURNING} for {@code create}), except where the
 * workload asks for no result (W2's row count, W8's update count).
 *
 * <p>W9 comes in two versions: {@code jdbc}, the two statements Sequor's include sends (the parents, then their
 * children {@code WHERE parent_id IN (SELECT unnest(?))} with the parents' ids as one array parameter), and
 * {@code jdbc-join}, one {@code LEFT JOIN} of the parents and their children ordered by parent, which repeats each
 * parent's columns on each of its children's rows. {@code jdbc-join} runs W9 only.
 */
final class JdbcImpl implements Impl {

  private static final String COLUMNS = "id, name, category, price, stock, created_at, updated_at";

  private final HikariDataSource pool;
  /** W9 as one join; the other workloads are not run. */
  private final boolean join;

  JdbcImpl(BenchDatabase database, boolean join) {
    this.join = join;
    this.pool = database.pool(name());
  }

  @Override
  public String name() {
    return join ? "jdbc-join" : "jdbc";
  }

  @Override
  public boolean runs(Workload workload) {
    return !join || workload.id.equals("W9");
  }

  @Override
  public long create(Product p) {
    OffsetDateTime now = now();
    try (Connection c = pool.getConnection();
        PreparedStatement s = c.prepareStatement("INSERT INTO products (name, category, price, stock, created_at, "
            + "updated_at) VALUES (?, ?, ?, ?, ?, ?) RETURNING " + COLUMNS)) {
      bindContent(s, p, now);
      try (ResultSet r = s.executeQuery()) {
        r.next();
        return Checksum.of(map(r));
      }
    } catch (SQLException e) {
      throw new IllegalStateException(e);
    }
  }

  @Override
  public int bulkCreate(List<Product> products, int batchSize) {
    OffsetDateTime now = now();
    try (Connection c = pool.getConnection()) {
      c.setAutoCommit(false);
      try (PreparedStatement s = c.prepareStatement("INSERT INTO products (name, category, price, stock, "
          + "created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?)")) {
        int stored = 0;
        for (int i = 0; i < products.size(); i++) {
          bindContent(s, products.get(i), now);
          s.addBatch();
          if ((i + 1) % batchSize == 0 || i == products.size() - 1) {
            for (int n : s.executeBatch()) {
              // the driver's rewritten multi-row statements report SUCCESS_NO_INFO
              stored += n == java.sql.Statement.SUCCESS_NO_INFO ? 1 : n;
            }
          }
        }
        c.commit();
        return stored;
      } catch (SQLException e) {
        c.rollback();
        throw e;
      } finally {
        c.setAutoCommit(true);
      }
    } catch (SQLException e) {
      throw new IllegalStateException(e);
    }
  }

  @Override
  public long findByPk(long id) {
    try (Connection c = pool.getConnection();
        PreparedStatement s = c.prepareStatement("SELECT " + COLUMNS + " FROM products WHERE id = ?")) {
      s.setLong(1, id);
      try (ResultSet r = s.executeQuery()) {
        return r.next() ? Checksum.of(map(r)) : 0;
      }
    } catch (SQLException e) {
      throw new IllegalStateException(e);
    }
  }

  @Override
  public long topByCategory(String category, BigDecimal minPrice, int limit) {
    try (Connection c = pool.getConnection();
        PreparedStatement s = c.prepareStatement("SELECT " + COLUMNS + " FROM products WHERE category = ? AND "
            + "price > ? ORDER BY price DESC, id LIMIT ?")) {
      s.setString(1, category);
      s.setBigDecimal(2, minPrice);
      s.setInt(3, limit);
      long digest = 0;
      for (Product p : list(s)) {
        digest = Checksum.then(digest, Checksum.of(p));
      }
      return digest;
    } catch (SQLException e) {
      throw new IllegalStateException(e);
    }
  }

  @Override
  public long findAll() {
    try (Connection c = pool.getConnection();
        PreparedStatement s = c.prepareStatement("SELECT " + COLUMNS + " FROM products")) {
      long sum = 0;
      for (Product p : list(s)) {
        sum += Checksum.of(p);
      }
      return sum;
    } catch (SQLException e) {
      throw new IllegalStateException(e);
    }
  }

  @Override
  public long findAndCountAll(String category, int limit, int offset) {
    // both statements on one connection, as Sequor's findAndCountAll
    try (Connection c = pool.getConnection();
        PreparedStatement count = c.prepareStatement("SELECT count(*) FROM products WHERE category = ?");
        PreparedStatement page = c.prepareStatement("SELECT " + COLUMNS + " FROM products WHERE category = ? "
            + "ORDER BY id LIMIT ? OFFSET ?")) {
      count.setString(1, category);
      long n;
      try (ResultSet r = count.executeQuery()) {
        r.next();
        n = r.getLong(1);
      }
      page.setString(1, category);
      page.setInt(2, limit);
      page.setInt(3, offset);
      long digest = 0;
      for (Product p : list(page)) {
        digest = Checksum.then(digest, Checksum.of(p));
      }
      return Checksum.page(n, digest);
    } catch (SQLException e) {
      throw new IllegalStateException(e);
    }
  }

  @Override
  public long countAndStockByCategory() {
    try (Connection c = pool.getConnection();
        PreparedStatement s = c.prepareStatement(
            "SELECT category, count(*), sum(stock) FROM products GROUP BY category");
        ResultSet r = s.executeQuery()) {
      long sum = 0;
      while (r.next()) {
        sum += Checksum.group(r.getString(1), r.getLong(2), r.getLong(3));
      }
      return sum;
    } catch (SQLException e) {
      throw new IllegalStateException(e);
    }
  }

  @Override
  public int updatePrice(Product product, BigDecimal price) {
    try (Connection c = pool.getConnection();
        PreparedStatement s = c.prepareStatement("UPDATE products SET price = ?, updated_at = ? WHERE id = ?")) {
      s.setBigDecimal(1, price);
      s.setObject(2, now());
      s.setLong(3, product.id());
      return s.executeUpdate();
    } catch (SQLException e) {
      throw new IllegalStateException(e);
    }
  }

  @Override
  public long parentsWithChildren(int limit) {
    List<Parent> parents = join ? parentsJoined(limit) : parentsThenChildren(limit);
    long digest = 0;
    for (Parent p : parents) {
      digest = Checksum.then(digest, Checksum.of(p));
    }
    return digest;
  }

  /**
   * Two statements on one connection: the parents, then their children by {@code IN (SELECT unnest(?))}, matched by
   * a map.
   */
  private List<Parent> parentsThenChildren(int limit) {
    try (Connection c = pool.getConnection()) {
      List<Parent> parents = new ArrayList<>(limit);
      Map<Long, List<Child>> byParent = new HashMap<>(limit * 2);
      try (PreparedStatement s = c.prepareStatement("SELECT id, name, score FROM parents ORDER BY id LIMIT ?")) {
        s.setInt(1, limit);
        try (ResultSet r = s.executeQuery()) {
          while (r.next()) {
            List<Child> children = new ArrayList<>();
            Parent p = new Parent(r.getLong(1), r.getString(2), r.getInt(3), children);
            parents.add(p);
            byParent.put(p.id(), children);
          }
        }
      }
      if (parents.isEmpty()) {
        return parents;
      }
      long[] ids = new long[parents.size()];
      for (int i = 0; i < ids.length; i++) {
        ids[i] = parents.get(i).id();
      }
      try (PreparedStatement s = c.prepareStatement("SELECT id, parent_id, name, price, quantity FROM children "
          + "WHERE parent_id IN (SELECT unnest(?))")) {
        s.setObject(1, ids); // a primitive array: pgjdbc sends it as one int8[] parameter
        try (ResultSet r = s.executeQuery()) {
          while (r.next()) {
            long parentId = r.getLong(2);
            byParent.get(parentId).add(new Child(r.getLong(1), parentId, null, r.getString(3), r.getBigDecimal(4),
                r.getInt(5)));
          }
        }
      }
      return parents;
    } catch (SQLException e) {
      throw new IllegalStateException(e);
    }
  }

  /**
   * One statement: the first parents (a subquery, so that the limit counts parents) left-joined to their children,
   * ordered by parent, so that each parent's rows come together and its columns are read once.
   */
  private List<Parent> parentsJoined(int limit) {
    try (Connection c = pool.getConnection();
        PreparedStatement s = c.prepareStatement("SELECT p.id, p.name, p.score, c.id, c.name, c.price, c.quantity "
            + "FROM (SELECT id, name, score FROM parents ORDER BY id LIMIT ?) p "
            + "LEFT JOIN children c ON c.parent_id = p.id ORDER BY p.id")) {
      s.setInt(1, limit);
      List<Parent> parents = new ArrayList<>(limit);
      try (ResultSet r = s.executeQuery()) {
        long current = 0;
        List<Child> children = null;
        while (r.next()) {
          long parentId = r.getLong(1);
          if (children == null || parentId != current) {
            current = parentId;
            children = new ArrayList<>();
            parents.add(new Parent(parentId, r.getString(2), r.getInt(3), children));
          }
          long childId = r.getLong(4);
          if (!r.wasNull()) {
            children.add(new Child(childId, parentId, null, r.getString(5), r.getBigDecimal(6), r.getInt(7)));
          }
        }
      }
      return parents;
    } catch (SQLException e) {
      throw new IllegalStateException(e);
    }
  }

  private static void bindContent(PreparedStatement s, Product p, OffsetDateTime now) throws SQLException {
    s.setString(1, p.name());
    s.setString(2, p.category());
    s.setBigDecimal(3, p.price());
    s.setInt(4, p.stock());
    s.setObject(5, now);
    s.setObject(6, now);
  }

  private static List<Product> list(PreparedStatement s) throws SQLException {
    List<Product> rows = new ArrayList<>();
    try (ResultSet r = s.executeQuery()) {
      while (r.next()) {
        rows.add(map(r));
      }
    }
    return rows;
  }

  private static Product map(ResultSet r) throws SQLException {
    return new Product(r.getLong(1), r.getString(2), r.getString(3), r.getBigDecimal(4), r.getInt(5),
        instant(r, 6), instant(r, 7));
  }

  private static Instant instant(ResultSet r, int column) throws SQLException {
    OffsetDateTime t = r.getObject(column, OffsetDateTime.class);
    return t == null ? null : t.toInstant();
  }

  private static OffsetDateTime now() {
    return OffsetDateTime.now(ZoneOffset.UTC);
  }

  @Override
  public void close() {
    pool.close();
  }
}
