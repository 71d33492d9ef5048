package dev.sequor.examples.products;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.sequor.Sequor;
import dev.sequor.migration.MigrationInfo;
import dev.sequor.testing.SequorTest;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The README's first command, run against a fresh schema: it migrates, seeds, then prints real rows. The schema starts
 * empty ({@code migrate = false}): migrating is the app's first step, and the test checks it.
 */
@SequorTest(migrate = false)
class ProductsAppTest {

  private static String run(Sequor db) {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    new ProductsApp(db, new PrintStream(bytes, true, StandardCharsets.UTF_8))
        .run(ProductsApp.migrator(db), ProductsApp.seeders(db));
    return bytes.toString(StandardCharsets.UTF_8);
  }

  /** The output without what differs between runs: ids, timestamps and the migration line. */
  private static String withoutRunDetails(String output) {
    return output.replaceAll("\\d{4}-\\d\\d-\\d\\dT[0-9:.]+Z", "<time>")
        .replaceAll("#\\d+|\"id\":\\d+|findByPk\\(\\d+\\)", "<id>")
        .replaceAll("(?m)^(applied \\[.*|schema already up to date)$", "<migrations>");
  }

  @Test
  void migratesSeedsAndQueriesRealRowsThenRunsAgainFromTheSameSeeds(Sequor db) {
    String first = run(db);

    assertTrue(first.contains("applied [") && first.contains("-create-products.sql, ")
        && first.contains("-unique-product-names.sql, ") && first.contains("-create-orders.sql]"), first);
    assertTrue(first.contains("seeded [20261125170000-products, 20261125170100-demo-products, 20261203100100-orders], "
        + "skipped []: 8 products"), first);
    assertTrue(first.contains("#1 Laptop         electronics   1299.00  stock 5"), first);
    assertTrue(first.contains("findByPk(999): none"), first);
    assertTrue(first.contains("price > all of (10, 100):\n  #2 Headphones"), first);
    assertTrue(first.contains("  Laptop 1299.00 (category null)"), first);
    assertTrue(first.contains("  office       3 product(s), stock 302\n  kitchen      2 product(s), stock 100"), first);
    assertTrue(first.contains("categories holding more than 50 in stock: [kitchen, office]"), first);
    assertTrue(first.contains("count 9, max price 1299.00, min price 4.99, total stock 436, office stock 302"), first);
    assertTrue(first.contains("mug stock 100 -> 105"), first);
    assertTrue(first.contains("findBy(NAME, 'Headphones'): 199.99"), first);
    assertTrue(first.contains("findOrCreate(Stapler) again: created false"), first);
    assertTrue(first.contains("findOrBuild(Eraser): built true, stored false"), first);
    assertTrue(first.contains("7 products under 100.00; page 2: [Demo chair, Desk lamp]"), first);
    assertTrue(first.contains("upsert(Stapler): created false, price 6.90"), first);
    assertTrue(first.contains("sold a laptop, stock now 4"), first);
    assertTrue(first.contains("rolled back (payment refused): Ghost stored false"), first);
    assertTrue(first.contains("  Ada: 1 x Laptop\n  Ada: 4 x Coffee mug\n  Grace: 2 x Coffee mug\n  Linus: 1 x Desk lamp"),
        first);
    assertTrue(first.contains("  Coffee mug <- [Ada x4, Grace x2]\n  Desk lamp <- [Linus x1]\n  Laptop <- [Ada x1]"),
        first);
    assertTrue(first.contains("products with an order of 2 or more: [Coffee mug]"), first);
    assertTrue(first.contains("findAndCountAll counts products, not orders: 3, first Coffee mug with 2 order(s)"), first);
    assertTrue(first.matches("(?s).*created with include: an order of a new product, Tea pot #\\d+, its key in the "
        + "order's productId: true\n.*"), first);
    assertTrue(first.contains("streamed 10 products"), first);
    assertTrue(first.contains("7 products left"), first);
    List<MigrationInfo> status = ProductsApp.migrator(db).status();
    assertEquals(List.of(MigrationInfo.State.APPLIED, MigrationInfo.State.APPLIED, MigrationInfo.State.APPLIED),
        status.stream().map(MigrationInfo::state).toList());

    String second = run(db);

    assertTrue(second.contains("schema already up to date"), second);
    assertTrue(second.contains("8 products"), second);
    assertTrue(second.contains("7 products left"), second);
    assertEquals(withoutRunDetails(first), withoutRunDetails(second), "the same seeds give the same output");
  }
}
