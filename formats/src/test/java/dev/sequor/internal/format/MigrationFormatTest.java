package dev.sequor.internal.format;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import org.junit.jupiter.api.Test;

class MigrationFormatTest {

  @Test
  void fileName_isUtcTimestampDashNameDotSql_andMatchesTheRunnersRule() {
    String name = MigrationFormat.fileName(Instant.parse("2026-01-02T03:04:05Z"), "add-stock");

    assertEquals("20260102030405-add-stock.sql", name);
    assertTrue(MigrationFormat.FILE_NAME.matcher(name).matches());
    assertFalse(MigrationFormat.FILE_NAME.matcher("2026-add-stock.sql").matches());
    assertFalse(MigrationFormat.FILE_NAME.matcher("20260102030405-add-stock.txt").matches());
    assertEquals(TimestampedName.MAX_LENGTH,
        MigrationFormat.fileName(Instant.EPOCH, "x".repeat(MigrationFormat.MAX_NAME_LENGTH)).length());
  }

  @Test
  void markers_dropMarkers_andLookalikes() {
    assertEquals("-- sequor:drop products.price", MigrationFormat.dropMarker("products.price"));
    assertTrue(MigrationFormat.isDropMarker(MigrationFormat.dropMarker("products")));
    assertFalse(MigrationFormat.isDropMarker(MigrationFormat.DROP.strip()));
    for (String marker : new String[] {MigrationFormat.UP, MigrationFormat.DOWN, MigrationFormat.NO_TRANSACTION,
        "-- sequor:donw", "--Sequor : up"}) {
      assertTrue(MigrationFormat.looksLikeMarker(marker), marker);
    }
    assertFalse(MigrationFormat.looksLikeMarker("-- a comment about sequor: migrations"));
  }
}
