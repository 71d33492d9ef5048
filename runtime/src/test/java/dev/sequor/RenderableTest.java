package dev.sequor;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;

import dev.sequor.internal.sql.SqlBuilder;
import dev.sequor.internal.sql.SqlRenderable;
import java.util.Arrays;
import java.util.List;
import org.jooq.SQLDialect;
import org.jooq.impl.DSL;
import org.junit.jupiter.api.Test;

/**
 * The SQL Sequor renders itself for each operator, order key and function, with its bind values: what the
 * fast path sends instead of jOOQ's rendering of the same criterion.
 */
class RenderableTest {

  private static final ModelTable THINGS = new ModelTable("things");
  private static final NumberAttribute<Object, Integer> PRICE = new NumberAttribute<>("thing", "price",
      THINGS.column("price", ColumnTypes.INTEGER), ColumnTypes.INTEGER, (o, i) -> null, 0);
  private static final StringAttribute<Object> NAME = new StringAttribute<>("thing", "name",
      THINGS.column("name", ColumnTypes.STRING), ColumnTypes.STRING, (o, i) -> null, 1);
  private static final BooleanAttribute<Object> ACTIVE = new BooleanAttribute<>("thing", "active",
      THINGS.column("active", ColumnTypes.BOOLEAN), ColumnTypes.BOOLEAN, (o, i) -> null, 2);

  /** The values of an enum column, whose placeholder casts to the PostgreSQL type. */
  enum Size { S, M }

  private static final ColumnType<Size> SIZE_TYPE = ColumnTypes.enumType(Size.class, "enum_things_size");
  private static final ComparableAttribute<Object, Size> SIZE = new ComparableAttribute<>("thing", "size",
      THINGS.column("size", SIZE_TYPE), SIZE_TYPE, (o, i) -> null, 3);

  private static void assertRenders(String sql, List<?> values, SqlRenderable renderable) {
    assertNotNull(renderable, "no renderable: the statement would go through jOOQ");
    SqlBuilder out = new SqlBuilder();
    renderable.render(out);
    assertEquals(sql, out.sql());
    assertEquals(values, out.values());
  }

  private static void assertRenders(String sql, List<?> values, Criterion<?> criterion) {
    assertRenders(sql, values, criterion.renderable());
  }

  // ---- comparisons -------------------------------------------------------------------------------

  @Test
  void comparisonsBindTheValue() {
    assertRenders("\"price\" > ?", List.of(10), PRICE.gt(10));
    assertRenders("\"price\" >= ?", List.of(10), PRICE.gte(10));
    assertRenders("\"price\" < ?", List.of(10), PRICE.lt(10));
    assertRenders("\"price\" <= ?", List.of(10), PRICE.lte(10));
    assertRenders("\"price\" = ?", List.of(10), PRICE.eq(10));
    assertRenders("\"price\" <> ?", List.of(10), PRICE.ne(10));
  }

  @Test
  void eqAndNeWithNullTestForNull() {
    assertRenders("\"price\" is null", List.of(), PRICE.eq(null));
    assertRenders("\"price\" is not null", List.of(), PRICE.ne(null));
    assertRenders("\"price\" is null", List.of(), PRICE.isNull());
    assertRenders("\"price\" is not null", List.of(), PRICE.isNotNull());
  }

  @Test
  void anEnumValueIsCastToItsType() {
    assertRenders("\"size\" = ?::\"enum_things_size\"", List.of(Size.M), SIZE.eq(Size.M));
  }

  @Test
  void inBindsEachValueAndAnEmptyListIsAConstant() {
    assertRenders("\"price\" in (?, ?, ?)", List.of(1, 2, 3), PRICE.in(1, 2, 3));
    assertRenders("\"price\" not in (?, ?)", List.of(1, 2), PRICE.notIn(List.of(1, 2)));
    assertRenders("\"price\" in (?, ?)", Arrays.asList(1, null), PRICE.in(Arrays.asList(1, null)));
    assertRenders("1 = 0", List.of(), PRICE.in(List.of()));
    assertRenders("1 = 1", List.of(), PRICE.notIn(List.of()));
  }

  @Test
  void betweenIncludesBothEnds() {
    assertRenders("\"price\" between ? and ?", List.of(1, 9), PRICE.between(1, 9));
    assertRenders("\"price\" not between ? and ?", List.of(1, 9), PRICE.notBetween(1, 9));
  }

  // ---- text --------------------------------------------------------------------------------------

  @Test
  void likeTakesThePatternAsWritten() {
    assertRenders("\"name\" like ?", List.of("a%"), NAME.like("a%"));
    assertRenders("\"name\" not like ?", List.of("a%"), NAME.notLike("a%"));
    assertRenders("\"name\" ilike ?", List.of("a%"), NAME.iLike("a%"));
    assertRenders("\"name\" not ilike ?", List.of("a%"), NAME.notILike("a%"));
  }

  @Test
  void startsWithEndsWithAndSubstringEscapeTheValue() {
    assertRenders("\"name\" like ? escape '\\'", List.of("50\\%\\_%"), NAME.startsWith("50%_"));
    assertRenders("\"name\" not like ? escape '\\'", List.of("50\\%%"), NAME.notStartsWith("50%"));
    assertRenders("\"name\" like ? escape '\\'", List.of("%50\\%"), NAME.endsWith("50%"));
    assertRenders("\"name\" not like ? escape '\\'", List.of("%x"), NAME.notEndsWith("x"));
    assertRenders("\"name\" like ? escape '\\'", List.of("%a\\\\b%"), NAME.substring("a\\b"));
    assertRenders("\"name\" not like ? escape '\\'", List.of("%a%"), NAME.notSubstring("a"));
  }

  @Test
  void regularExpressionsUsePostgresOperators() {
    assertRenders("\"name\" ~ ?", List.of("^a"), NAME.regexp("^a"));
    assertRenders("\"name\" !~ ?", List.of("^a"), NAME.notRegexp("^a"));
    assertRenders("\"name\" ~* ?", List.of("^a"), NAME.iRegexp("^a"));
    assertRenders("\"name\" !~* ?", List.of("^a"), NAME.notIRegexp("^a"));
  }

  // ---- booleans ----------------------------------------------------------------------------------

  @Test
  void booleanOperatorsRenderAsJooqDoes() {
    assertRenders("\"active\" = true", List.of(), ACTIVE.isTrue());
    assertRenders("\"active\" = false", List.of(), ACTIVE.is(false));
    assertRenders("\"active\" is null", List.of(), ACTIVE.is((Boolean) null));
    assertRenders("\"active\" is not true", List.of(), ACTIVE.isNot(true));
    assertRenders("\"active\" is not false", List.of(), ACTIVE.isNot(false));
    assertRenders("\"active\" is not null", List.of(), ACTIVE.isNot((Boolean) null));
  }

  // ---- logic -------------------------------------------------------------------------------------

  @Test
  void andOrAndNotParenthesizeAndFlatten() {
    assertRenders("(\"price\" > ? and \"name\" = ? and \"price\" < ?)", List.of(1, "a", 9),
        PRICE.gt(1).and(NAME.eq("a")).and(PRICE.lt(9)));
    assertRenders("(\"price\" > ? or (\"name\" = ? and \"price\" < ?))", List.of(1, "a", 9),
        Op.or(PRICE.gt(1), Op.and(NAME.eq("a"), PRICE.lt(9))));
    assertRenders("not (\"price\" = ?)", List.of(1), PRICE.eq(1).not());
    assertRenders("not ((\"price\" = ? or \"price\" = ?))", List.of(1, 2), Op.not(Op.or(PRICE.eq(1), PRICE.eq(2))));
  }

  @Test
  void emptyJunctionsAndAlways() {
    assertRenders("true", List.of(), Op.and());
    assertRenders("false", List.of(), Op.or());
    assertRenders("true", List.of(), Criterion.always());
    assertRenders("\"price\" = ?", List.of(1), Criterion.<Object>always().and(PRICE.eq(1)));
    assertRenders("false", List.of(), Criterion.always().not());
  }

  @Test
  void alwaysInADisjunctionMatchesEveryRow() {
    Criterion<Object> either = PRICE.eq(1).or(Criterion.always());

    assertRenders("true", List.of(), either);
    assertEquals(DSL.noCondition(), either.condition()); // jOOQ's "no condition" also selects every row
  }

  @Test
  void equalitiesSurviveTheRendering() {
    Criterion<Object> both = PRICE.eq(5).and(NAME.eq("a"));

    assertEquals(List.of(PRICE, NAME), List.copyOf(both.equalities().keySet()));
    assertEquals(List.of(), List.copyOf(PRICE.eq(5).or(NAME.eq("a")).equalities().keySet()));
  }

  // ---- fallback ----------------------------------------------------------------------------------

  @Test
  void onlyJooqRendersAJooqConditionAndWhatIsMadeOfIt() {
    Criterion<Object> raw = Criterion.of(DSL.condition("price % 2 = 0"));

    assertNull(raw.renderable());
    assertNull(PRICE.gt(1).and(raw).renderable());
    assertNull(Op.or(raw, PRICE.gt(1)).renderable());
    assertNull(raw.not().renderable());
    assertNull(PRICE.gt(Op.all(1, 2)).renderable());
    assertNull(Fn.literal("price * 2", ColumnTypes.INTEGER).eq(4).renderable());
    assertNull(Fn.coalesce(PRICE, 0).gt(1).renderable());
  }

  @Test
  void theJooqConditionIsBuiltOnlyWhenAskedForAndOnce() {
    Criterion<Object> criterion = PRICE.gt(10).and(NAME.like("a%"));

    assertEquals("(\"things\".\"price\" > 10 and \"things\".\"name\" like 'a%')",
        DSL.using(SQLDialect.POSTGRES).renderInlined(criterion.condition()));
    assertSame(criterion.condition(), criterion.condition());
  }

  // ---- order keys and functions ------------------------------------------------------------------

  @Test
  void orderKeys() {
    assertRenders("\"price\" asc", List.of(), PRICE.asc().renderable());
    assertRenders("\"price\" desc", List.of(), PRICE.desc().renderable());
    assertRenders("\"price\" asc nulls first", List.of(), PRICE.asc().nullsFirst().renderable());
    assertRenders("\"price\" desc nulls last", List.of(), PRICE.desc().nullsLast().renderable());
    assertRenders("sum(\"price\") desc", List.of(), Fn.sum(PRICE).as("total").desc().renderable());
    assertNull(Fn.coalesce(PRICE, 0).asc().renderable());
  }

  @Test
  void functions() {
    assertRenders("count(*)", List.of(), Fn.count().renderable());
    assertRenders("count(\"price\")", List.of(), Fn.count(PRICE).renderable());
    assertRenders("count(distinct \"price\")", List.of(), Fn.countDistinct(PRICE).renderable());
    assertRenders("sum(\"price\")", List.of(), Fn.sum(PRICE).renderable());
    assertRenders("avg(\"price\")", List.of(), Fn.avg(PRICE).renderable());
    assertRenders("max(\"price\")", List.of(), Fn.max(PRICE).renderable());
    assertRenders("min(\"price\")", List.of(), Fn.min(PRICE).renderable());
    assertRenders("lower(\"name\")", List.of(), Fn.lower(NAME).renderable());
    assertRenders("upper(\"name\")", List.of(), Fn.upper(NAME).renderable());
    assertRenders("char_length(\"name\")", List.of(), Fn.length(NAME).renderable());
    assertRenders("count(\"price\")", List.of(), Fn.count(PRICE.as("p")).renderable());
  }

  @Test
  void arithmeticIsParenthesizedAndBindsItsOperand() {
    assertRenders("(\"price\" + ?)", List.of(2), PRICE.plus(2).renderable());
    assertRenders("(\"price\" - ?)", List.of(2), PRICE.minus(2).renderable());
    assertRenders("(\"price\" * ?)", List.of(2), PRICE.times(2).renderable());
    assertRenders("(\"price\" * \"price\")", List.of(), PRICE.times(PRICE).renderable());
    assertRenders("(\"price\" + ?) > ?", List.of(2, 10), PRICE.plus(2).gt(10));
  }

  @Test
  void criteriaOnAnAliasCompareTheExpression() {
    Expression<Object, Integer> total = Fn.sum(PRICE).as("total");

    assertRenders("sum(\"price\") = ?", List.of(5), total.eq(5));
    assertRenders("sum(\"price\")", List.of(), total.renderable()); // the select list adds the alias
  }

  @Test
  void incrementsRenderTheColumnPlusTheAmount() {
    assertRenders("\"price\" + ?", List.of(5), PRICE.increment(5).renderable());
    assertRenders("\"price\" - ?", List.of(5), PRICE.decrement(5).renderable());
    assertNull(PRICE.set(5).renderable());
  }
}
