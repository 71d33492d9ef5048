package dev.sequor.internal;

import static dev.sequor.testsupport.Things.ACTIVE;
import static dev.sequor.testsupport.Things.ID;
import static dev.sequor.testsupport.Things.NAME;
import static dev.sequor.testsupport.Things.PRICE;
import static dev.sequor.testsupport.Things.SIZE;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.sequor.Assignment;
import dev.sequor.AggregateCriterion;
import dev.sequor.Attribute;
import dev.sequor.ColumnTypes;
import dev.sequor.ComparableAggregate;
import dev.sequor.Criterion;
import dev.sequor.Expression;
import dev.sequor.Fn;
import dev.sequor.Lock;
import dev.sequor.Op;
import dev.sequor.Order;
import dev.sequor.Query;
import dev.sequor.testsupport.Things;
import dev.sequor.testsupport.Things.Size;
import dev.sequor.testsupport.Things.Thing;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jooq.impl.DSL;
import org.junit.jupiter.api.Test;

/**
 * What jOOQ renders for each piece of Sequor's tree and whole statements, with the values bound in order; and the
 * shape cache: one rendering per shape, whatever the values.
 */
class StatementShapesTest {

  private static final String COLUMNS = "\"id\", \"price\", \"name\", \"active\", \"size\", \"seen_at\"";

  // UPDATE and DELETE name their columns with the table: jOOQ's "render the table only when several" applies to
  // SELECT alone; both are valid PostgreSQL.

  /** The SQL and bound values of a select of every column where {@code criterion}. */
  private static void assertWhere(String where, List<?> values, Criterion<Thing> criterion) {
    assertStatement("select " + COLUMNS + " from \"things\" where " + where, values,
        new SelectNode(Things.MODEL.table(), Things.MODEL.attributes(), criterion));
  }

  private static void assertStatement(String sql, List<?> values, Node statement) {
    Rendering.Shape shape = Rendering.render(statement);
    assertEquals(sql, shape.sql());
    assertEquals(values, new TreeBinder(shape, statement).values());
    assertShapeWithoutValues(statement);
  }

  /** The cache's key for {@code statement}: the same shape and SQL, no value of the statement's kept. */
  private static void assertShapeWithoutValues(Node statement) {
    Node key = statement.withoutValues();
    assertTrue(Node.same(statement, key), "same shape");
    assertEquals(statement.shape(), key.shape());
    List<Value<?>> values = new ArrayList<>();
    key.collect(values);
    assertTrue(values.stream().allMatch(value -> value.value() == null), "values left out: " + values);
    assertEquals(Rendering.render(statement).sql(), Rendering.render(key).sql());
  }

  private static SelectNode select(List<?> columns, Criterion<?> where, List<?> groupBy, AggregateCriterion<?> having,
      List<? extends Order<?>> order, Integer limit, Integer offset) {
    return new SelectNode(Things.MODEL.table(), false, columns, where, groupBy, having, order,
        limit == null ? null : new Value<>(ColumnTypes.INTEGER, limit),
        offset == null ? null : new Value<>(ColumnTypes.INTEGER, offset), null, Lock.Wait.WAIT);
  }

  // ---- comparisons -------------------------------------------------------------------------------

  @Test
  void comparisonsBindTheValue() {
    assertWhere("\"price\" > ?", List.of(10), PRICE.gt(10));
    assertWhere("\"price\" >= ?", List.of(10), PRICE.gte(10));
    assertWhere("\"price\" < ?", List.of(10), PRICE.lt(10));
    assertWhere("\"price\" <= ?", List.of(10), PRICE.lte(10));
    assertWhere("\"price\" = ?", List.of(10), PRICE.eq(10));
    assertWhere("\"price\" <> ?", List.of(10), PRICE.ne(10));
  }

  @Test
  void eqAndNeWithNullTestForNull() {
    assertWhere("\"price\" is null", List.of(), PRICE.eq(null));
    assertWhere("\"price\" is not null", List.of(), PRICE.ne(null));
  }

  @Test
  void anEnumValueIsCastToItsType() {
    assertWhere("\"size\" = ?::\"enum_things_size\"", List.of(Size.M), SIZE.eq(Size.M));
  }

  @Test
  void inTakesOneArrayParameterAndAnEmptyListIsAConstant() {
    assertWhere("(\"price\" = any (cast(? as int[])))", List.of(List.of(1, 2, 3)), PRICE.in(1, 2, 3));
    assertWhere("(\"price\" <> all (cast(? as int[])))", List.of(List.of(1, 2)), PRICE.notIn(List.of(1, 2)));
    assertWhere("(\"size\" = any (?::\"enum_things_size\"[]))", List.of(List.of(Size.S)), SIZE.in(Size.S));
    assertWhere("false", List.of(), PRICE.in(List.of()));
    assertStatement("select " + COLUMNS + " from \"things\"", List.of(),
        new SelectNode(Things.MODEL.table(), Things.MODEL.attributes(), PRICE.notIn(List.of())));
  }

  @Test
  void timesTakeOneArrayParameterToo() {
    java.time.Instant t = java.time.Instant.parse("2024-01-01T00:00:00Z");
    assertWhere("(\"seen_at\" = any (cast(? as timestamp with time zone[])))", List.of(List.of(t, t)),
        Things.SEEN_AT.in(t, t));
    assertWhere("(\"seen_at\" < all (cast(? as timestamp with time zone[])))", List.of(List.of(t)),
        Things.SEEN_AT.ltAll(List.of(t)));
  }

  /** A column type of the user's own: Sequor knows no array form of it. */
  private static final dev.sequor.ColumnType<String> OWN = new dev.sequor.ColumnType<>() {
    @Override
    public Class<String> javaType() {
      return String.class;
    }

    @Override
    public org.jooq.DataType<String> dataType() {
      return org.jooq.impl.SQLDataType.VARCHAR;
    }

    @Override
    public String read(java.sql.ResultSet rs, int index) throws java.sql.SQLException {
      return rs.getString(index);
    }
  };

  @Test
  void aTypeWithoutAnArrayFormBindsEachValueUpToTheParameterLimit() {
    Expression<Thing, String> own = Fn.literal("upper({0})", OWN, NAME);
    List<String> tooMany = java.util.Collections.nCopies(65_536, "a");

    assertWhere("upper(\"name\") in (?, ?)", List.of("a", "b"), own.in("a", "b"));
    assertEquals(65_535, ((CriterionNode<?>) own.in(tooMany.subList(1, tooMany.size()))).operandCount() - 1);
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> own.notIn(tooMany));
    assertEquals("notIn on upper({0}) with 65536 values: its type (" + OWN + ") has no PostgreSQL"
        + " array form Sequor knows, so each value is a parameter, and a statement has at most 65535; split the list,"
        + " or use a standard column type", e.getMessage());
  }

  @Test
  void betweenIncludesBothEnds() {
    assertWhere("\"price\" between ? and ?", List.of(1, 9), PRICE.between(1, 9));
    assertWhere("\"price\" not between ? and ?", List.of(1, 9), PRICE.notBetween(1, 9));
  }

  // ---- column against column --------------------------------------------------------------------

  @Test
  void columnAgainstColumnBindsNoValue() {
    assertWhere("\"price\" > \"id\"", List.of(), PRICE.gtCol(ID));
    assertWhere("\"price\" >= \"id\"", List.of(), PRICE.gteCol(ID));
    assertWhere("\"price\" < \"id\"", List.of(), PRICE.ltCol(ID));
    assertWhere("\"price\" <= \"id\"", List.of(), PRICE.lteCol(ID));
    assertWhere("\"price\" = \"id\"", List.of(), PRICE.eqCol(ID));
    assertWhere("\"price\" <> \"id\"", List.of(), PRICE.neCol(ID));
    assertWhere("\"name\" < \"name\"", List.of(), NAME.ltCol(NAME));
    assertWhere("\"active\" = \"active\"", List.of(), ACTIVE.eqCol(ACTIVE));
  }

  @Test
  void columnAgainstAnExpressionBindsTheExpressionsValues() {
    assertWhere("\"price\" < (\"id\" * \"price\")", List.of(), PRICE.ltCol(ID.timesCol(PRICE)));
    assertWhere("\"price\" between \"id\" and (\"id\" + ?)", List.of(10), PRICE.betweenCols(ID, ID.plus(10)));
    assertWhere("\"price\" not between \"id\" and (\"id\" + ?)", List.of(10),
        PRICE.notBetweenCols(ID, ID.plus(10)));
    assertWhere("lower(\"name\") = \"name\"", List.of(), Fn.lower(NAME).eqCol(NAME));
    assertWhere("\"price\" < \"id\"", List.of(), PRICE.ltCol(ID.as("other"))); // the alias is left out
    assertThrows(NullPointerException.class, () -> PRICE.ltCol((Expression<Thing, Integer>) null));
  }

  @Test
  void eachRightHandColumnOrExpressionIsAShapeOfItsOwn() {
    StatementCache cache = new StatementCache();
    List<Criterion<Thing>> criteria = List.of(PRICE.lt(1), PRICE.ltCol(ID), PRICE.ltCol(PRICE),
        PRICE.ltCol(ID.plusCol(PRICE)), PRICE.ltCol(ID.timesCol(PRICE)), PRICE.ltCol(ID.plus(1)), PRICE.eqCol(ID),
        PRICE.eq(1));
    for (Criterion<Thing> c : criteria) {
      cache.shape(new SelectNode(Things.MODEL.table(), List.of(ID), c));
    }
    assertEquals(criteria.size(), cache.size());

    Rendering.Shape first = cache.shape(new SelectNode(Things.MODEL.table(), List.of(ID), PRICE.ltCol(ID.plus(2))));
    Rendering.Shape second = cache.shape(new SelectNode(Things.MODEL.table(), List.of(ID), PRICE.ltCol(ID.plus(3))));
    assertSame(first, second);
    assertEquals(criteria.size(), cache.size());
    assertEquals(Map.of(), PRICE.eqCol(ID).equalities()); // no value to pin: findOrCreate cannot take it
  }

  // ---- text --------------------------------------------------------------------------------------

  @Test
  void likeTakesThePatternAsWritten() {
    assertWhere("\"name\" like ?", List.of("a%"), NAME.like("a%"));
    assertWhere("\"name\" not like ?", List.of("a%"), NAME.notLike("a%"));
    assertWhere("\"name\" ilike ?", List.of("a%"), NAME.iLike("a%"));
    assertWhere("\"name\" not ilike ?", List.of("a%"), NAME.notILike("a%"));
  }

  @Test
  void startsWithEndsWithAndSubstringEscapeTheValue() {
    assertWhere("\"name\" like ? escape '\\'", List.of("50\\%\\_%"), NAME.startsWith("50%_"));
    assertWhere("\"name\" not like ? escape '\\'", List.of("50\\%%"), NAME.notStartsWith("50%"));
    assertWhere("\"name\" like ? escape '\\'", List.of("%50\\%"), NAME.endsWith("50%"));
    assertWhere("\"name\" not like ? escape '\\'", List.of("%x"), NAME.notEndsWith("x"));
    assertWhere("\"name\" like ? escape '\\'", List.of("%a\\\\b%"), NAME.substring("a\\b"));
    assertWhere("\"name\" not like ? escape '\\'", List.of("%a%"), NAME.notSubstring("a"));
  }

  @Test
  void regularExpressionsUsePostgresOperators() {
    assertWhere("(\"name\" ~ ?)", List.of("^a"), NAME.regexp("^a"));
    assertWhere("not ((\"name\" ~ ?))", List.of("^a"), NAME.notRegexp("^a"));
    assertWhere("(\"name\" ~* ?)", List.of("^a"), NAME.iRegexp("^a"));
    assertWhere("(\"name\" !~* ?)", List.of("^a"), NAME.notIRegexp("^a"));
  }

  @Test
  void quantifiersTakeOneArray() {
    assertWhere("(\"price\" > all (cast(? as int[])))", List.of(List.of(1, 2)), PRICE.gtAll(List.of(1, 2)));
    assertWhere("(\"name\" ilike any (cast(? as varchar[])))", List.of(List.of("a%")), NAME.iLikeAny(List.of("a%")));
    assertSame(Criterion.always(), PRICE.gtAll(List.of()));
    assertSame(SqlTree.never(), PRICE.gtAny(List.of()));
    assertWhere("(\"price\" <= any (cast(? as int[])))", List.of(List.of(3)), PRICE.lteAny(Set.of(3)));
    assertThrows(NullPointerException.class, () -> NAME.likeAll(Arrays.asList("a%", null)));
  }

  // ---- booleans ----------------------------------------------------------------------------------

  @Test
  void booleanOperators() {
    assertWhere("\"active\" = true", List.of(), ACTIVE.isTrue());
    assertWhere("\"active\" = false", List.of(), ACTIVE.is(false));
    assertWhere("\"active\" is null", List.of(), ACTIVE.is((Boolean) null));
    assertWhere("\"active\" is distinct from true", List.of(), ACTIVE.isNot(true));
    assertWhere("\"active\" is distinct from false", List.of(), ACTIVE.isNot(false));
    assertWhere("\"active\" is not null", List.of(), ACTIVE.isNot((Boolean) null));
  }

  // ---- logic -------------------------------------------------------------------------------------

  @Test
  void andOrAndNotParenthesizeAndFlatten() {
    assertWhere("(\"price\" > ? and \"name\" = ? and \"price\" < ?)", List.of(1, "a", 9),
        PRICE.gt(1).and(NAME.eq("a")).and(PRICE.lt(9)));
    assertWhere("(\"price\" > ? or (\"name\" = ? and \"price\" < ?))", List.of(1, "a", 9),
        Op.or(PRICE.gt(1), Op.and(NAME.eq("a"), PRICE.lt(9))));
    assertWhere("not (\"price\" = ?)", List.of(1), PRICE.eq(1).not());
  }

  @Test
  void alwaysLeavesNoWhereAndItsNegationMatchesNothing() {
    assertStatement("select count(*) from \"things\"", List.of(),
        new SelectNode(Things.MODEL.table(), List.of(Fn.count()), Op.and()));
    assertWhere("false", List.of(), Op.or());
    assertWhere("\"price\" = ?", List.of(1), Criterion.<Thing>always().and(PRICE.eq(1)));
    assertWhere("false", List.of(), Criterion.<Thing>always().not());
    assertSame(Criterion.always(), PRICE.eq(1).or(Criterion.always()));
  }

  @Test
  void equalitiesOfAConjunction() {
    assertEquals(List.of(PRICE, NAME), List.copyOf(PRICE.eq(5).and(NAME.eq("a")).equalities().keySet()));
    assertEquals(List.of(), List.copyOf(PRICE.eq(5).or(NAME.eq("a")).equalities().keySet()));
    assertEquals(List.of(), List.copyOf(PRICE.eq(5).and(PRICE.eq(6)).equalities().keySet()));
    assertEquals(List.of(), List.copyOf(Op.or(PRICE.eq(5)).equalities().keySet()));
  }

  @Test
  void aJooqConditionKeepsItsSqlAndItsValuesAreBound() {
    Criterion<Thing> raw = Criterion.of(DSL.field(DSL.name("price"), Integer.class).mod(DSL.val(2)).eq(0));

    assertWhere("((mod(\"price\", ?) = ?) and \"name\" = ?)", List.of(2, 0, "a"), raw.and(NAME.eq("a")));
  }

  // ---- expressions -------------------------------------------------------------------------------

  @Test
  void functionsAndArithmetic() {
    assertStatement("select count(*), count(\"price\"), count(distinct \"price\"), sum(\"price\"), avg(\"price\"),"
            + " max(\"price\"), min(\"price\") from \"things\"", List.of(),
        new SelectNode(Things.MODEL.table(), List.of(Fn.count(), Fn.count(PRICE), Fn.countDistinct(PRICE),
            Fn.sum(PRICE), Fn.avg(PRICE), Fn.max(PRICE), Fn.min(PRICE)), null));
    assertStatement("select lower(\"name\"), upper(\"name\"), char_length(\"name\"), coalesce(\"price\", ?),"
            + " (\"price\" + ?), (\"price\" - ?), (\"price\" * ?), (\"price\" * \"price\") from \"things\"",
        List.of(0, 1, 2, 3),
        new SelectNode(Things.MODEL.table(), List.of(Fn.lower(NAME), Fn.upper(NAME), Fn.length(NAME),
            Fn.coalesce(PRICE, 0), PRICE.plus(1), PRICE.minus(2), PRICE.times(3), PRICE.timesCol(PRICE)), null));
  }

  @Test
  void anAliasIsDeclaredInTheSelectListOnly() {
    ComparableAggregate<Thing, Integer> total = Fn.sum(PRICE).as("total");

    assertStatement("select \"name\", sum(\"price\") as \"total\" from \"things\" group by \"name\""
            + " having sum(\"price\") > ? order by sum(\"price\") desc nulls last offset ? rows fetch next ? rows only",
        List.of(5, 20, 10),
        select(List.of(NAME, total), null, List.of(NAME), Fn.sum(PRICE).gt(5),
            List.of(total.desc().nullsLast()), 10, 20));
  }

  @Test
  void anExpressionAloneIsAnAscendingOrderKey() {
    ComparableAggregate<Thing, Integer> total = Fn.sum(PRICE).as("total");
    Query<Thing> query = Query.orderBy(NAME, PRICE.desc(), SIZE.nullsLast(), total);

    assertStatement("select \"id\" from \"things\" order by \"name\" asc, \"price\" desc,"
            + " \"size\" asc nulls last, sum(\"price\") asc", List.of(),
        select(List.of(ID), null, List.of(), null, query.order(), null, null));
    assertTrue(query.order().stream().allMatch(key -> key instanceof OrderNode<?>), query.order().toString());
    assertEquals(NAME.asc().toString(), NAME.sortField().toString());
  }

  // ---- statements --------------------------------------------------------------------------------

  @Test
  void locks() {
    Criterion<Thing> none = null;
    for (Object[] lock : new Object[][] {
        {Lock.UPDATE, Lock.Wait.WAIT, "for update"}, {Lock.UPDATE, Lock.Wait.SKIP_LOCKED, "for update skip locked"},
        {Lock.SHARE, Lock.Wait.NOWAIT, "for share nowait"}, {Lock.NO_KEY_UPDATE, Lock.Wait.WAIT, "for no key update"},
        {Lock.KEY_SHARE, Lock.Wait.WAIT, "for key share"}}) {
      assertStatement("select \"id\" from \"things\" " + lock[2], List.of(),
          new SelectNode(Things.MODEL.table(), false, List.of(ID), none, List.of(), null, List.of(), null, null,
              (Lock) lock[0], (Lock.Wait) lock[1]));
    }
  }

  @Test
  @SuppressWarnings({"unchecked", "rawtypes"})
  void updateSetsValuesAndComputedValues() {
    List<AssignmentNode<?>> set = List.of((AssignmentNode<?>) NAME.set("x"), (AssignmentNode<?>) PRICE.increment(2));

    assertStatement("update \"things\" set \"name\" = ?, \"price\" = (\"things\".\"price\" + ?) where \"things\".\"id\" = ?",
        List.of("x", 2, 7), new UpdateNode(Things.MODEL.table(), set, ID.eq(7), null));
  }

  @Test
  void deleteWithAndWithoutWhere() {
    assertStatement("delete from \"things\" where \"things\".\"id\" < ?", List.of(3),
        UpdateNode.delete(Things.MODEL.table(), ID.lt(3)));
    assertStatement("delete from \"things\"", List.of(), UpdateNode.delete(Things.MODEL.table(), Criterion.always()));
  }

  // ---- the shape cache ---------------------------------------------------------------------------

  @Test
  void oneShapeWhateverTheValues() {
    StatementCache cache = new StatementCache();
    Rendering.Shape first = cache.shape(new SelectNode(Things.MODEL.table(), List.of(ID),
        PRICE.gt(1).and(NAME.in("a", "b"))));
    Rendering.Shape second = cache.shape(new SelectNode(Things.MODEL.table(), List.of(ID),
        PRICE.gt(99).and(NAME.in("c", "d", "e", "f"))));

    assertSame(first, second);
    assertEquals(1, cache.size());
  }

  @Test
  void aDifferentOperatorColumnOrClauseIsAnotherShape() {
    StatementCache cache = new StatementCache();
    List<Criterion<Thing>> criteria = List.of(PRICE.gt(1), PRICE.lt(1), ID.gt(1), PRICE.gt(1).and(ID.gt(1)),
        PRICE.gt(1).or(ID.gt(1)), PRICE.gt(1).not(), NAME.like("a"), NAME.startsWith("a"));
    for (Criterion<Thing> c : criteria) {
      cache.shape(new SelectNode(Things.MODEL.table(), List.of(ID), c));
    }

    assertEquals(criteria.size(), cache.size());
  }

  @Test
  void aJooqConditionIsItsOwnShapeButNotItsValues() {
    StatementCache cache = new StatementCache();
    for (int i = 0; i < 3; i++) {
      cache.shape(new SelectNode(Things.MODEL.table(), List.of(ID),
          Criterion.<Thing>of(DSL.field(DSL.name("price"), Integer.class).gt(i))));
    }
    cache.shape(new SelectNode(Things.MODEL.table(), List.of(ID),
        Criterion.<Thing>of(DSL.field(DSL.name("price"), Integer.class).lt(1))));

    assertEquals(2, cache.size());
  }

  @Test
  void assignmentsAndOrdersAreValuesOfTheirOwn() {
    Assignment<Thing> set = NAME.set("a");
    Attribute<Thing, ?> attribute = set.attribute();

    assertSame(NAME, attribute);
    assertEquals("a", set.value());
    assertEquals(false, set.isComputed());
    assertEquals(true, PRICE.increment(1).isComputed());
    assertEquals("\"things\".\"price\" desc nulls first",
        DSL.using(org.jooq.SQLDialect.POSTGRES).render(PRICE.desc().nullsFirst().sortField()));
    assertNotEquals(PRICE.asc().toString(), PRICE.desc().toString());
  }

  @Test
  void aCriterionNotMadeBySequorIsRefusedWithItsClass() {
    Criterion<Thing> foreign = new Criterion<>() {
      @Override
      public Criterion<Thing> and(Criterion<Thing> other) {
        return this;
      }

      @Override
      public Criterion<Thing> or(Criterion<Thing> other) {
        return this;
      }

      @Override
      public Criterion<Thing> not() {
        return this;
      }

      @Override
      public java.util.Map<Attribute<Thing, ?>, Object> equalities() {
        return java.util.Map.of();
      }

      @Override
      public org.jooq.Condition condition() {
        return DSL.noCondition();
      }
    };

    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> PRICE.gt(1).and(foreign));
    assertEquals(true, e.getMessage().contains("not made by Sequor"), e.getMessage());
  }
}
