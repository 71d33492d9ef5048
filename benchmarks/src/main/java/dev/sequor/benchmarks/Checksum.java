package dev.sequor.benchmarks;

import java.math.BigDecimal;
import java.time.Instant;

/**
 * 64-bit digests of rows, so that every implementation proves it read or wrote the right values: a fast wrong
 * answer (a missing row, a shifted time zone, a lost decimal) changes the digest.
 */
final class Checksum {

  private Checksum() {}

  /** Every column of a stored row. */
  static long row(long id, String name, String category, BigDecimal price, int stock, Instant createdAt,
      Instant updatedAt) {
    long h = content(name, category, price, stock);
    h = h * 31 + id;
    h = h * 31 + micros(createdAt);
    h = h * 31 + micros(updatedAt);
    return mix(h);
  }

  /** The columns a caller chooses (not the generated id and timestamps). */
  static long content(String name, String category, BigDecimal price, int stock) {
    long h = name.hashCode();
    h = h * 31 + (category == null ? 0 : category.hashCode());
    h = h * 31 + (price == null ? -1 : price.movePointRight(2).longValueExact());
    h = h * 31 + stock;
    return mix(h);
  }

  /** A row of the group-by: category, count and sum of stock. */
  static long group(String category, long count, long stockSum) {
    return mix((category.hashCode() * 31L + count) * 31 + stockSum);
  }

  /** Extends an ordered digest (a page, the top 20) with the next row's digest. */
  static long then(long digest, long next) {
    return mix(digest * 31 + next);
  }

  /** A page of {@code findAndCountAll}: the count of all matching rows and the ordered digest of the page. */
  static long page(long count, long rowsDigest) {
    return mix(count * 31 + rowsDigest);
  }

  private static long micros(Instant t) {
    return t.getEpochSecond() * 1_000_000 + t.getNano() / 1_000;
  }

  /** SplitMix64's finalizer: spreads every input bit over the result, so sums of digests stay meaningful. */
  static long mix(long z) {
    z = (z ^ (z >>> 30)) * 0xbf58476d1ce4e5b9L;
    z = (z ^ (z >>> 27)) * 0x94d049bb133111ebL;
    return z ^ (z >>> 31);
  }

  /** W9: a child row, every column (its parent's key included, so that a child under the wrong parent shows). */
  static long child(long id, long parentId, String name, BigDecimal price, int quantity) {
    long h = name.hashCode();
    h = h * 31 + id;
    h = h * 31 + parentId;
    h = h * 31 + (price == null ? -1 : price.movePointRight(2).longValueExact());
    h = h * 31 + quantity;
    return mix(h);
  }

  /**
   * W9: a parent row with its children, given as their count and the sum of their {@link #child} digests: an
   * include promises no order of the children, so the digest does not depend on it.
   */
  static long parent(long id, String name, int score, int children, long childrenSum) {
    long h = name.hashCode();
    h = h * 31 + id;
    h = h * 31 + score;
    h = h * 31 + children;
    h = h * 31 + childrenSum;
    return mix(h);
  }

  /** As {@link #parent}, for the benchmark's records: the parent and every child in its list. */
  static long of(Parent p) {
    long sum = 0;
    for (Child c : p.children()) {
      sum += child(c.id(), c.parentId(), c.name(), c.price(), c.quantity());
    }
    return parent(p.id(), p.name(), p.score(), p.children().size(), sum);
  }

  /** As {@link #row}, for the benchmark's record. */
  static long of(Product p) {
    return row(p.id(), p.name(), p.category(), p.price(), p.stock(), p.createdAt(), p.updatedAt());
  }
}
