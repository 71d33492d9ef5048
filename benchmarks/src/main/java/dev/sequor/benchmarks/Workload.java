package dev.sequor.benchmarks;

import java.math.BigDecimal;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;

/**
 * One workload of the benchmark: its operations (inputs drawn once, the same for every implementation and
 * round), the state of the table it needs, and the check of its result.
 */
abstract class Workload {

  /** What the table must hold before a run. */
  enum Table {
    /** Empty, ids restarting at 1, before every run (the workload inserts). */
    EMPTY,
    /** The data set, loaded once for all runs (the workload only reads). */
    LOADED,
    /** The data set, loaded again before every run (the workload changes it). */
    FRESH,
    /** The parents and their children (W9), loaded once for all runs (the workload only reads them). */
    PARENTS
  }

  final String id;
  final String title;
  final Table table;
  /** Operations per run. */
  final int operations;
  /**
   * Rows written or read per operation, when the results should also be shown per row (W2) or per parent row (W9);
   * else 0.
   */
  final int rowsPerOperation;
  /** What those rows are, in the results table ({@code "per row"}). */
  final String rowName;

  private Workload(String id, String title, Table table, int operations, int rowsPerOperation) {
    this(id, title, table, operations, rowsPerOperation, "row");
  }

  private Workload(String id, String title, Table table, int operations, int rowsPerOperation, String rowName) {
    this.id = id;
    this.title = title;
    this.table = table;
    this.operations = operations;
    this.rowsPerOperation = rowsPerOperation;
    this.rowName = rowName;
  }

  boolean inserts() {
    return table == Table.EMPTY;
  }

  /**
   * The most measured rounds this workload needs, whatever {@code bench.rounds} says: a workload whose rounds are
   * long, because PostgreSQL does most of the work, needs fewer to be steady.
   */
  int maxRounds() {
    return Integer.MAX_VALUE;
  }

  /** Runs operation {@code i} (0-based); returns its digest, summed over the run and given to {@link #check}. */
  abstract long run(Impl impl, int i);

  /** Throws {@link CheckFailed} when the run's result or the table it left is wrong. */
  abstract void check(long result, BenchDatabase database) throws SQLException;

  /** A run that gave a wrong answer: the benchmark stops. */
  static final class CheckFailed extends RuntimeException {
    private static final long serialVersionUID = 1L;

    CheckFailed(String message) {
      super(message);
    }
  }

  static void expect(String what, long expected, long actual) {
    if (expected != actual) {
      throw new CheckFailed(what + ": expected " + expected + ", found " + actual);
    }
  }

  private static int scaled(int count, double scale) {
    return Math.max(1, (int) Math.round(count * scale));
  }

  /** The eight workloads of issue 6 and W9, operation counts multiplied by {@code scale}. */
  static List<Workload> all(DataSet data, double scale) {
    List<Workload> all = new ArrayList<>();
    all.add(create(data, scaled(5_000, scale)));
    all.add(bulkCreate(data, scaled(100_000, scale)));
    all.add(findByPk(data, scaled(20_000, scale)));
    all.add(top(data, scaled(2_000, scale)));
    all.add(findAll(data, scaled(5, scale)));
    all.add(findAndCountAll(data, scaled(1_000, scale)));
    all.add(group(data, scaled(2_000, scale)));
    all.add(update(data, scaled(5_000, scale)));
    all.add(parentsWithChildren(data, scaled(300, scale)));
    return all;
  }

  private static Workload create(DataSet data, int n) {
    List<Product> inputs = new ArrayList<>(n);
    long content = 0;
    for (int i = 0; i < n; i++) {
      Product p = DataSet.unsaved(data.products.get(i % data.products.size()));
      inputs.add(p);
      content += Checksum.content(p.name(), p.category(), p.price(), p.stock());
    }
    long expectedContent = content;
    return new Workload("W1", n + " single-row create (autocommit)", Table.EMPTY, n, 0) {
      @Override
      long run(Impl impl, int i) {
        return impl.create(inputs.get(i));
      }

      @Override
      void check(long result, BenchDatabase database) throws SQLException {
        BenchDatabase.Contents stored = database.contents();
        expect("rows stored", n, stored.count());
        expect("distinct ids", n, stored.distinctIds());
        expect("digest of the rows stored (name, category, price, stock)", expectedContent, stored.content());
        expect("digest of the rows returned against the rows stored (with ids and timestamps)", stored.rows(),
            result);
      }
    };
  }

  private static Workload bulkCreate(DataSet data, int n) {
    List<Product> inputs = new ArrayList<>(n);
    long content = 0;
    for (int i = 0; i < n; i++) {
      Product p = DataSet.unsaved(data.products.get(i % data.products.size()));
      inputs.add(p);
      content += Checksum.content(p.name(), p.category(), p.price(), p.stock());
    }
    long expectedContent = content;
    List<Product> rows = Collections.unmodifiableList(inputs);
    return new Workload("W2", "bulkCreate of " + n + " rows, batches of 1,000", Table.EMPTY, 1, n) {
      @Override
      long run(Impl impl, int i) {
        return impl.bulkCreate(rows, 1_000);
      }

      @Override
      void check(long result, BenchDatabase database) throws SQLException {
        expect("rows reported stored", n, result);
        BenchDatabase.Contents stored = database.contents();
        expect("rows stored", n, stored.count());
        expect("distinct ids", n, stored.distinctIds());
        expect("digest of the rows stored (name, category, price, stock)", expectedContent, stored.content());
      }
    };
  }

  private static Workload findByPk(DataSet data, int n) {
    Random random = new Random(3);
    long[] ids = new long[n];
    long expected = 0;
    for (int i = 0; i < n; i++) {
      ids[i] = 1 + random.nextInt(data.products.size());
      expected += Checksum.of(data.get(ids[i]));
    }
    long sum = expected;
    return new Workload("W3", n + " findByPk of random ids", Table.LOADED, n, 0) {
      @Override
      long run(Impl impl, int i) {
        return impl.findByPk(ids[i]);
      }

      @Override
      void check(long result, BenchDatabase database) {
        expect("digest of the rows read", sum, result);
      }
    };
  }

  private static Workload top(DataSet data, int n) {
    Random random = new Random(4);
    String[] categories = new String[n];
    BigDecimal[] prices = new BigDecimal[n];
    long expected = 0;
    for (int i = 0; i < n; i++) {
      categories[i] = data.categories.get(random.nextInt(data.categories.size()));
      prices[i] = BigDecimal.valueOf(100 + random.nextInt(99_900), 2);
      expected += data.expectedTop(categories[i], prices[i], 20);
    }
    long sum = expected;
    return new Workload("W4", n + " findAll category = ? and price > ? order by price desc limit 20",
        Table.LOADED, n, 0) {
      @Override
      long run(Impl impl, int i) {
        return impl.topByCategory(categories[i], prices[i], 20);
      }

      @Override
      void check(long result, BenchDatabase database) {
        expect("digest of the 20 rows of every query, in order", sum, result);
      }
    };
  }

  private static Workload findAll(DataSet data, int n) {
    long all = data.expectedAll();
    return new Workload("W5", "findAll of all " + data.products.size() + " rows, " + n + " times", Table.LOADED,
        n, 0) {
      @Override
      long run(Impl impl, int i) {
        return impl.findAll();
      }

      @Override
      void check(long result, BenchDatabase database) {
        expect("digest of every row, every time", all * n, result);
      }
    };
  }

  private static Workload findAndCountAll(DataSet data, int n) {
    Random random = new Random(6);
    String[] categories = new String[n];
    int[] offsets = new int[n];
    long expected = 0;
    for (int i = 0; i < n; i++) {
      categories[i] = data.categories.get(i % data.categories.size());
      int pages = (data.inCategory(categories[i]).size() + 19) / 20;
      offsets[i] = random.nextInt(pages) * 20;
      expected += data.expectedPage(categories[i], 20, offsets[i]);
    }
    long sum = expected;
    return new Workload("W6", n + " findAndCountAll pages of 20 (category = ?, by id)", Table.LOADED, n, 0) {
      @Override
      long run(Impl impl, int i) {
        return impl.findAndCountAll(categories[i], 20, offsets[i]);
      }

      @Override
      void check(long result, BenchDatabase database) {
        expect("digest of the counts and pages", sum, result);
      }
    };
  }

  private static Workload group(DataSet data, int n) {
    long groups = data.expectedGroups();
    return new Workload("W7", n + " group by category with count and sum(stock)", Table.LOADED, n, 0) {
      /*
       * One measured round: each group-by scans all 100,000 rows, about 17 ms of PostgreSQL's time on a two-core
       * machine (a bare count over the table takes 13 ms in psql), so one round is about 35 s per implementation
       * and five implementations' second round would add three minutes. Over 35 s a burst of a neighbour or a
       * collection is a small share: the two rounds of earlier runs differed by 3-8%, against up to 30% for the
       * short workloads.
       */
      @Override
      int maxRounds() {
        return 1;
      }

      @Override
      long run(Impl impl, int i) {
        return impl.countAndStockByCategory();
      }

      @Override
      void check(long result, BenchDatabase database) {
        expect("digest of every category's count and sum, every time", groups * n, result);
      }
    };
  }

  private static Workload update(DataSet data, int n) {
    List<Product> shuffled = new ArrayList<>(data.products);
    Collections.shuffle(shuffled, new Random(8));
    List<Product> targets = List.copyOf(shuffled.subList(0, Math.min(n, shuffled.size())));
    int count = targets.size();
    BigDecimal raise = new BigDecimal("1000.00"); // above every price of the data set: the updated rows stand out
    BigDecimal[] prices = new BigDecimal[count];
    long ids = 0;
    BigDecimal total = BigDecimal.ZERO;
    for (int i = 0; i < count; i++) {
      prices[i] = targets.get(i).price().add(raise);
      ids += targets.get(i).id();
      total = total.add(prices[i]);
    }
    long idSum = ids;
    BigDecimal priceSum = total;
    return new Workload("W8", count + " single-row update of price", Table.FRESH, count, 0) {
      @Override
      long run(Impl impl, int i) {
        return impl.updatePrice(targets.get(i), prices[i]);
      }

      @Override
      void check(long result, BenchDatabase database) throws SQLException {
        expect("rows updated", count, result);
        expect("rows with a new price", count, database.queryLong("SELECT count(*) FROM products WHERE price >= "
            + raise));
        expect("sum of their ids", idSum, database.queryLong("SELECT sum(id) FROM products WHERE price >= "
            + raise));
        expect("sum of their prices in cents", priceSum.movePointRight(2).longValueExact(),
            database.queryDecimal("SELECT sum(price) FROM products WHERE price >= " + raise)
                .movePointRight(2).longValueExact());
        expect("of them, rows with a new updated_at", count, database.queryLong("SELECT count(*) FROM products "
            + "WHERE price >= " + raise + " AND updated_at > now() - interval '1 hour'"));
        expect("rows in all", data.products.size(), database.queryLong("SELECT count(*) FROM products"));
      }
    };
  }

  /**
   * W9: the first 1,000 parents by id, each with its 10 children, loaded with an include (Sequor), one join or two
   * statements (JDBC), two statements (jOOQ) or a {@code join fetch} (Hibernate). The tables hold exactly those
   * 1,000 parents and 10,000 children, so every operation reads the same 11,000 rows.
   */
  private static Workload parentsWithChildren(DataSet data, int n) {
    int limit = data.parents.size();
    long expected = data.expectedParents(limit);
    return new Workload("W9", n + " findAll of " + limit + " parents including their "
        + data.children.size() + " children", Table.PARENTS, n, limit, "parent") {
      @Override
      long run(Impl impl, int i) {
        return impl.parentsWithChildren(limit);
      }

      @Override
      void check(long result, BenchDatabase database) {
        expect("digest of every parent with its children, in order, every time", expected * n, result);
      }
    };
  }
}
