package dev.sequor.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * What the column-against-column operators refuse at compile time: an expression of another type or of another
 * model. Each snippet is compiled against the test classpath; the snippet that should compile proves the setup, and
 * that {@code eq(null)} still means {@code IS NULL} next to the column forms.
 */
class ColumnCriteriaTypeCheckTest {

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

        import dev.sequor.Criterion;
        import dev.sequor.Query;
        import dev.sequor.Repository;

        class Snippet {
          void run(Repository<ShopProduct, Long> products) {
            %s
          }
        }
        """.formatted(statements);
    return Snippets.errors(out, source).stream()
        .map(d -> d.getLineNumber() + ": " + d.getMessage(Locale.ROOT)).toList();
  }

  /** {@code statement} fails on its own line with one error, its first line {@code message}, naming {@code detail}. */
  private void assertRefused(String statement, String message, String detail) throws Exception {
    List<String> errors = errors(statement);
    assertEquals(1, errors.size(), errors.toString());
    assertEquals("14: " + message, errors.get(0).lines().findFirst().orElseThrow(), errors.get(0));
    assertTrue(errors.get(0).contains(detail), errors.get(0));
  }

  @Test
  void columnsOfTheSameModelAndTypeCompile() throws Exception {
    assertEquals(List.of(), errors("""
        Criterion<ShopProduct> c = STOCK.ltCol(RATING).and(STOCK.gteCol(RATING.plus(1))).and(STOCK.eqCol(RATING))
            .and(STOCK.neCol(RATING)).and(STOCK.betweenCols(RATING, RATING.times(3))).and(NAME.gtCol(NAME))
            .and(STOCK.eq(null)).and(STOCK.ne(null)).and(STOCK.lt(1));
        products.findAll(Query.orderBy(NAME, STOCK.desc(), RATING.nullsLast()));
        products.select(NAME).orderBy(NAME).fetch();"""));
  }

  private static final String SHOP = "dev.sequor.it.ShopProduct";
  private static final String TAKES = "cannot be converted to dev.sequor.Expression<" + SHOP + ",java.lang.Integer>";

  @Test
  void aColumnOfAnotherTypeDoesNotCompile() throws Exception {
    assertRefused("STOCK.ltCol(NAME);", "incompatible types: dev.sequor.StringAttribute<" + SHOP + "> " + TAKES,
        TAKES);
    assertRefused("STOCK.gtCol(UNIT_PRICE);",
        "incompatible types: dev.sequor.NumberAttribute<" + SHOP + ",java.math.BigDecimal> " + TAKES, TAKES);
    assertRefused("STOCK.eqCol(NAME);", "incompatible types: dev.sequor.StringAttribute<" + SHOP + "> " + TAKES,
        TAKES);
  }

  @Test
  void aColumnOfAnotherModelDoesNotCompile() throws Exception {
    String item = "incompatible types: dev.sequor.NumberAttribute<dev.sequor.it.Item,java.lang.Integer> " + TAKES;
    assertRefused("STOCK.ltCol(ItemModel.QUANTITY);", item, TAKES);
    assertRefused("STOCK.betweenCols(RATING, ItemModel.QUANTITY);", item, TAKES);
  }
}
