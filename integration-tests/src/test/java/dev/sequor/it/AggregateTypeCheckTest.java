package dev.sequor.it;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * What SQL refuses about aggregates, refused by javac: a criterion on an aggregate where a row-level one is expected
 * ({@code where}, the finders, {@code update}, {@code destroy}), an aggregate as a {@code GROUP BY} key, an aggregate
 * inside another aggregate or a row-level function. Each mistake is one statement of a snippet, on line 15; the test
 * pins its one error's line and the first line of its message, and that the message names the aggregate type.
 */
class AggregateTypeCheckTest {

  @TempDir
  Path out;

  private static final String SHOP = "dev.sequor.it.ShopProduct";

  /** The errors, as "line: message", of {@code statements} in a method of a class with the model's constants. */
  private List<String> errors(String statements) throws Exception {
    String source = """
        package dev.sequor.it;

        import static dev.sequor.it.ShopProductModel.CATEGORY;
        import static dev.sequor.it.ShopProductModel.NAME;
        import static dev.sequor.it.ShopProductModel.STOCK;

        import dev.sequor.Criterion;
        import dev.sequor.Fn;
        import dev.sequor.Query;
        import dev.sequor.Repository;

        class Snippet {
          void run(Repository<ShopProduct, Long> products) {
            Criterion<ShopProduct> ignored = null;
            %s
          }
        }
        """.formatted(statements);
    return Snippets.errorLines(out, source);
  }

  /** {@code statement} fails on line 15 with one error whose message starts with {@code message} and names {@code type}. */
  private void assertRefused(String statement, String message, String type) throws Exception {
    Snippets.assertOneError(errors(statement), 15, message, type);
  }

  @Test
  void aggregatesInHavingSelectAndOrderCompile() throws Exception {
    assertEquals(List.of(), errors("""
        products.select(CATEGORY, Fn.count(), Fn.coalesce(Fn.sum(STOCK), 0).as("stock"))
            .where(STOCK.gt(0))
            .groupBy(CATEGORY)
            .having(Fn.count().gt(1L).and(CATEGORY.ne("misc")))
            .having(Fn.max(NAME).lt("M").or(Fn.sum(STOCK).between(1, 9)).not())
            .having(CATEGORY.isNotNull())
            .orderBy(Fn.count().desc(), CATEGORY)
            .fetch();"""));
  }

  @Test
  void anAggregateCriterionInASelectsWhereDoesNotCompile() throws Exception {
    assertRefused("products.select(CATEGORY).where(Fn.count().gt(1L));",
        "incompatible types: dev.sequor.AggregateCriterion<java.lang.Object> cannot be converted to"
            + " dev.sequor.Criterion<? super " + SHOP + ">", "AggregateCriterion");
  }

  @Test
  void anAggregateCriterionInFindAllDoesNotCompile() throws Exception {
    assertRefused("products.findAll(Fn.sum(STOCK).gt(10));",
        "no suitable method found for findAll(dev.sequor.AggregateCriterion<" + SHOP + ">)",
        "dev.sequor.AggregateCriterion<" + SHOP + "> cannot be converted to dev.sequor.Criterion<" + SHOP + ">");
  }

  @Test
  void anAggregateCriterionInAQueryDoesNotCompile() throws Exception {
    assertRefused("Query.where(Fn.sum(STOCK).gt(10));",
        "method where in class dev.sequor.Query<M> cannot be applied to given types;",
        "found:    dev.sequor.AggregateCriterion<" + SHOP + ">");
  }

  @Test
  void anAggregateCriterionInCountUpdateOrDestroyDoesNotCompile() throws Exception {
    assertRefused("products.count(Fn.max(STOCK).gt(3));",
        "no suitable method found for count(dev.sequor.AggregateCriterion<" + SHOP + ">)", "AggregateCriterion");
    assertRefused("products.update(Fn.max(STOCK).gt(3), STOCK.set(1));",
        "no suitable method found for update(dev.sequor.AggregateCriterion<" + SHOP + ">,dev.sequor.Assignment<"
            + SHOP + ">)", "AggregateCriterion");
    assertRefused("products.destroy(Fn.count().gt(3L));",
        "no suitable method found for destroy(dev.sequor.AggregateCriterion<java.lang.Object>)",
        "AggregateCriterion");
  }

  @Test
  void anAggregateAsAGroupByKeyDoesNotCompile() throws Exception {
    assertRefused("products.select(CATEGORY, Fn.count()).groupBy(Fn.count());",
        "no suitable method found for groupBy(dev.sequor.ComparableAggregate<java.lang.Object,java.lang.Long>)",
        "dev.sequor.Expression<? super " + SHOP + ",?>");
  }

  @Test
  void anAggregateOfAnAggregateDoesNotCompile() throws Exception {
    assertRefused("Fn.sum(Fn.sum(STOCK));", "method sum in class dev.sequor.Fn cannot be applied to given types;",
        "found:    dev.sequor.ComparableAggregate<" + SHOP + ",java.lang.Integer>");
    assertRefused("Fn.max(Fn.count());", "method max in class dev.sequor.Fn cannot be applied to given types;",
        "ComparableAggregate");
  }

  @Test
  void aRowLevelFunctionOfAnAggregateDoesNotCompile() throws Exception {
    assertRefused("Fn.lower(Fn.max(NAME));", "method lower in class dev.sequor.Fn cannot be applied to given types;",
        "found:    dev.sequor.ComparableAggregate<" + SHOP + ",java.lang.String>");
  }

  @Test
  void anAggregateComparedWithAValueOfAnotherTypeDoesNotCompile() throws Exception {
    assertRefused("products.select(CATEGORY).having(Fn.count().gt(1));",
        "incompatible types: int cannot be converted to java.lang.Long", "java.lang.Long");
  }
}
