package dev.sequor.internal;

import static dev.sequor.seed.GadgetModel.CODE;
import static dev.sequor.seed.GadgetModel.ID;
import static dev.sequor.seed.GadgetModel.KIND;
import static dev.sequor.seed.GadgetModel.NAME;
import static dev.sequor.seed.GadgetModel.PRICE;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import dev.sequor.Assignment;
import dev.sequor.ColumnTypes;
import dev.sequor.Criterion;
import dev.sequor.ModelType;
import dev.sequor.NumberAttribute;
import dev.sequor.Op;
import dev.sequor.Query;
import dev.sequor.seed.GadgetModel;
import dev.sequor.seed.GadgetModel.Gadget;
import dev.sequor.internal.sql.SqlBuilder;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import org.jooq.impl.DSL;
import org.junit.jupiter.api.Test;

/** The whole statements the repository sends without jOOQ, with their bind values. */
class QuerySqlTest {

  private static final String ALL_COLUMNS = "\"id\", \"code\", \"name\", \"stock\", \"price\", \"rating\","
      + " \"active\", \"released_on\", \"launched_at\", \"ref\", \"kind\", \"data\"";

  private static final ModelType<Gadget, Long> MODEL = GadgetModel.MODEL; // initialized before its Columns

  /** Gadget's stock as a number attribute, for an increment. */
  private static final NumberAttribute<Gadget, Integer> STOCK = new NumberAttribute<>("Gadget", "stock",
      GadgetModel.Columns.STOCK, ColumnTypes.INTEGER, (g, i) -> null, 3);

  private final QuerySql<Gadget> sql = new QuerySql<>(MODEL);

  private static void assertStatement(String expected, List<?> values, SqlBuilder statement) {
    assertEquals(expected, statement.sql());
    assertEquals(values, statement.values());
  }

  @Test
  void findAllWithWhereOrderLimitAndOffset() {
    Query<Gadget> query = Query.where(PRICE.gt(BigDecimal.TEN).and(NAME.startsWith("a")))
        .order(PRICE.desc(), ID.asc()).limit(20).offset(40);

    assertStatement("select " + ALL_COLUMNS + " from \"gadgets\""
            + " where (\"price\" > ? and \"name\" like ? escape '\\') order by \"price\" desc, \"id\" asc"
            + " limit ? offset ?",
        List.of(BigDecimal.TEN, "a%", 20, 40), sql.select(query, MODEL.attributes()));
  }

  @Test
  void noWhereForNoCriterionOrAlways() {
    assertStatement("select " + ALL_COLUMNS + " from \"gadgets\"", List.of(),
        sql.select(Query.all(), MODEL.attributes()));
    assertStatement("select count(*) from \"gadgets\"", List.of(), sql.count(Op.and()));
    assertStatement("select count(*) from \"gadgets\"", List.of(), sql.count(null));
  }

  @Test
  void someAttributesOnly() {
    assertStatement("select \"id\", \"code\" from \"gadgets\" where \"kind\" = ?::\"enum_gadgets_kind\"",
        List.of(GadgetModel.Kind.TOY),
        sql.select(Query.where(KIND.eq(GadgetModel.Kind.TOY)), List.of(ID, CODE)));
  }

  @Test
  void locks() {
    List<dev.sequor.Attribute<Gadget, ?>> id = List.of(ID);
    assertStatement("select \"id\" from \"gadgets\" limit ? for update", List.of(1),
        sql.select(Query.<Gadget>all().limit(1).forUpdate(), id));
    assertStatement("select \"id\" from \"gadgets\" for update skip locked", List.of(),
        sql.select(Query.<Gadget>all().skipLocked(), id));
    assertStatement("select \"id\" from \"gadgets\" for share nowait", List.of(),
        sql.select(Query.<Gadget>all().lock(dev.sequor.Lock.SHARE).noWait(), id));
    assertStatement("select \"id\" from \"gadgets\" for no key update", List.of(),
        sql.select(Query.<Gadget>all().lock(dev.sequor.Lock.NO_KEY_UPDATE), id));
    assertStatement("select \"id\" from \"gadgets\" for key share", List.of(),
        sql.select(Query.<Gadget>all().lock(dev.sequor.Lock.KEY_SHARE), id));
  }

  @Test
  void countAndAggregates() {
    assertStatement("select count(*) from \"gadgets\" where \"code\" in (?, ?)", List.of("a", "b"),
        sql.count(CODE.in("a", "b")));
    assertStatement("select max(\"price\") from \"gadgets\" where \"name\" is not null", List.of(),
        sql.aggregate(dev.sequor.Fn.max(PRICE).renderable(), NAME.isNotNull()));
  }

  @Test
  void updateSetsValuesComputedValuesAndUpdatedAt() {
    Instant now = Instant.parse("2024-05-01T10:00:00Z");
    List<Assignment<Gadget>> assignments = List.of(NAME.set("x"), CODE.set("c"), NAME.set("y"));

    assertStatement("update \"gadgets\" set \"name\" = ?, \"code\" = ?, \"updatedAt\" = ? where \"id\" = ?",
        List.of("y", "c", now, 7L), sql.update(assignments, now, ID.eq(7L)));
  }

  @Test
  void anIncrementAddsInSql() {
    Instant now = Instant.parse("2024-05-01T10:00:00Z");

    assertStatement("update \"gadgets\" set \"stock\" = \"stock\" + ?, \"updatedAt\" = ?", List.of(2, now),
        sql.update(List.of(STOCK.increment(2)), now, Criterion.always()));
  }

  @Test
  void deleteWithAndWithoutWhere() {
    assertStatement("delete from \"gadgets\" where \"id\" < ?", List.of(3L), sql.delete(ID.lt(3L)));
    assertStatement("delete from \"gadgets\"", List.of(), sql.delete(Criterion.always()));
  }

  @Test
  void aPieceOnlyJooqRendersSendsTheWholeStatementThroughJooq() {
    Criterion<Gadget> raw = Criterion.of(DSL.condition("\"stock\" % 2 = 0"));

    assertNull(sql.select(Query.where(ID.gt(1L).and(raw)), MODEL.attributes()));
    assertNull(sql.count(raw));
    assertNull(sql.delete(raw));
    assertNull(sql.update(List.of(NAME.set("x")), Instant.now(), raw));
    assertNull(sql.select(Query.<Gadget>all().order(dev.sequor.Fn.coalesce(PRICE, BigDecimal.ONE).asc()),
        MODEL.attributes()));
  }
}
