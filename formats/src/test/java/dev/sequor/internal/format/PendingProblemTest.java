package dev.sequor.internal.format;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class PendingProblemTest {

  private static final List<PendingProblem> PROBLEMS = List.of(
      new PendingProblem(PendingProblem.DROP_TABLE, "legacy_orders", "table \"legacy_orders\" has no model any more."),
      new PendingProblem(PendingProblem.DROP_COLUMN, "products.price", "column \"products\".\"price\": gone."),
      new PendingProblem(PendingProblem.NOT_NULL_WITHOUT_DEFAULT, "products.sku", "no default."));

  @Test
  void parseAll_readsWhatWriteWrites() {
    String text = PendingProblem.write(PROBLEMS);

    assertEquals("""
        DROP_TABLE legacy_orders: table "legacy_orders" has no model any more.
        DROP_COLUMN products.price: column "products"."price": gone.
        NOT_NULL_WITHOUT_DEFAULT products.sku: no default.
        """, text);
    assertEquals(PROBLEMS, PendingProblem.parseAll(text));
  }

  @Test
  void parseAll_skipsBlankLinesAndComments() {
    assertEquals(PROBLEMS.subList(0, 1), PendingProblem.parseAll("# problems\n\n  " + PROBLEMS.get(0).line() + "  \n"));
    assertEquals("", PendingProblem.write(List.of()));
    assertEquals(List.of(), PendingProblem.parseAll(""));
  }

  @Test
  void anUnreadableLine_isKeptWhole() {
    PendingProblem problem = PendingProblem.parse(" something odd ");

    assertEquals(PendingProblem.UNREADABLE, problem.kind());
    assertEquals("something odd", problem.line());
    assertFalse(problem.isDrop());
  }

  @Test
  void onlyTableAndColumnDrops_areDrops() {
    assertTrue(PROBLEMS.get(0).isDrop());
    assertTrue(PROBLEMS.get(1).isDrop());
    assertFalse(PROBLEMS.get(2).isDrop());
    assertFalse(new PendingProblem("DROP_INDEX", "products_sku", "a kind from a newer processor").isDrop());
  }
}
