package dev.sequor.it;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * What javac says when the query API is misused: each mistake gets one error, on its line, whose first line points at
 * the fix (an operator the attribute's kind lacks, a value or a column of the wrong type, the wrong kind of argument
 * to the repository's {@code increment}). The API gives each form of an operator its own name so that javac has one
 * candidate to talk about rather than a list; the messages pinned here are the same on JDK 17 and JDK 25 (only the
 * first line is pinned, because JDK 17 prints "lower bounds" where JDK 25 prints "upper bounds" further down).
 */
class ApiMisuseTest {

  private static final String SHOP = "dev.sequor.it.ShopProduct";
  private static final String INTEGER_STOCK = "dev.sequor.NumberAttribute<" + SHOP + ",java.lang.Integer>";
  private static final String TEXT_NAME = "dev.sequor.StringAttribute<" + SHOP + ">";

  /** The line of the snippet that {@link #errors} puts the statements on. */
  private static final int LINE = 19;

  @TempDir
  Path out;

  /** The errors, as "line: message", of {@code statements} in a method of a class with the model's constants. */
  private List<String> errors(String statements) throws Exception {
    String source = """
        package dev.sequor.it;

        import static dev.sequor.it.ShopProductModel.NAME;
        import static dev.sequor.it.ShopProductModel.RATING;
        import static dev.sequor.it.ShopProductModel.STOCK;
        import static dev.sequor.it.ShopProductModel.UNIT_PRICE;

        import dev.sequor.Amount;
        import dev.sequor.Criterion;
        import dev.sequor.NumberExpression;
        import dev.sequor.Repository;
        import java.math.BigDecimal;
        import java.util.List;
        import java.util.Set;

        class Snippet {
          @SuppressWarnings("unused")
          void run(Repository<ShopProduct, Long> products, ShopProduct p) {
            %s
          }
        }
        """.formatted(statements);
    return Snippets.errorLines(out, source);
  }

  /**
   * {@code statement} fails with exactly one error, on its own line, whose first line is {@code message} and whose
   * further lines hold each of {@code details}.
   */
  private void assertRefused(String statement, String message, String... details) throws Exception {
    Snippets.assertOneError(errors(statement), LINE, message, details);
  }

  @Test
  void everyRightFormCompiles() throws Exception {
    assertEquals(List.of(), errors("""
        Criterion<ShopProduct> c = STOCK.gt(1).and(STOCK.gte(0)).and(STOCK.lt(9)).and(STOCK.lte(8))
                .and(STOCK.gtCol(RATING)).and(STOCK.gteCol(RATING)).and(STOCK.ltCol(RATING.plusCol(STOCK)))
                .and(STOCK.lteCol(RATING.timesCol(STOCK))).and(STOCK.between(1, 9)).and(STOCK.notBetween(2, 3))
                .and(STOCK.betweenCols(RATING, RATING.times(3))).and(STOCK.notBetweenCols(RATING, RATING.plus(1)))
                .and(STOCK.gtAny(List.of(1, 2))).and(STOCK.gtAll(Set.of(1))).and(STOCK.gteAny(List.of()))
                .and(STOCK.gteAll(List.of(1))).and(STOCK.ltAny(List.of(1))).and(STOCK.ltAll(List.of(1)))
                .and(STOCK.lteAny(List.of(1))).and(STOCK.lteAll(List.of(1))).and(UNIT_PRICE.gt(BigDecimal.ONE))
                .and(NAME.likeAny(List.of("a%"))).and(NAME.likeAll(List.of("a%"))).and(NAME.notLikeAny(List.of()))
                .and(NAME.notLikeAll(List.of("b%"))).and(NAME.iLikeAny(Set.of("c%"))).and(NAME.iLikeAll(List.of()))
                .and(NAME.notILikeAny(List.of("d%"))).and(NAME.notILikeAll(List.of("e%"))).and(NAME.like("a%"))
                .and(STOCK.eq(null)).and(STOCK.in(1, 2)).and(STOCK.in(List.of(3))).and(NAME.gtCol(NAME));
            NumberExpression<ShopProduct, Integer> total = STOCK.plus(1).minus(2).times(3).plusCol(RATING);
            Amount<ShopProduct> five = STOCK.by(5);
            ShopProduct stored = products.increment(p, five);
            stored = products.decrement(p, STOCK.by(1), RATING.by(2));
            int rows = products.increment(NAME.eq("x"), STOCK.by(1));
            rows += products.decrement(c, UNIT_PRICE.by(BigDecimal.ONE));
            products.update(p, STOCK.increment(1), RATING.decrement(2), NAME.set("y"));"""));
  }

  @Test
  void aTextOperatorOnANumber() throws Exception {
    assertRefused("STOCK.like(\"a%\");", "cannot find symbol", "symbol:   method like(java.lang.String)",
        "location: variable STOCK of type " + INTEGER_STOCK);
  }

  @Test
  void anIncrementOfText() throws Exception {
    assertRefused("NAME.by(1);", "cannot find symbol", "symbol:   method by(int)",
        "location: variable NAME of type " + TEXT_NAME);
  }

  @Test
  void arithmeticOnText() throws Exception {
    assertRefused("NAME.plus(\"x\");", "cannot find symbol", "symbol:   method plus(java.lang.String)",
        "location: variable NAME of type " + TEXT_NAME);
  }

  @Test
  void aValueOfTheWrongType() throws Exception {
    String textForInteger = "incompatible types: java.lang.String cannot be converted to java.lang.Integer";
    assertRefused("STOCK.eq(\"x\");", textForInteger);
    assertRefused("STOCK.set(\"x\");", textForInteger);
    assertRefused("STOCK.between(1, \"x\");", textForInteger);
    assertRefused("UNIT_PRICE.gt(5);", "incompatible types: int cannot be converted to java.math.BigDecimal");
  }

  /**
   * The varargs {@code in} is the one candidate left, but javac words a mismatch in varargs as "cannot be applied"
   * and gives the reason on a later line.
   */
  @Test
  void valuesOfTheWrongTypeInAList() throws Exception {
    assertRefused("STOCK.in(\"a\", \"b\");",
        "method in in interface dev.sequor.Expression<M,T> cannot be applied to given types;",
        "reason: varargs mismatch; java.lang.String cannot be converted to java.lang.Integer");
  }

  @Test
  void anAmountOfTheWrongType() throws Exception {
    assertRefused("STOCK.by(1L);", "incompatible types: long cannot be converted to java.lang.Integer");
    assertRefused("UNIT_PRICE.by(5);", "incompatible types: int cannot be converted to java.math.BigDecimal");
  }

  @Test
  void aColumnWhereAValueIsExpected() throws Exception {
    assertRefused("STOCK.gt(RATING);",
        "incompatible types: " + INTEGER_STOCK + " cannot be converted to java.lang.Integer");
  }

  @Test
  void aColumnOfAnotherType() throws Exception {
    assertRefused("STOCK.ltCol(NAME);", "incompatible types: " + TEXT_NAME
        + " cannot be converted to dev.sequor.Expression<" + SHOP + ",java.lang.Integer>");
    assertRefused("STOCK.plusCol(UNIT_PRICE);", "incompatible types: dev.sequor.NumberAttribute<" + SHOP
        + ",java.math.BigDecimal> cannot be converted to dev.sequor.NumberExpression<" + SHOP + ",java.lang.Integer>");
  }

  @Test
  void aColumnOfAnotherModel() throws Exception {
    assertRefused("STOCK.ltCol(ItemModel.QUANTITY);", "incompatible types: dev.sequor.NumberAttribute<"
        + "dev.sequor.it.Item,java.lang.Integer> cannot be converted to dev.sequor.Expression<" + SHOP
        + ",java.lang.Integer>");
  }

  /**
   * The inference variable is {@code List.of}'s, not Sequor's: the collection's element type is inferred from the
   * values and refused against the attribute's. A list built beforehand gets a plain "incompatible types".
   */
  @Test
  void aQuantifiedComparisonOfTheWrongType() throws Exception {
    assertRefused("STOCK.gtAny(List.of(\"a\"));", "incompatible types: inference variable E has incompatible bounds",
        "lower bounds: java.lang.String");
    assertRefused("List<String> names = List.of(\"a\"); STOCK.gtAll(names);", "incompatible types: java.util.List<"
        + "java.lang.String> cannot be converted to java.util.Collection<? extends java.lang.Integer>");
    assertRefused("NAME.likeAny(List.of(1));", "incompatible types: inference variable E has incompatible bounds",
        "lower bounds: java.lang.Integer");
  }

  /**
   * An assignment is for {@code update}; {@code increment} takes amounts. The repository has an {@code increment} for
   * an instance and one for a criterion, so javac lists both; the first names the fix.
   */
  @Test
  void anAssignmentPassedToIncrement() throws Exception {
    assertRefused("products.increment(p, STOCK.set(1));", "no suitable method found for increment(" + SHOP
        + ",dev.sequor.Assignment<" + SHOP + ">)", "dev.sequor.Assignment<" + SHOP
        + "> cannot be converted to dev.sequor.Amount<" + SHOP + ">");
  }

  @Test
  void theOldIncrementWithAnAttributeAndAValue() throws Exception {
    assertRefused("products.increment(p, STOCK, 1);", "no suitable method found for increment(" + SHOP + ","
        + INTEGER_STOCK + ",int)", INTEGER_STOCK + " cannot be converted to dev.sequor.Amount<" + SHOP + ">");
  }

  @Test
  void anAmountOfAnotherModel() throws Exception {
    assertRefused("products.increment(p, ItemModel.QUANTITY.by(1));", "no suitable method found for increment("
        + SHOP + ",dev.sequor.Amount<dev.sequor.it.Item>)",
        "dev.sequor.Amount<dev.sequor.it.Item> cannot be converted to dev.sequor.Amount<" + SHOP + ">");
  }
}
