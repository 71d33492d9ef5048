package dev.sequor.maven;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.sequor.internal.format.PendingProblem;
import java.util.List;
import org.junit.jupiter.api.Test;

class DropPolicyTest {

  private static final List<PendingProblem> PROBLEMS = PendingProblem.parseAll("""
      DROP_TABLE legacy_orders: table legacy_orders is gone from the models.
      DROP_COLUMN products.price: column price of products is gone.

      NOT_NULL_WITHOUT_DEFAULT products.sku: new NOT NULL column sku of products has no default.
      """);

  @Test
  void problemsFile_isReadLineByLine() {
    assertEquals(List.of(
            new PendingProblem("DROP_TABLE", "legacy_orders", "table legacy_orders is gone from the models."),
            new PendingProblem("DROP_COLUMN", "products.price", "column price of products is gone."),
            new PendingProblem("NOT_NULL_WITHOUT_DEFAULT", "products.sku",
                "new NOT NULL column sku of products has no default.")),
        PROBLEMS);
    assertEquals("DROP_COLUMN products.price: column price of products is gone.", PROBLEMS.get(1).toString());
  }

  @Test
  void unreadableLine_isKeptWhole() {
    PendingProblem problem = PendingProblem.parse("something odd");
    assertEquals("UNREADABLE", problem.kind());
    assertEquals("something odd", problem.toString());
  }

  @Test
  void noAllowDrop_refusesEverything() {
    assertEquals(PROBLEMS, DropPolicy.none().refused(PROBLEMS));
    assertEquals(PROBLEMS, DropPolicy.parse(" ").refused(PROBLEMS));
  }

  @Test
  void allowDrop_allowsTheNamedDropsOnly() {
    DropPolicy policy = DropPolicy.parse("products.price, legacy_orders");
    assertEquals(List.of(PROBLEMS.get(2)), policy.refused(PROBLEMS));
    assertEquals(List.of(PROBLEMS.get(0), PROBLEMS.get(2)), DropPolicy.parse("products.price").refused(PROBLEMS));
  }

  @Test
  void star_allowsEveryDrop_butNeverANotNullWithoutDefault() {
    assertEquals(List.of(PROBLEMS.get(2)), DropPolicy.parse("*").refused(PROBLEMS));
  }

  @Test
  void unknownKind_isNeverAllowed() {
    PendingProblem future = new PendingProblem("DROP_INDEX", "products_sku", "index gone");
    assertFalse(DropPolicy.parse("*").allows(future));
    assertFalse(DropPolicy.parse("products_sku").allows(future));
  }

  @Test
  void unusedTargets_areReported() {
    assertEquals(List.of("product.price"), DropPolicy.parse("product.price,legacy_orders").unused(PROBLEMS));
    assertEquals(List.of("*"), DropPolicy.parse("*").unused(List.of(PROBLEMS.get(2))));
  }

  @Test
  void refusal_namesEachProblemAndBothWaysOut() {
    String message = DropPolicy.refusal(PROBLEMS);
    assertTrue(message.startsWith("Sequor did not write the migration: 3 changes need a decision first."), message);
    for (PendingProblem problem : PROBLEMS) {
      assertTrue(message.contains("\n  " + problem), message);
    }
    assertTrue(message.contains("@RenamedFrom(\"<old name>\")"), message);
    assertTrue(message.contains("-DallowDrop=legacy_orders,products.price "), message);
    assertTrue(message.contains("@DefaultValue"), message);
  }

  @Test
  void refusal_ofANotNullAlone_doesNotTalkAboutDrops() {
    String message = DropPolicy.refusal(List.of(PROBLEMS.get(2)));
    assertTrue(message.contains("1 change needs"), message);
    assertFalse(message.contains("allowDrop"), message);
    assertFalse(message.contains("RenamedFrom"), message);
  }
}
