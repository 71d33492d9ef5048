package dev.sequor;

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

  private static final ModelTable THINGS = new ModelTable("things");
  private static final NumberAttribute<Object, Integer> STOCK = new NumberAttribute<>("thing", "stock",
      THINGS.column("stock", ColumnTypes.INTEGER), ColumnTypes.INTEGER, (o, i) -> null, 0);

  private static final DSLContext POSTGRES = DSL.using(SQLDialect.POSTGRES);

  private static final Expression<Object, Integer> TOTAL = Fn.sum(STOCK).as("total");

  @Test
  void theSelectListDeclaresTheAlias() {
    assertEquals("select sum(\"things\".\"stock\") as \"total\"", POSTGRES.render(DSL.select(TOTAL.field())));
    assertEquals("total", TOTAL.label());
  }

  @Test
  void criteriaOnAnAliasCompareTheExpression() {
    assertEquals("sum(\"things\".\"stock\") = 5", POSTGRES.renderInlined(TOTAL.eq(5).condition()));
    assertEquals("sum(\"things\".\"stock\") is not null", POSTGRES.renderInlined(TOTAL.isNotNull().condition()));
    assertEquals("sum(\"things\".\"stock\") in (1, 2)", POSTGRES.renderInlined(TOTAL.in(1, 2).condition()));
  }

  @Test
  void orderKeysOnAnAliasSortByTheExpression() {
    assertEquals("sum(\"things\".\"stock\") desc nulls last",
        POSTGRES.render(TOTAL.desc().nullsLast().sortField()));
  }

  @Test
  void aFunctionOfAnAliasTakesTheExpression() {
    assertEquals("count(\"things\".\"stock\")", POSTGRES.render(Fn.count(STOCK.as("s")).field()));
  }

  @Test
  void aliasingAgainReplacesTheAlias() {
    Expression<Object, Integer> renamed = TOTAL.as("sum");

    assertEquals("select sum(\"things\".\"stock\") as \"sum\"", POSTGRES.render(DSL.select(renamed.field())));
    assertEquals("sum", renamed.label());
  }
}
