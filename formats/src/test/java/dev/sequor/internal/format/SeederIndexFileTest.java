package dev.sequor.internal.format;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.sequor.internal.format.SeederIndexFile.Entry;
import dev.sequor.internal.format.SeederIndexFile.MalformedException;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class SeederIndexFileTest {

  private static final Entry PRODUCTS = new Entry("20261125130000-products", "shop.Products", List.of());
  private static final Entry DEMO =
      new Entry("20261125120000-demo-products", "shop.Seeders$Demo", List.of("development", "test"));

  @Test
  void write_sortsByName_oneLinePerSeeder() {
    assertEquals("""
        20261125120000-demo-products shop.Seeders$Demo development,test
        20261125130000-products shop.Products
        """, SeederIndexFile.write(List.of(PRODUCTS, DEMO)));
  }

  @Test
  void parse_readsWhatWriteWrites_withLineNumbers() {
    List<Entry> read = SeederIndexFile.parse(SeederIndexFile.write(List.of(PRODUCTS, DEMO)));

    assertEquals(List.of(new Entry(DEMO.name(), DEMO.className(), DEMO.environments(), 1),
        new Entry(PRODUCTS.name(), PRODUCTS.className(), List.of(), 2)), read);
  }

  @Test
  void parse_skipsCommentsBlankLinesAndAByteOrderMark_andTakesTabsAndCrLf() {
    List<Entry> read = SeederIndexFile.parse("\uFEFF# name class environments\r\n\r\n"
        + "20261125120000-demo-products\tshop.Demo \t development,test\r\n");

    assertEquals(List.of(new Entry("20261125120000-demo-products", "shop.Demo", List.of("development", "test"), 3)),
        read);
  }

  @Test
  void parse_refusesMalformedLines_namingTheLine() {
    MalformedException fields = assertThrows(MalformedException.class,
        () -> SeederIndexFile.parse("# seeders\n20261125120000-products\n"));
    assertEquals(2, fields.line());
    assertTrue(fields.getMessage().contains("expected '<name> <class> [environment,...]'"), fields.getMessage());

    MalformedException name = assertThrows(MalformedException.class,
        () -> SeederIndexFile.parse("2026-products shop.Products"));
    assertTrue(name.getMessage().contains("<yyyyMMddHHmmss>-<kebab-case-name>"), name.getMessage());

    MalformedException environments = assertThrows(MalformedException.class,
        () -> SeederIndexFile.parse("20261125120000-products shop.Products development,,test"));
    assertTrue(environments.getMessage().contains("'development,,test'"), environments.getMessage());
  }

  @Test
  void names_areAUtcTimestampAndKebabCaseWords() {
    assertEquals("20260102030405-demo-products",
        SeederIndexFile.name(Instant.parse("2026-01-02T03:04:05Z"), "demo-products"));
    assertTrue(SeederIndexFile.NAME.matcher("20260102030405-demo-2-products").matches());
    assertFalse(SeederIndexFile.NAME.matcher("20260102030405-Demo").matches());
    assertFalse(SeederIndexFile.NAME.matcher("20260102030405-demo--products").matches());
    assertFalse(SeederIndexFile.NAME.matcher("2026010203040-demo").matches());
    assertEquals(255, "20260102030405-".length() + SeederIndexFile.MAX_NAME_LENGTH);
  }

  @Test
  void anEntryWithoutEnvironments_runsEverywhere() {
    assertTrue(PRODUCTS.runsIn("production"));
    assertTrue(DEMO.runsIn("test"));
    assertFalse(DEMO.runsIn("production"));
  }
}
