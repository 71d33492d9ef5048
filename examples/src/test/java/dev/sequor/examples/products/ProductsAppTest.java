package dev.sequor.examples.products;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.sequor.Sequor;
import dev.sequor.it.PostgresExtension;
import dev.sequor.migration.MigrationInfo;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** The README's first command, run against a fresh schema: it migrates, seeds, then prints real rows. */
@ExtendWith(PostgresExtension.class)
class ProductsAppTest {

  private static String run(Sequor db) {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    new ProductsApp(db, new PrintStream(bytes, true, StandardCharsets.UTF_8))
        .run(ProductsApp.migrator(db), ProductsApp.seeders(db));
    return bytes.toString(StandardCharsets.UTF_8);
  }

  @Test
  void migratesSeedsAndQueriesRealRowsThenRunsAgainFromTheSameSeeds(Sequor db) {
    String first = run(db);

    assertTrue(first.contains("applied [") && first.contains("-create-products.sql]"), first);
    assertTrue(first.contains("seeded [20261125170000-products, 20261125170100-demo-products], skipped []: 8 products"),
        first);
    assertTrue(first.contains("#1 Laptop         electronics   1299.00  stock 5"), first);
    assertTrue(first.contains("findByPk(999): none"), first);
    assertTrue(first.contains("7 products left"), first);
    List<MigrationInfo> status = ProductsApp.migrator(db).status();
    assertEquals(List.of(MigrationInfo.State.APPLIED), status.stream().map(MigrationInfo::state).toList());

    String second = run(db);

    assertTrue(second.contains("schema already up to date"), second);
    assertTrue(second.contains("8 products"), second);
    assertTrue(second.contains("7 products left"), second);
  }
}
