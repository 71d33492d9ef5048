package dev.sequor.maven;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.sequor.internal.format.MigrationFormat;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class MigrationNamesTest {

  /** Every expected value was produced by lodash 4.17.21's {@code _.kebabCase}, which sequelize-cli uses. */
  @ParameterizedTest(name = "{0} -> {1}")
  @CsvSource(delimiter = '|', quoteCharacter = '"', value = {
    "add-stock            | add-stock",
    "addStock             | add-stock",
    "AddStock             | add-stock",
    "add stock            | add-stock",
    "add_stock            | add-stock",
    "XMLHttpRequest       | xml-http-request",
    "create-LineItem      | create-line-item",
    "create-Product       | create-product",
    "v2 api               | v-2-api",
    "add2Stock            | add-2-stock",
    "1st-pass             | 1st-pass",
    "add 2nd column       | add-2nd-column",
    "don't drop           | dont-drop",
    "\"  --Add   Stock-- \" | add-stock",
    "ABC2                 | abc-2",
    "fooBAR               | foo-bar",
    "FOOBar               | foo-bar",
    "price_in_EUR         | price-in-eur",
    "a.b.c                | a-b-c",
    "drop-products.price  | drop-products-price",
    "10thPlace            | 10th-place",
    "11th                 | 11-th",
    "HTTP2Server          | http-2-server",
    "camelCase2Words      | camel-case-2-words",
    "Product              | product",
    "lineItem             | line-item",
  })
  void kebab_matchesLodash(String input, String expected) {
    assertEquals(expected, MigrationNames.kebab(input));
  }

  @Test
  void migrationName_dropsSqlExtension() {
    assertEquals("add-stock", MigrationNames.migrationName("add-stock.sql"));
    assertEquals("add-stock", MigrationNames.migrationName("  addStock "));
  }

  @Test
  void migrationName_withoutLetters_isRefused() {
    UsageException e = assertThrows(UsageException.class, () -> MigrationNames.migrationName("--- ..."));
    assertTrue(e.getMessage().contains("-Dname=add-stock"), e.getMessage());
    assertThrows(UsageException.class, () -> MigrationNames.migrationName(null));
    assertThrows(UsageException.class, () -> MigrationNames.migrationName(" "));
  }

  @Test
  void migrationName_nonAscii_isRefused() {
    UsageException e = assertThrows(UsageException.class, () -> MigrationNames.migrationName("ajouter-qté"));
    assertTrue(e.getMessage().contains("ASCII"), e.getMessage());
  }

  @Test
  void migrationName_tooLong_isRefused() {
    String name = "a".repeat(MigrationFormat.MAX_NAME_LENGTH);
    assertEquals(name, MigrationNames.migrationName(name));
    assertThrows(UsageException.class, () -> MigrationNames.migrationName(name + "b"));
  }

  @Test
  void fileName_isUtcTimestampDashKebabName() {
    Instant instant = Instant.parse("2026-01-02T03:04:05.999Z");
    assertEquals("20260102030405-add-stock.sql",
        MigrationFormat.fileName(instant, MigrationNames.migrationName("addStock")));
  }
}
