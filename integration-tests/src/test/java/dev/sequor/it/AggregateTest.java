package dev.sequor.it;

import static dev.sequor.Query.where;
import static dev.sequor.it.ShopProductModel.CATEGORY;
import static dev.sequor.it.ShopProductModel.NAME;
import static dev.sequor.it.ShopProductModel.STOCK;
import static dev.sequor.it.ShopProductModel.UNIT_PRICE;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.sequor.Fn;
import dev.sequor.Repository;
import dev.sequor.Sequor;
import dev.sequor.testing.SequorTest;
import dev.sequor.testing.TestDatabase;
import java.math.BigDecimal;
import java.util.Optional;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The aggregate finders ({@code max}, {@code min}, {@code sum}, {@code count}) and {@code avg}. */
@SequorTest(migrate = false, truncate = false)
class AggregateTest {

  private final Repository<ShopProduct, Long> products;

  AggregateTest(Sequor db) {
    this.products = db.repository(ShopProductModel.MODEL);
  }

  @BeforeAll
  static void seed(TestDatabase database) {
    ShopProducts.seed(database);
  }

  @Test
  void maxAndMinReturnTheExtremesOfTheAttributesType() {
    assertEquals(Optional.of(new BigDecimal("250.00")), products.max(UNIT_PRICE));
    assertEquals(Optional.of(new BigDecimal("1.50")), products.min(UNIT_PRICE));
    assertEquals(Optional.of("Stapler"), products.max(NAME));
    assertEquals(Optional.of("Chair"), products.min(NAME));
  }

  @Test
  void maxAndMinTakeComputedExpressions() {
    assertEquals(Optional.of("stapler"), products.max(Fn.lower(NAME)));
    assertEquals(Optional.of(3), products.min(Fn.length(NAME)));
  }

  @Test
  void maxAndMinWithAWhereConsiderOnlyMatchingRows() {
    assertEquals(Optional.of(new BigDecimal("12.00")), products.max(UNIT_PRICE, CATEGORY.eq("office")));
    assertEquals(Optional.of(new BigDecimal("80.00")), products.min(UNIT_PRICE, CATEGORY.eq("furniture")));
  }

  @Test
  void maxAndMinAreEmptyWhenNoRowOrOnlyNullsMatch() {
    assertEquals(Optional.empty(), products.max(UNIT_PRICE, CATEGORY.eq("toys")));
    assertEquals(Optional.empty(), products.min(STOCK, NAME.eq("Lamp")));
  }

  @Test
  void sumIsOfTheAttributesType() {
    Integer stock = products.sum(STOCK);
    BigDecimal value = products.sum(UNIT_PRICE);

    assertEquals(637, stock);
    assertEquals(new BigDecimal("381.75"), value);
  }

  @Test
  void sumWithAWhereAddsOnlyMatchingRows() {
    assertEquals(610, products.sum(STOCK, CATEGORY.eq("office")));
    assertEquals(new BigDecimal("330.00"), products.sum(UNIT_PRICE, CATEGORY.eq("furniture")));
  }

  @Test
  void sumIsZeroWhenNoRowOrOnlyNullsMatch() {
    assertEquals(0, products.sum(STOCK, CATEGORY.eq("toys")));
    assertEquals(0, products.sum(STOCK, NAME.eq("Lamp")));
    assertEquals(BigDecimal.ZERO, products.sum(UNIT_PRICE, NAME.eq("Paper")));
  }

  @Test
  void sumOfAComputedExpression() {
    assertEquals(new BigDecimal("660.00"),
        products.sum(UNIT_PRICE.times(new BigDecimal("2")), CATEGORY.eq("furniture")));
    assertEquals(613, products.sum(STOCK.plus(1), CATEGORY.eq("office")));
  }

  @Test
  void avgIsAnExactDecimal() {
    BigDecimal price = products.select(Fn.avg(UNIT_PRICE)).fetchOne().orElseThrow().value1();
    BigDecimal stock = products.select(Fn.avg(STOCK)).fetchOne().orElseThrow().value1();

    assertEquals(new BigDecimal("63.625"), price.stripTrailingZeros()); // 381.75 / 6, nulls left out
    assertEquals(new BigDecimal("106.1666666666666667"), stock); // 637 / 6 as PostgreSQL's numeric
  }

  @Test
  void countOfAQueryIgnoresItsLimitOffsetAndOrder() {
    assertEquals(3, products.count(where(CATEGORY.eq("office")).order(NAME.asc()).limit(1).offset(5)));
    assertEquals(7, products.count());
    assertEquals(2, products.count(CATEGORY.eq("furniture")));
  }
}
