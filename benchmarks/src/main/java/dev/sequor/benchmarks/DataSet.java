package dev.sequor.benchmarks;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

/**
 * The deterministic data set (seeded), the same for every implementation and run, and the expected answers
 * computed from it in memory, independently of any implementation.
 */
final class DataSet {

  static final int CATEGORIES = 20;
  /** W9: parents, and children of each. */
  static final int PARENTS = 1_000;
  static final int CHILDREN_PER_PARENT = 10;
  private static final Instant EPOCH = Instant.parse("2024-01-01T00:00:00Z");

  /** The stored rows, ids 1..n in order. */
  final List<Product> products;
  final List<String> categories;
  /** W9's stored parents, ids 1..1,000 in order, without their children (the attribute is {@code null}). */
  final List<Parent> parents;
  /**
   * W9's stored children, ids 1..10,000 in order: exactly 10 per parent, the parents in a shuffled order, as rows
   * added over time are, so that no parent's children are stored together.
   */
  final List<Child> children;
  /** Per category, its rows by id. */
  private final Map<String, List<Product>> byCategory = new LinkedHashMap<>();
  /** Per category, its rows by price descending, then id. */
  private final Map<String, List<Product>> byPriceDesc = new LinkedHashMap<>();

  DataSet(int size) {
    Random random = new Random(42);
    List<String> names = new ArrayList<>();
    for (int c = 0; c < CATEGORIES; c++) {
      names.add(String.format("category-%02d", c));
    }
    categories = List.copyOf(names);
    List<Product> rows = new ArrayList<>(size);
    for (int i = 1; i <= size; i++) {
      String category = categories.get(random.nextInt(CATEGORIES));
      BigDecimal price = BigDecimal.valueOf(100 + random.nextInt(99_900), 2); // 1.00 to 999.99
      // microseconds: what timestamptz keeps
      Instant created = EPOCH.plusSeconds(i * 60L).plus(random.nextInt(1_000_000), ChronoUnit.MICROS);
      Instant updated = created.plusSeconds(random.nextInt(86_400));
      rows.add(new Product((long) i, "product " + i + " " + Long.toString(random.nextLong() & 0xffffffffL, 36),
          category, price, random.nextInt(501), created, updated));
    }
    products = Collections.unmodifiableList(rows);
    Random families = new Random(9); // a seed of its own: the products stay what they were before W9
    List<Parent> parentRows = new ArrayList<>(PARENTS);
    for (int i = 1; i <= PARENTS; i++) {
      parentRows.add(new Parent((long) i, "parent " + i + " " + Long.toString(families.nextLong() & 0xffffffffL, 36),
          families.nextInt(1_001), null));
    }
    parents = Collections.unmodifiableList(parentRows);
    List<Long> owners = new ArrayList<>(PARENTS * CHILDREN_PER_PARENT);
    for (int c = 0; c < CHILDREN_PER_PARENT; c++) {
      for (long i = 1; i <= PARENTS; i++) {
        owners.add(i);
      }
    }
    Collections.shuffle(owners, families);
    List<Child> childRows = new ArrayList<>(owners.size());
    for (int k = 1; k <= owners.size(); k++) {
      childRows.add(new Child((long) k, owners.get(k - 1), null,
          "child " + k + " " + Long.toString(families.nextLong() & 0xffffffffL, 36),
          BigDecimal.valueOf(100 + families.nextInt(99_900), 2), families.nextInt(101)));
    }
    children = Collections.unmodifiableList(childRows);
    for (String category : categories) {
      byCategory.put(category, new ArrayList<>());
    }
    for (Product p : products) {
      byCategory.get(p.category()).add(p);
    }
    Comparator<Product> order = Comparator.comparing(Product::price).reversed().thenComparing(Product::id);
    byCategory.forEach((category, list) -> {
      List<Product> sorted = new ArrayList<>(list);
      sorted.sort(order);
      byPriceDesc.put(category, sorted);
    });
  }

  /** The row with this id. */
  Product get(long id) {
    return products.get((int) id - 1);
  }

  /** The rows of a category, by id. */
  List<Product> inCategory(String category) {
    return byCategory.get(category);
  }

  /** A row as a caller creates it: no id, no timestamps. */
  static Product unsaved(Product p) {
    return new Product(null, p.name(), p.category(), p.price(), p.stock(), null, null);
  }

  long expectedTop(String category, BigDecimal minPrice, int limit) {
    long digest = 0;
    int n = 0;
    for (Product p : byPriceDesc.get(category)) {
      if (n == limit || p.price().compareTo(minPrice) <= 0) {
        break;
      }
      digest = Checksum.then(digest, Checksum.of(p));
      n++;
    }
    return digest;
  }

  long expectedPage(String category, int limit, int offset) {
    List<Product> rows = byCategory.get(category);
    long digest = 0;
    for (int i = offset; i < Math.min(rows.size(), offset + limit); i++) {
      digest = Checksum.then(digest, Checksum.of(rows.get(i)));
    }
    return Checksum.page(rows.size(), digest);
  }

  long expectedAll() {
    long sum = 0;
    for (Product p : products) {
      sum += Checksum.of(p);
    }
    return sum;
  }

  long expectedGroups() {
    long sum = 0;
    for (Map.Entry<String, List<Product>> e : byCategory.entrySet()) {
      long stock = 0;
      for (Product p : e.getValue()) {
        stock += p.stock();
      }
      sum += Checksum.group(e.getKey(), e.getValue().size(), stock);
    }
    return sum;
  }

  /** W9: the ordered digest of the first {@code limit} parents by id, each with all its children. */
  long expectedParents(int limit) {
    long[] sums = new long[parents.size() + 1];
    int[] counts = new int[parents.size() + 1];
    for (Child c : children) {
      int parent = (int) (long) c.parentId();
      sums[parent] += Checksum.child(c.id(), c.parentId(), c.name(), c.price(), c.quantity());
      counts[parent]++;
    }
    long digest = 0;
    for (Parent p : parents.subList(0, Math.min(limit, parents.size()))) {
      int i = (int) (long) p.id();
      digest = Checksum.then(digest, Checksum.parent(p.id(), p.name(), p.score(), counts[i], sums[i]));
    }
    return digest;
  }
}
