package dev.sequor;

import dev.sequor.testsupport.Things;
import dev.sequor.testsupport.Things.Thing;
import static org.junit.jupiter.api.Assertions.assertEquals;

import org.jooq.DSLContext;
import org.jooq.SQLDialect;
import org.jooq.impl.DSL;
import org.junit.jupiter.api.Test;

/**
 * {@link Expression#as}: the alias is declared in a select list only; criteria, order keys and function
 * operands made from an aliased expression use the expression, since PostgreSQL rejects output aliases in
 * {@code WHERE} and {@code HAVING}.
 */
class AliasTest {

  private static final NumberAttribute<Thing, Integer> STOCK = Things.PRICE;

  private static final DSLContext POSTGRES = DSL.using(SQLDialect.POSTGRES);

  private static final ComparableAggregate<Thing, Integer> TOTAL = Fn.sum(STOCK).as("total");

  @Test
  void theSelectListDeclaresTheAlias() {
    assertEquals("select sum(\"things\".\"price\") as \"total\"", POSTGRES.render(DSL.select(TOTAL.field())));
    assertEquals("total", TOTAL.label());
  }

  @Test
  void criteriaOnAnAliasCompareTheExpression() {
    assertEquals("sum(\"things\".\"price\") = 5", POSTGRES.renderInlined(TOTAL.eq(5).condition()));
    assertEquals("sum(\"things\".\"price\") is not null", POSTGRES.renderInlined(TOTAL.isNotNull().condition()));
    assertEquals("(sum(\"things\".\"price\") = any (cast('{1,2}' as int[])))", POSTGRES.renderInlined(TOTAL.in(java.util.List.of(1, 2)).condition()));
  }

  @Test
  void orderKeysOnAnAliasSortByTheExpression() {
    assertEquals("sum(\"things\".\"price\") desc nulls last",
        POSTGRES.render(TOTAL.desc().nullsLast().sortField()));
  }

  @Test
  void aFunctionOfAnAliasTakesTheExpression() {
    assertEquals("count(\"things\".\"price\")", POSTGRES.render(Fn.count(STOCK.as("s")).field()));
  }

  @Test
  void aliasingAgainReplacesTheAlias() {
    ComparableAggregate<Thing, Integer> renamed = TOTAL.as("sum");

    assertEquals("select sum(\"things\".\"price\") as \"sum\"", POSTGRES.render(DSL.select(renamed.field())));
    assertEquals("sum", renamed.label());
  }
}
