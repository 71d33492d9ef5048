package dev.sequor.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
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
    return Snippets.errorLines(out, source);
  }

  /** {@code statement} fails on its own line with one error, its first line {@code message}, naming {@code detail}. */
  private void assertRefused(String statement, String message, String detail) throws Exception {
    Snippets.assertOneError(errors(statement), 14, message, detail);
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
  void aColumnOfAnAssociatedRowCompiles_asTheExpressionKindOfItsColumn() throws Exception {
    // javac picks the most specific col overload: a StringAttribute gives a StringExpression, and so on
    assertEquals(List.of(), errors("""
        dev.sequor.StringExpression<Book> name = BookModel.AUTHOR.col(AuthorModel.NAME);
        dev.sequor.NumberExpression<Book, Long> id = BookModel.AUTHOR.col(AuthorModel.ID);
        dev.sequor.StringExpression<Book> lowered = BookModel.AUTHOR.col(dev.sequor.Fn.lower(AuthorModel.NAME));
        Criterion<Book> c = BookModel.TITLE.eqCol(name).and(BookModel.AUTHOR_ID.neCol(id.plus(1L)))
            .and(name.startsWith("A")).and(lowered.lt("b"));
        Criterion<Author> hasOne = AuthorModel.BIOGRAPHY.col(BiographyModel.TEXT).isNull();"""));
  }

  @Test
  void aColumnOfAThirdModelDoesNotCompile() throws Exception {
    assertRefused("BookModel.AUTHOR.col(ChapterModel.TITLE);",
        "no suitable method found for col(dev.sequor.StringAttribute<dev.sequor.it.Chapter>)",
        "cannot be converted to dev.sequor.StringExpression<dev.sequor.it.Author>");
  }

  @Test
  void aColumnOfAnotherModelDoesNotCompile() throws Exception {
    String item = "incompatible types: dev.sequor.NumberAttribute<dev.sequor.it.Item,java.lang.Integer> " + TAKES;
    assertRefused("STOCK.ltCol(ItemModel.QUANTITY);", item, TAKES);
    assertRefused("STOCK.betweenCols(RATING, ItemModel.QUANTITY);", item, TAKES);
  }
}
