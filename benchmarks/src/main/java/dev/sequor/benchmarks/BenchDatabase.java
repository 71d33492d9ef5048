package dev.sequor.benchmarks;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import dev.sequor.Sequor;
import java.io.IOException;
import java.io.StringReader;
import java.math.BigDecimal;
import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.OffsetDateTime;
import java.util.List;
import org.postgresql.PGConnection;

/**
 * The one database and schema every implementation uses, and the unmeasured work around the runs: creating the
 * schema from Sequor's generated SQL, emptying and loading the table, and reading it back for the checks.
 */
final class BenchDatabase implements AutoCloseable {

  static final String SCHEMA = "sequor_bench";
  static final String SEQUENCE = "products_id_seq";
  /** The most connections any implementation's pool may hold. */
  static final int POOL_SIZE = 4;

  /** The JDBC URL every implementation connects with: same server, schema and driver options. */
  final String url;
  private final Connection admin;

  BenchDatabase(String databaseUrl, boolean synchronousCommit) throws SQLException {
    String base = jdbcUrl(databaseUrl);
    // bootstrap on the plain URL: the schema does not exist yet, so currentSchema would point nowhere
    try (Connection c = DriverManager.getConnection(base); Statement s = c.createStatement()) {
      s.execute("DROP SCHEMA IF EXISTS " + SCHEMA + " CASCADE");
      s.execute("CREATE SCHEMA " + SCHEMA);
    }
    StringBuilder u = new StringBuilder(base).append(base.contains("?") ? '&' : '?')
        .append("currentSchema=").append(SCHEMA)
        // the driver rewrites a JDBC batch of inserts into multi-row inserts: the practical limit for raw JDBC,
        // and what Hibernate's batching sends too; Sequor and jOOQ write multi-row inserts themselves
        .append("&reWriteBatchedInserts=true");
    if (!synchronousCommit) {
      // a commit then returns before its WAL is flushed: each autocommit write of W1 and W8 would otherwise wait
      // for an fsync (milliseconds on these disks), hiding the client's cost under the disk's
      u.append("&options=").append(URLEncoder.encode("-c synchronous_commit=off", StandardCharsets.UTF_8)
          .replace("+", "%20"));
    }
    url = u.toString();
    admin = DriverManager.getConnection(url);
    try (Statement s = admin.createStatement()) {
      s.execute(Sequor.schemaSql(ProductModel.MODEL));
      // W9's tables, as generated too (CREATE TABLE only: the foreign key and its index come with migrations)
      s.execute(Sequor.schemaSql(ParentModel.MODEL));
      s.execute(Sequor.schemaSql(ChildModel.MODEL));
    }
  }

  /** A pool of at most {@value #POOL_SIZE} connections on {@link #url}. */
  HikariDataSource pool(String name) {
    HikariConfig config = new HikariConfig();
    config.setJdbcUrl(url);
    config.setMaximumPoolSize(POOL_SIZE);
    config.setPoolName(name);
    return new HikariDataSource(config);
  }

  /** {@code DATABASE_URL} in either form (JDBC or {@code postgres://user:password@host:port/db}) as a JDBC URL. */
  static String jdbcUrl(String databaseUrl) {
    if (databaseUrl.startsWith("jdbc:")) {
      return databaseUrl;
    }
    URI uri = URI.create(databaseUrl);
    StringBuilder jdbc = new StringBuilder("jdbc:postgresql://").append(uri.getHost())
        .append(':').append(uri.getPort() == -1 ? 5432 : uri.getPort()).append(uri.getRawPath());
    String separator = "?";
    if (uri.getRawUserInfo() != null) {
      String[] user = uri.getRawUserInfo().split(":", 2);
      jdbc.append("?user=").append(user[0]);
      if (user.length == 2) {
        jdbc.append("&password=").append(user[1]);
      }
      separator = "&";
    }
    if (uri.getRawQuery() != null) {
      jdbc.append(separator).append(uri.getRawQuery());
    }
    return jdbc.toString();
  }

  String serverVersion() throws SQLException {
    return queryString("SHOW server_version");
  }

  /** An empty table whose ids start again at 1, one at a time. */
  void empty() throws SQLException {
    try (Statement s = admin.createStatement()) {
      s.execute("ALTER SEQUENCE " + SEQUENCE + " INCREMENT BY 1");
      s.execute("TRUNCATE products RESTART IDENTITY");
    }
  }

  /** Empties the table and loads {@code products} with their ids and timestamps, by COPY. */
  void load(List<Product> products) throws SQLException {
    empty();
    StringBuilder text = new StringBuilder(products.size() * 96);
    for (Product p : products) {
      text.append(p.id()).append('\t').append(p.name()).append('\t').append(p.category()).append('\t')
          .append(p.price().toPlainString()).append('\t').append(p.stock()).append('\t')
          .append(p.createdAt()).append('\t').append(p.updatedAt()).append('\n');
    }
    try {
      admin.unwrap(PGConnection.class).getCopyAPI().copyIn(
          "COPY products (id, name, category, price, stock, created_at, updated_at) FROM STDIN",
          new StringReader(text.toString()));
    } catch (IOException e) {
      throw new SQLException(e);
    }
    try (Statement s = admin.createStatement()) {
      s.execute("SELECT setval('" + SEQUENCE + "', " + products.size() + ")");
      // statistics: the same plans for everyone from the first run on; the visibility map: index-only scans, as
      // on a table that autovacuum has seen
      s.execute("VACUUM ANALYZE products");
    }
  }

  /** W9: empties the parents and children tables and loads them by COPY, with their ids. */
  void loadParents(List<Parent> parents, List<Child> children) throws SQLException {
    try (Statement s = admin.createStatement()) {
      s.execute("TRUNCATE parents, children RESTART IDENTITY");
    }
    StringBuilder parentText = new StringBuilder(parents.size() * 32);
    for (Parent p : parents) {
      parentText.append(p.id()).append('\t').append(p.name()).append('\t').append(p.score()).append('\n');
    }
    StringBuilder childText = new StringBuilder(children.size() * 48);
    for (Child c : children) {
      childText.append(c.id()).append('\t').append(c.parentId()).append('\t').append(c.name()).append('\t')
          .append(c.price().toPlainString()).append('\t').append(c.quantity()).append('\n');
    }
    try {
      var copy = admin.unwrap(PGConnection.class).getCopyAPI();
      copy.copyIn("COPY parents (id, name, score) FROM STDIN", new StringReader(parentText.toString()));
      copy.copyIn("COPY children (id, parent_id, name, price, quantity) FROM STDIN",
          new StringReader(childText.toString()));
    } catch (IOException e) {
      throw new SQLException(e);
    }
    try (Statement s = admin.createStatement()) {
      s.execute("SELECT setval('parents_id_seq', " + parents.size() + ")");
      s.execute("SELECT setval('children_id_seq', " + children.size() + ")");
      s.execute("VACUUM ANALYZE parents");
      s.execute("VACUUM ANALYZE children");
    }
  }

  /** What the table holds, digested: row count, sum of row digests, sum of content digests. */
  record Contents(long count, long rows, long content, long distinctIds) {}

  Contents contents() throws SQLException {
    long count = 0;
    long rows = 0;
    long content = 0;
    java.util.Set<Long> ids = new java.util.HashSet<>();
    try (Statement s = admin.createStatement();
        ResultSet r = s.executeQuery(
            "SELECT id, name, category, price, stock, created_at, updated_at FROM products")) {
      while (r.next()) {
        count++;
        long id = r.getLong(1);
        ids.add(id);
        rows += Checksum.row(id, r.getString(2), r.getString(3), r.getBigDecimal(4), r.getInt(5),
            r.getObject(6, OffsetDateTime.class).toInstant(), r.getObject(7, OffsetDateTime.class).toInstant());
        content += Checksum.content(r.getString(2), r.getString(3), r.getBigDecimal(4), r.getInt(5));
      }
    }
    return new Contents(count, rows, content, ids.size());
  }

  long queryLong(String sql) throws SQLException {
    try (Statement s = admin.createStatement(); ResultSet r = s.executeQuery(sql)) {
      r.next();
      return r.getLong(1);
    }
  }

  BigDecimal queryDecimal(String sql) throws SQLException {
    try (Statement s = admin.createStatement(); ResultSet r = s.executeQuery(sql)) {
      r.next();
      return r.getBigDecimal(1);
    }
  }

  private String queryString(String sql) throws SQLException {
    try (Statement s = admin.createStatement(); ResultSet r = s.executeQuery(sql)) {
      r.next();
      return r.getString(1);
    }
  }

  /** Runs a statement outside any measurement (an implementation's own setup). */
  void execute(String sql) throws SQLException {
    try (Statement s = admin.createStatement()) {
      s.execute(sql);
    }
  }

  @Override
  public void close() throws SQLException {
    admin.close();
  }
}
