package shop;

import java.math.BigDecimal;

/**
 * A call site of the model: once Product has no price any more (changes/v3 and v4), this method body does not
 * compile, and sequor:migration-generate writes the migration all the same.
 */
final class PriceList {

  private PriceList() {}

  static BigDecimal total(Iterable<Product> products) {
    BigDecimal total = BigDecimal.ZERO;
    for (Product product : products) {
      total = total.add(product.price());
    }
    return total;
  }
}
