package dev.sequor;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.jooq.DSLContext;
import org.jooq.SQLDialect;
import org.jooq.impl.DSL;
import org.junit.jupiter.api.Test;

class ExpressionsTest {

  private static final ModelTable THINGS = new ModelTable("things");
  private static final StringAttribute<Object> NAME = new StringAttribute<>("thing", "name",
      THINGS.column("name", ColumnTypes.STRING), ColumnTypes.STRING, (o, i) -> null, 0);

  private static final DSLContext POSTGRES = DSL.using(SQLDialect.POSTGRES);

  private static String inlined(Criterion<Object> criterion) {
    return POSTGRES.renderInlined(criterion.condition());
  }

  @Test
  void escapeLikeEscapesPercent() {
    assertEquals("100\\%", Expressions.escapeLike("100%"));
  }

  @Test
  void escapeLikeEscapesUnderscore() {
    assertEquals("snake\\_case", Expressions.escapeLike("snake_case"));
  }

  @Test
  void escapeLikeEscapesTheEscapeCharacter() {
    assertEquals("C:\\\\temp", Expressions.escapeLike("C:\\temp"));
  }

  @Test
  void escapeLikeEscapesEveryOccurrence() {
    assertEquals("\\%\\_\\\\\\%\\_\\\\", Expressions.escapeLike("%_\\%_\\"));
  }

  @Test
  void escapeLikeLeavesOtherTextAlone() {
    assertEquals("plain text * ? [a] 'quote'", Expressions.escapeLike("plain text * ? [a] 'quote'"));
    assertEquals("", Expressions.escapeLike(""));
  }

  @Test
  void startsWithEndsWithAndSubstringEscapeTheValueAndDeclareTheEscape() {
    assertEquals("\"things\".\"name\" like '50\\%\\_%' escape '\\'", inlined(NAME.startsWith("50%_")));
    assertEquals("\"things\".\"name\" like '%50\\%' escape '\\'", inlined(NAME.endsWith("50%")));
    assertEquals("\"things\".\"name\" like '%a\\\\b%' escape '\\'", inlined(NAME.substring("a\\b")));
  }

  @Test
  void likeTakesThePatternAsWritten() {
    assertEquals("\"things\".\"name\" like '50%'", inlined(NAME.like("50%")));
    assertEquals("\"things\".\"name\" ilike '50%'", inlined(NAME.iLike("50%")));
  }
}
