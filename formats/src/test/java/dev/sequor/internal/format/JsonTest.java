package dev.sequor.internal.format;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.util.Collections;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class JsonTest {

  private enum Shade {
    DARK {
      @Override
      public String toString() {
        return "dark (custom toString)";
      }
    },
    LIGHT
  }

  private static String one(Object value) {
    String json = Json.write(Collections.singletonMap("v", value));
    return json.substring("{\"v\":".length(), json.length() - 1);
  }

  @Test
  void anEmptyMapIsAnEmptyObject() {
    assertEquals("{}", Json.write(Map.of()));
  }

  @Test
  void entriesKeepTheMapsOrder() {
    Map<String, Object> map = new LinkedHashMap<>();
    map.put("zeta", 1);
    map.put("alpha", 2);
    map.put("mid", 3);
    assertEquals("{\"zeta\":1,\"alpha\":2,\"mid\":3}", Json.write(map));
  }

  @Test
  void keysAreEscapedLikeStrings() {
    assertEquals("{\"a\\\"b\":1}", Json.write(Map.of("a\"b", 1)));
  }

  @Test
  void nullIsNull() {
    assertEquals("null", one(null));
  }

  @Test
  void booleansAreLiterals() {
    assertEquals("true", one(true));
    assertEquals("false", one(false));
  }

  @Test
  void stringsEscapeQuotesBackslashesAndControlCharacters() {
    assertEquals("\"say \\\"hi\\\" \\\\ path\"", one("say \"hi\" \\ path"));
    assertEquals("\"\\n\\r\\t\\b\\f\"", one("\n\r\t\b\f"));
    assertEquals("\"\\u0000\\u0001\\u001f\"", one("\u0000\u0001\u001f"));
  }

  @Test
  void stringsKeepOtherCharactersAsTheyAre() {
    assertEquals("\"Zoë 日本 😀 </script> \u007f\"", one("Zoë 日本 😀 </script> \u007f"));
  }

  @Test
  void integersAreNumbers() {
    assertEquals("42", one(42));
    assertEquals("-9223372036854775808", one(Long.MIN_VALUE));
    assertEquals("-32768", one(Short.MIN_VALUE));
  }

  @Test
  void finiteFloatingPointValuesAreNumbers() {
    assertEquals("1.5", one(1.5));
    assertEquals("0.1", one(0.1f));
    assertEquals("1.0E10", one(1e10));
    assertEquals("4.9E-324", one(Double.MIN_VALUE));
    assertEquals("-0.0", one(-0.0));
  }

  @Test
  void nanAndInfinitiesAreStrings() {
    assertEquals("\"NaN\"", one(Double.NaN));
    assertEquals("\"Infinity\"", one(Double.POSITIVE_INFINITY));
    assertEquals("\"-Infinity\"", one(Float.NEGATIVE_INFINITY));
    assertEquals("\"NaN\"", one(Float.NaN));
  }

  @Test
  void bigDecimalsArePlainNumbersKeepingTheirScale() {
    assertEquals("1000", one(new BigDecimal("1E+3")));
    assertEquals("0.0000000001", one(new BigDecimal("1E-10")));
    assertEquals("1.50", one(new BigDecimal("1.50")));
    assertEquals("-12345678901234567890.123456789", one(new BigDecimal("-12345678901234567890.123456789")));
  }

  @Test
  void bytesAreBase64() {
    assertEquals("\"AAEC+/8=\"", one(new byte[] {0, 1, 2, (byte) 0xfb, (byte) 0xff}));
    assertEquals("\"\"", one(new byte[0]));
  }

  @Test
  void enumsAreTheirNames() {
    assertEquals("\"DARK\"", one(Shade.DARK));
    assertEquals("\"LIGHT\"", one(Shade.LIGHT));
  }

  @Test
  void javaTimeValuesAreIso8601() {
    assertEquals("\"2024-01-02T03:04:05.123456Z\"", one(Instant.parse("2024-01-02T03:04:05.123456Z")));
    assertEquals("\"2024-01-02T03:04:05+05:30\"", one(OffsetDateTime.parse("2024-01-02T03:04:05+05:30")));
    assertEquals("\"2024-01-02\"", one(LocalDate.parse("2024-01-02")));
    assertEquals("\"03:04:05.000001\"", one(LocalTime.parse("03:04:05.000001")));
    assertEquals("\"2024-01-02T03:04:05\"", one(LocalDateTime.parse("2024-01-02T03:04:05")));
  }

  @Test
  void uuidsAreTheirCanonicalForm() {
    assertEquals("\"01890a5d-ac96-774b-bcce-b302099a8057\"", one(UUID.fromString("01890A5D-AC96-774B-BCCE-B302099A8057")));
  }

  @Test
  void verbatimValuesAreWrittenAsTheirText_atAnyDepth() {
    record Raw(String json) {}
    Map<String, Object> map = new LinkedHashMap<>();
    map.put("raw", new Raw("{\"a\": [1, 2]}"));
    map.put("list", List.of(new Raw("true"), "s"));
    map.put("nested", Map.of("r", new Raw("null")));

    String json = Json.write(map, v -> v instanceof Raw raw ? raw.json() : null);

    assertEquals("{\"raw\":{\"a\": [1, 2]},\"list\":[true,\"s\"],\"nested\":{\"r\":null}}", json);
  }

  @Test
  void writeValue_writesAnyValueOnItsOwn() {
    assertEquals("\"a\\\"b\"", Json.writeValue("a\"b", v -> null));
    assertEquals("[1,{\"k\":1.50}]", Json.writeValue(List.of(1, Map.of("k", new BigDecimal("1.50"))), v -> null));
    assertEquals("null", Json.writeValue(null, v -> null));
  }

  // ---- parsing -------------------------------------------------------------------------------------

  @Test
  void parsesEveryKindOfValue() {
    Object value = Json.parsePlain(" {\"a\": [1, -2.5e3, true, false, null, \"x\\u0041\\n\\/\"], \"b\": {}} ");

    assertEquals(Map.of("a", Arrays.asList(new BigDecimal("1"), new BigDecimal("-2.5e3"), true, false, null, "xA\n/"),
        "b", Map.of()), value);
  }

  @Test
  void keepsTheLineOfEveryValue() {
    Json.Located root = Json.parse("[\n  {\"a\": 1,\n   \"b\": \"x\"}\n]");

    Json.Located object = (Json.Located) ((List<?>) root.value()).get(0);
    Map<?, ?> members = (Map<?, ?>) object.value();
    assertEquals(1, root.line());
    assertEquals(2, object.line());
    assertEquals(3, ((Json.Located) members.get("b")).line());
  }

  @Test
  void anErrorNamesItsLine() {
    Json.SyntaxError e = assertThrows(Json.SyntaxError.class, () -> Json.parse("{\n  \"a\": 1,\n}"));

    assertEquals("line 3: expected a key in double quotes, found '}'", e.getMessage());
    assertEquals(3, e.line());
    assertNull(e.key());
  }

  @Test
  void aKeyGivenTwiceIsAnError() {
    Json.SyntaxError e = assertThrows(Json.SyntaxError.class, () -> Json.parse("{\"a\": 1,\n \"a\": 2}"));

    assertEquals("a", e.key());
    assertEquals(2, e.line());
    assertEquals("the key \"a\" appears twice in one object", e.problem());
  }

  @Test
  void aStringLiteralAloneIsEscapedAsInAnObject() {
    assertEquals("\"a\\\"b\\\\c\\u0001\\n\"", Json.string("a\"b\\c\u0001\n"));
  }

  @Test
  void writtenTextReadsBack() {
    Map<String, Object> map = new LinkedHashMap<>();
    map.put("s", "q\"\\\n\t\u0002");
    map.put("n", new BigDecimal("12.50"));
    map.put("list", List.of("a", "b"));
    map.put("nothing", null);

    assertEquals(map, Json.parsePlain(Json.write(map)));
  }
}
