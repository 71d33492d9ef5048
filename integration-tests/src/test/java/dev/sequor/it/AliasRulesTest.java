package dev.sequor.it;

import static dev.sequor.it.ItemModel.CODE;
import static dev.sequor.it.ItemModel.NAME;
import static dev.sequor.it.ItemModel.QUANTITY;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.sequor.ColumnTypes;
import dev.sequor.Fn;
import dev.sequor.Repository;
import dev.sequor.Select;
import dev.sequor.Sequor;
import dev.sequor.testing.SequorTest;
import dev.sequor.testing.StatementLog;
import dev.sequor.testing.TestDatabase;
import java.util.List;
import java.util.Map;
import org.jooq.Record;
import org.jooq.Result;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Aliases ({@code as}) that would break the statement or come back under another name are refused where they are
 * given, with an {@link IllegalArgumentException} naming the alias and the rule: empty (a syntax error), NUL (it cut
 * the statement at the protocol level, SQLState 08P01, and left the pooled connection unusable), an unpaired
 * surrogate, more than the 63 bytes PostgreSQL keeps of a name. Everything else, quotes included, round-trips.
 */
@SequorTest(migrate = false)
class AliasRulesTest {

  private final Sequor db;
  private final StatementLog log;
  private final Repository<Item, Long> items;

  AliasRulesTest(Sequor db, StatementLog log) {
    this.db = db;
    this.log = log;
    this.items = db.repository(ItemModel.MODEL);
  }

  @BeforeAll
  static void createTables(TestDatabase database) {
    TestTables.create(database, ItemModel.MODEL);
  }

  @BeforeEach
  void oneItem() {
    items.create(Item.of("a1", "apple", 3));
    log.clear();
  }

  private static String refusal(String alias) {
    return assertThrows(IllegalArgumentException.class, () -> NAME.as(alias)).getMessage();
  }

  @Test
  void anEmptyAliasIsRefused() {
    assertEquals("The alias '' is empty", refusal(""));
  }

  @Test
  void aNulInAnAliasIsRefusedAndThePoolStillWorks() {
    String message = refusal("a\u0000b");

    assertEquals("The alias 'a\\u0000b' has a NUL character (U+0000) at index 1, which PostgreSQL text cannot hold",
        message);
    assertEquals(List.of(), log.all());
    assertEquals(1, items.count());
  }

  @Test
  void anUnpairedSurrogateInAnAliasIsRefused() {
    assertTrue(refusal("x\uDC00").contains("has an unpaired UTF-16 surrogate at index 1"));
  }

  @Test
  void anAliasLongerThan63BytesOfUtf8IsRefused() {
    String ascii64 = "a".repeat(64);
    String accents64 = "é".repeat(32); // 2 bytes each: 32 characters, 64 bytes

    assertEquals("The alias '" + ascii64 + "' is 64 bytes long in UTF-8, and PostgreSQL keeps only the first 63 of"
        + " an identifier", refusal(ascii64));
    assertTrue(refusal(accents64).contains("is 64 bytes long in UTF-8"));
  }

  @Test
  void anAliasOf63BytesComesBackWhole() {
    String alias = "é".repeat(31) + "z"; // 63 bytes

    assertEquals(List.of(alias), labels(items.select(NAME.as(alias))));
  }

  @Test
  void quotesAndOtherCharactersRoundTrip() {
    for (String alias : List.of("it's", "say \"hi\"", "\"", "'; drop table items; --", "a\\b", "%_", "$$", "日本",
        "\uD83D\uDE00", "\u202Eabc", " ", "select")) {
      assertEquals(List.of(alias), labels(items.select(Fn.sum(QUANTITY).as(alias))), alias);
      Map<String, Object> row = items.select(CODE.as(alias)).fetchMaps().get(0);
      assertEquals(Map.of(alias, "a1"), row, alias);
    }
    assertEquals(1, items.count());
  }

  @Test
  void anEnumTypeNameIsCheckedAsAnIdentifier() {
    IllegalArgumentException empty = assertThrows(IllegalArgumentException.class,
        () -> ColumnTypes.enumType(Size.class, ""));
    IllegalArgumentException nul = assertThrows(IllegalArgumentException.class,
        () -> ColumnTypes.enumType(Size.class, "enum\u0000size"));

    assertEquals("The enum type name '' is empty", empty.getMessage());
    assertTrue(nul.getMessage().contains("NUL"), nul.getMessage());
  }

  /** The column labels PostgreSQL gives the select's result, read by plain SQL (the labels as sent back). */
  private List<String> labels(Select<Item, ?> select) {
    Result<Record> result = db.dsl().fetch(select.sql());
    return java.util.Arrays.stream(result.fields()).map(org.jooq.Field::getName).toList();
  }
}
