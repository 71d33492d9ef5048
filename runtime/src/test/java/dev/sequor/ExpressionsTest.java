package dev.sequor;

import dev.sequor.testsupport.Things;
import dev.sequor.testsupport.Things.Thing;
import static org.junit.jupiter.api.Assertions.assertEquals;

import org.jooq.DSLContext;
import org.jooq.SQLDialect;
import org.jooq.impl.DSL;
import org.junit.jupiter.api.Test;

class ExpressionsTest {

  private static final StringAttribute<Thing> NAME = Things.NAME;

  private static final DSLContext POSTGRES = DSL.using(SQLDialect.POSTGRES);

  private static String inlined(Criterion<Thing> criterion) {
    return POSTGRES.renderInlined(criterion.condition());
  }

  @Test
  void escapeLikeEscapesPercent() {
    assertEquals("100\\%", dev.sequor.internal.SqlTree.escapeLike("100%"));
  }

  @Test
  void escapeLikeEscapesUnderscore() {
    assertEquals("snake\\_case", dev.sequor.internal.SqlTree.escapeLike("snake_case"));
  }

  @Test
  void escapeLikeEscapesTheEscapeCharacter() {
    assertEquals("C:\\\\temp", dev.sequor.internal.SqlTree.escapeLike("C:\\temp"));
  }

  @Test
  void escapeLikeEscapesEveryOccurrence() {
    assertEquals("\\%\\_\\\\\\%\\_\\\\", dev.sequor.internal.SqlTree.escapeLike("%_\\%_\\"));
  }

  @Test
  void escapeLikeLeavesOtherTextAlone() {
    assertEquals("plain text * ? [a] 'quote'", dev.sequor.internal.SqlTree.escapeLike("plain text * ? [a] 'quote'"));
    assertEquals("", dev.sequor.internal.SqlTree.escapeLike(""));
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
