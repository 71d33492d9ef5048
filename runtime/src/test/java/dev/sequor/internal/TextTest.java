package dev.sequor.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.sequor.Json;
import dev.sequor.ValidationException;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

/** {@link Text}: which text PostgreSQL cannot take, and where in it; which identifiers it cannot take. */
class TextTest {

  @Test
  void everyCharacterUtf8EncodesIsStorable() {
    for (String s : List.of("", "plain", "'\"\\%_", "\uD83D\uDE00", "a\uD83D\uDE00b\uD83D\uDE00", "\uFFFF", "\uFEFF",
        "\u202E", "e\u0301", "\r\n\t\u0001\u007F", "日本語")) {
      assertEquals(-1, Text.unstorableAt(s), s);
      assertNull(Text.problemOf(s));
    }
  }

  @Test
  void nulAndUnpairedSurrogatesAreFoundWhereTheyAre() {
    assertEquals(0, Text.unstorableAt("\u0000"));
    assertEquals(2, Text.unstorableAt("ab\u0000"));
    assertEquals(0, Text.unstorableAt("\uD800"));
    assertEquals(1, Text.unstorableAt("a\uD800b"));
    assertEquals(1, Text.unstorableAt("a\uDC00"));
    assertEquals(0, Text.unstorableAt("\uDE00\uD83D"), "a reversed pair: its low half comes first");
    assertEquals(2, Text.unstorableAt("\uD83D\uDE00\uD83D"), "a pair, then a high half alone");
    assertEquals(0, Text.unstorableAt("\uD83D\uD83D\uDE00"), "a high half, then a pair");
  }

  @Test
  void theProblemSaysWhatAndWhere() {
    assertEquals("has an unpaired UTF-16 surrogate at index 1 (U+D800), which has no UTF-8 form: PostgreSQL would"
        + " get '?' in its place", Text.problemOf("a\uD800b"));
    assertEquals("has a NUL character (U+0000) at index 3, which PostgreSQL text cannot hold",
        Text.problemOf("abc\u0000"));
  }

  @Test
  void arraysAndListsAreCheckedElementByElement() {
    assertEquals("holds, at element 2, a value that has a NUL character (U+0000) at index 0, which PostgreSQL text"
        + " cannot hold", Text.problemOf(new String[] {"a", null, "\u0000"}));
    assertTrue(Text.problemOf(Arrays.asList("a", "\uDFFF")).startsWith("holds, at element 1, a value that has an"
        + " unpaired UTF-16 surrogate at index 0"));
    assertNull(Text.problemOf(new Object[] {1, 2L, null}));
    assertNull(Text.problemOf(List.of(1, 2)));
    assertNull(Text.problemOf(42));
    assertNull(Text.problemOf(null));
  }

  @Test
  void jsonIsCheckedInItsTextAndItsEscapes() {
    assertNull(Text.problemOf(Json.of("{\"a\": [\"\\ud83d\\ude00\", \"\\\\u0000\", \"\\u00e9\", \"\\\"\"]}")));
    assertEquals("has, in its JSON text, the escape \\u0000 at index 1, which PostgreSQL's jsonb cannot hold",
        Text.problemOf(Json.of("\"\\u0000\"")));
    assertEquals("has, in its JSON text, an unpaired UTF-16 surrogate escape at index 1 (\\uDE00), which"
        + " PostgreSQL's jsonb refuses", Text.problemOf(Json.of("\"\\uDE00\\ud83d\"")));
    assertTrue(Text.problemOf(Json.of("\"\\ud83d\"")).contains("escape at index 1"));
    assertTrue(Text.problemOf(Json.of("\"\\ud83d\\u0041\"")).contains("escape at index 1"));
    assertTrue(Text.problemOf(Json.of("[\"\uD800\"]")).startsWith("has an unpaired UTF-16 surrogate at index 2"));
  }

  @Test
  void aRefusalNamesModelAttributeAndShowsTheValueEscapedAndShort() {
    ValidationException e = assertThrows(ValidationException.class,
        () -> Text.check("Item", "name", "x\uD800" + "y".repeat(200)));

    assertEquals("Item", e.model());
    assertEquals("name", e.attribute());
    assertEquals("Item.name has an unpaired UTF-16 surrogate at index 1 (U+D800), which has no UTF-8 form:"
        + " PostgreSQL would get '?' in its place (model 'Item', attribute 'name', value: x\\uD800" + "y".repeat(118)
        + "… (202 characters))", e.getMessage());
  }

  @Test
  void shownKeepsPairsAndEscapesWhatALogCannotShow() {
    assertEquals("a\uD83D\uDE00b", Text.shown("a\uD83D\uDE00b"));
    assertEquals("a\\u0000b\\uDC00", Text.shown("a\u0000b\uDC00"));
    assertEquals("[a, \\uD800]", Text.shown(new String[] {"a", "\uD800"}));
    assertEquals("x".repeat(119) + "… (121 characters)", Text.shown("x".repeat(119) + "\uD83D\uDE00"),
        "a pair cut at its middle is left out");
  }

  @Test
  void anIdentifierMustBeNonEmptyStorableAndAtMost63BytesOfUtf8() {
    Text.checkIdentifier("The alias", "a".repeat(63));
    Text.checkIdentifier("The alias", "say \"it's\"");
    Text.checkIdentifier("The alias", "\uD83D\uDE00".repeat(15) + "abc"); // 4 bytes each: 63

    assertEquals("The alias '' is empty", refusal(""));
    assertEquals("The alias 'a\\u0000' has a NUL character (U+0000) at index 1, which PostgreSQL text cannot hold",
        refusal("a\u0000"));
    assertTrue(refusal("\uDC00").contains("unpaired UTF-16 surrogate at index 0"));
    assertEquals("The alias '" + "\u00e9".repeat(32) + "' is 64 bytes long in UTF-8, and PostgreSQL keeps only the"
        + " first 63 of an identifier", refusal("\u00e9".repeat(32)));
  }

  private static String refusal(String identifier) {
    return assertThrows(IllegalArgumentException.class, () -> Text.checkIdentifier("The alias", identifier))
        .getMessage();
  }
}
