package dev.sequor.it;

import static dev.sequor.it.ShopProductModel.CATEGORY;
import static dev.sequor.it.ShopProductModel.NAME;
import static dev.sequor.it.ShopProductModel.STOCK;
import static dev.sequor.it.ShopProductModel.UNIT_PRICE;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.sequor.ColumnTypes;
import dev.sequor.DatabaseException;
import dev.sequor.Expression;
import dev.sequor.ComparableAggregate;
import dev.sequor.Fn;
import dev.sequor.Repository;
import dev.sequor.Row1;
import dev.sequor.Row2;
import dev.sequor.Row3;
import dev.sequor.Row4;
import dev.sequor.Select;
import dev.sequor.Sequor;
import dev.sequor.testing.SequorTest;
import dev.sequor.testing.StatementLog;
import dev.sequor.testing.TestDatabase;
import java.math.BigDecimal;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Projections, computed columns, aliases, GROUP BY and HAVING over the rows of {@link ShopProducts}. */
@SequorTest(migrate = false, truncate = false)
class SelectTest {

  private final Repository<ShopProduct, Long> products;

  SelectTest(Sequor db) {
    this.products = db.repository(ShopProductModel.MODEL);
  }

  @BeforeAll
  static void seed(TestDatabase database) {
    ShopProducts.seed(database);
  }

  record NamePrice(String name, BigDecimal price) {}

  record CategoryStock(String category, Integer stock) {}

  // ---- projections -------------------------------------------------------------------------------

  @Test
  void selectOfTwoAttributesReturnsTypedRows() {
    List<Row2<String, BigDecimal>> rows =
        products.select(NAME, UNIT_PRICE).where(CATEGORY.eq("furniture")).orderBy(NAME.asc()).fetch();

    assertEquals(List.of(new Row2<>("Chair", new BigDecimal("80.00")), new Row2<>("Desk", new BigDecimal("250.00"))),
        rows);
  }

  @Test
  void fetchWithAMapperBuildsYourOwnRecords() {
    List<NamePrice> rows = products.select(NAME, UNIT_PRICE)
        .where(CATEGORY.eq("furniture"))
        .orderBy(NAME.asc())
        .fetch(row -> row.map(NamePrice::new));

    assertEquals(List.of(new NamePrice("Chair", new BigDecimal("80.00")),
        new NamePrice("Desk", new BigDecimal("250.00"))), rows);
  }

  @Test
  void computedColumnsAreReadWithTheirTypes() {
    List<Row4<String, BigDecimal, Integer, String>> rows = products
        .select(Fn.lower(NAME), UNIT_PRICE.times(new BigDecimal("2")), Fn.length(NAME), Fn.upper(NAME))
        .where(NAME.eq("Desk"))
        .fetch();

    assertEquals(List.of(new Row4<>("desk", new BigDecimal("500.00"), 4, "DESK")), rows);
  }

  @Test
  void coalesceAndLiteralComputeValues() {
    Optional<Row2<String, String>> mug = products
        .select(Fn.coalesce(CATEGORY, "none"), Fn.literal("{0} || '!'", ColumnTypes.STRING, NAME))
        .where(NAME.eq("Mug"))
        .fetchOne();

    assertEquals(Optional.of(new Row2<>("none", "Mug!")), mug);
  }

  @Test
  void fetchMapsKeysColumnsByAttributeNameOrAliasInColumnOrder() {
    List<Map<String, Object>> maps =
        products.select(NAME, UNIT_PRICE, Fn.lower(NAME).as("lowered")).where(NAME.eq("Desk")).fetchMaps();

    Map<String, Object> expected = new LinkedHashMap<>();
    expected.put("name", "Desk");
    expected.put("unitPrice", new BigDecimal("250.00"));
    expected.put("lowered", "desk");
    assertEquals(List.of(expected), maps);
    assertEquals(List.of("name", "unitPrice", "lowered"), List.copyOf(maps.get(0).keySet()));
  }

  @Test
  void fetchMapsKeepsNullValues() {
    List<Map<String, Object>> maps = products.select(NAME, CATEGORY).where(NAME.eq("Mug")).fetchMaps();

    Map<String, Object> expected = new LinkedHashMap<>();
    expected.put("name", "Mug");
    expected.put("category", null);
    assertEquals(List.of(expected), maps);
  }

  @Test
  void distinctReturnsEachDifferentRowOnce() {
    List<String> categories =
        products.select(CATEGORY).distinct().orderBy(CATEGORY.asc().nullsFirst()).fetch(Row1::value1);

    assertEquals(Arrays.asList(null, "furniture", "lighting", "office"), categories);
  }

  @Test
  void limitAndOffsetPageThroughTheRows() {
    assertEquals(List.of("Lamp", "Mug", "Paper"),
        products.select(NAME).orderBy(NAME.asc()).offset(2).limit(3).fetch(Row1::value1));
  }

  @Test
  void successiveWheresAreJoinedWithAnd() {
    assertEquals(List.of("Pen", "Stapler"), products.select(NAME)
        .where(CATEGORY.eq("office"))
        .where(STOCK.lt(200))
        .orderBy(NAME.asc())
        .fetch(Row1::value1));
  }

  @Test
  void fetchOneReturnsTheFirstRowOrNothing() {
    assertEquals(Optional.of(new Row1<>("Stapler")), products.select(NAME).orderBy(NAME.desc()).fetchOne());
    assertEquals(Optional.empty(), products.select(NAME).where(NAME.eq("nothing")).fetchOne());
  }

  @Test
  void aSelectIsImmutable() {
    Select<ShopProduct, Row1<String>> all = products.select(NAME);
    Select<ShopProduct, Row1<String>> office = all.where(CATEGORY.eq("office"));
    all.limit(1).orderBy(NAME.asc()).distinct();

    assertEquals(7, all.fetch().size());
    assertEquals(3, office.fetch().size());
  }

  // ---- aggregates, GROUP BY, HAVING ----------------------------------------------------------------

  @Test
  void sumPerCategoryGivesTheTotalStockOfEachGroup() {
    List<CategoryStock> totals = products.select(CATEGORY, Fn.sum(STOCK))
        .groupBy(CATEGORY)
        .orderBy(CATEGORY.asc().nullsLast())
        .fetch(row -> row.map(CategoryStock::new));

    // lighting holds one row, whose stock is null: sum is null over only nulls
    assertEquals(List.of(new CategoryStock("furniture", 7), new CategoryStock("lighting", null),
        new CategoryStock("office", 610), new CategoryStock(null, 20)), totals);
  }

  @Test
  void havingKeepsOnlyGroupsWithMoreThanOneRow() {
    List<Row2<String, Long>> rows = products.select(CATEGORY, Fn.count())
        .groupBy(CATEGORY)
        .having(Fn.count().gt(1L))
        .orderBy(CATEGORY.asc())
        .fetch();

    assertEquals(List.of(new Row2<>("furniture", 2L), new Row2<>("office", 3L)), rows);
  }

  @Test
  void havingOnASumComparesTheAggregate() {
    List<Row2<String, Integer>> rows = products.select(CATEGORY, Fn.sum(STOCK))
        .groupBy(CATEGORY)
        .having(Fn.sum(STOCK).gt(10))
        .orderBy(CATEGORY.asc().nullsFirst())
        .fetch();

    assertEquals(List.of(new Row2<>(null, 20), new Row2<>("office", 610)), rows);
  }

  @Test
  void havingTakesARowLevelCriterionOnTheGroupedAttribute() {
    List<Row2<String, Long>> rows = products.select(CATEGORY, Fn.count())
        .groupBy(CATEGORY)
        .having(CATEGORY.ne("office"))
        .having(Fn.count().gt(1L))
        .fetch();

    assertEquals(List.of(new Row2<>("furniture", 2L)), rows);
  }

  @Test
  void anAggregateCriterionCombinesWithARowLevelOneAndStaysForHaving() {
    Select<ShopProduct, Row2<String, Long>> select = products.select(CATEGORY, Fn.count())
        .groupBy(CATEGORY)
        .having(Fn.count().gt(2L).or(CATEGORY.eq("lighting")).and(CATEGORY.isNotNull()).not().not())
        .orderBy(CATEGORY);

    assertEquals(List.of(new Row2<>("lighting", 1L), new Row2<>("office", 3L)), select.fetch());
    assertTrue(select.sql().endsWith("group by \"category\" having not (not ((count(*) > ? or \"category\" = ?)"
        + " and \"category\" is not null)) order by \"category\" asc"), select.sql());
  }

  @Test
  void coalesceOverAnAggregateAndInOnAnAggregate() {
    List<Row2<String, Integer>> rows = products.select(CATEGORY, Fn.coalesce(Fn.sum(STOCK), 0))
        .groupBy(CATEGORY)
        .having(Fn.count().in(List.of(1L, 2L)))
        .orderBy(CATEGORY.asc().nullsLast())
        .fetch();

    assertEquals(List.of(new Row2<>("furniture", 7), new Row2<>("lighting", 0), new Row2<>(null, 20)), rows);
  }

  @Test
  void countsPerGroupOrderedByTheCountDescending() {
    List<Row3<String, Long, Long>> rows = products.select(CATEGORY, Fn.count(), Fn.count(UNIT_PRICE))
        .groupBy(CATEGORY)
        .orderBy(Fn.count().desc(), CATEGORY.asc())
        .fetch();

    assertEquals(List.of(new Row3<>("office", 3L, 2L), new Row3<>("furniture", 2L, 2L),
        new Row3<>("lighting", 1L, 1L), new Row3<String, Long, Long>(null, 1L, 1L)), rows);
  }

  @Test
  void countDistinctCountsDifferentNonNullValues() {
    assertEquals(Optional.of(new Row2<>(3L, 6L)),
        products.select(Fn.countDistinct(CATEGORY), Fn.count(CATEGORY)).fetchOne());
  }

  @Test
  void orderByAnAggregateWhileSelectingItUnderAnAlias() {
    List<Row2<String, Integer>> rows = products.select(CATEGORY, Fn.sum(STOCK).as("total"))
        .groupBy(CATEGORY)
        .orderBy(Fn.sum(STOCK).desc().nullsLast())
        .fetch();

    assertEquals(List.of(new Row2<>("office", 610), new Row2<>(null, 20), new Row2<>("furniture", 7),
        new Row2<>("lighting", null)), rows);
  }

  @Test
  void anAliasedAggregateServesAsColumnHavingAndOrderKey() {
    ComparableAggregate<ShopProduct, Integer> total = Fn.sum(STOCK).as("total");
    Select<ShopProduct, Row2<String, Integer>> select = products.select(CATEGORY, total)
        .groupBy(CATEGORY)
        .having(total.isNotNull())
        .orderBy(total.desc());

    assertEquals(List.of(new Row2<>("office", 610), new Row2<>(null, 20), new Row2<>("furniture", 7)),
        select.fetch());
    Map<String, Object> first = select.fetchMaps().get(0);
    assertEquals(List.of("category", "total"), List.copyOf(first.keySet()));
    assertEquals(610, first.get("total"));
  }

  @Test
  void groupByAnAliasedExpressionGroupsByTheExpression() {
    // the alias is also a column's name: grouping by "name" would group by that column instead
    Expression<ShopProduct, String> initial = Fn.literal("left({0}, 1)", ColumnTypes.STRING, CATEGORY).as("name");

    assertEquals(List.of(new Row2<>("f", 2L), new Row2<>("l", 1L), new Row2<>("o", 3L),
        new Row2<String, Long>(null, 1L)),
        products.select(initial, Fn.count()).groupBy(initial).orderBy(initial.asc()).fetch());
  }

  // ---- SQL and failures ----------------------------------------------------------------------------

  @Test
  void sqlRendersTheSelectWithPlaceholders() {
    String sql = products.select(CATEGORY, Fn.sum(STOCK).as("total"))
        .where(UNIT_PRICE.gt(BigDecimal.ONE))
        .groupBy(CATEGORY)
        .having(Fn.sum(STOCK).gt(10))
        .orderBy(Fn.sum(STOCK).desc())
        .limit(5)
        .sql();

    assertEquals("select \"category\", sum(\"stock\") as \"total\" from \"shop_products\""
        + " where \"unit_price\" > ? group by \"category\" having sum(\"stock\") > ?"
        + " order by sum(\"stock\") desc fetch next ? rows only", sql);
  }

  @Test
  void aggregatesBesideAnUngroupedAttributeAreRefusedBeforeAnySqlNamingWhatToGroupBy(StatementLog log) {
    int before = log.all().size();
    Select<ShopProduct, Row3<String, Long, String>> mixed =
        products.select(CATEGORY, Fn.count(), Fn.lower(NAME).as("lowered"));

    IllegalStateException e = assertThrows(IllegalStateException.class, mixed::fetch);

    assertEquals("This select of ShopProduct mixes aggregates with category, name, which are not grouped: an"
        + " aggregate without groupBy is one value for all rows, with no single category, name to show beside it."
        + " Add groupBy(category, name) for one row per group, or select them through an aggregate (Fn.max,"
        + " Fn.min).", e.getMessage());
    assertThrows(IllegalStateException.class, mixed::sql);
    assertEquals(before, log.all().size(), "no statement ran");
    // the same values grouped, an attribute inside an aggregate, or aggregates alone are fine
    assertEquals(7, mixed.groupBy(CATEGORY, NAME).fetch().size()); // each product is a group of its own
    assertEquals(List.of(new Row2<>("Stapler", 7L)), products.select(Fn.max(NAME), Fn.count()).fetch());
  }

  @Test
  void aFailingSelectNamesTheModelAndKeepsTheSqlState() {
    DatabaseException e = assertThrows(DatabaseException.class,
        () -> products.select(NAME).groupBy(CATEGORY).fetch());

    assertEquals("42803", e.sqlState()); // grouping_error: name is neither grouped nor aggregated
    assertEquals("ShopProduct", e.model());
    assertTrue(e.getMessage().startsWith("Unable to select ShopProduct: "), e.getMessage());
  }
}
