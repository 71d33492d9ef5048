package dev.sequor;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The {@link Json} value type: validation, building from Java values, reading, and jsonb's equality. */
class JsonTest {

  @Test
  void of_keepsTheText_andRefusesWhatIsNotOneJsonValue() {
    assertEquals("{\"a\": [1, 2]}", Json.of("{\"a\": [1, 2]}").text());
    assertEquals("\"x\"", Json.of("\"x\"").toString());
    assertEquals("null", Json.of("null").text());

    IllegalArgumentException notJson = assertThrows(IllegalArgumentException.class, () -> Json.of("{a: 1}"));
    assertEquals("Not a JSON value, line 1: expected a key in double quotes, found 'a:': {a: 1}",
        notJson.getMessage());
    assertThrows(IllegalArgumentException.class, () -> Json.of(""));
    assertThrows(IllegalArgumentException.class, () -> Json.of("[1] [2]"));
    IllegalArgumentException twice = assertThrows(IllegalArgumentException.class,
        () -> Json.of("{\"a\": 1, \"a\": 2}"));
    assertTrue(twice.getMessage().contains("the key \"a\" appears twice"), twice.getMessage());
  }

  @Test
  void from_writesJavaValuesAsToJsonDoes_nestingJsonValues() {
    Map<String, Object> map = new LinkedHashMap<>();
    map.put("name", "a \"b\"");
    map.put("tags", List.of("x", 2, true));
    map.put("price", new BigDecimal("9.90"));
    map.put("on", LocalDate.parse("2026-11-25"));
    map.put("none", null);
    map.put("raw", Json.of("{\"k\": [1]}"));

    assertEquals("{\"name\":\"a \\\"b\\\"\",\"tags\":[\"x\",2,true],\"price\":9.90,\"on\":\"2026-11-25\","
        + "\"none\":null,\"raw\":{\"k\": [1]}}", Json.from(map).text());
    assertEquals("\"text\"", Json.from("text").text());
    assertEquals("null", Json.from(null).text());
  }

  @Test
  void value_parsesIntoMapsListsAndBigDecimals() {
    Object value = Json.of("{\"a\": [1, 2.50, \"s\", null, false], \"b\": {}}").value();

    assertEquals(Map.of("a", Arrays.asList(BigDecimal.ONE, new BigDecimal("2.50"), "s", null, false), "b", Map.of()),
        value);
    assertNull(Json.of("null").value());
  }

  @Test
  void equals_isJsonbEquality_membersInAnyOrder_numbersByValue_whitespaceIgnored() {
    Json written = Json.of("{\"b\":1,\"a\":[1.0,2],\"c\":{\"x\":null}}");
    Json asStored = Json.of("{\"a\": [1, 2.00], \"b\": 1.0, \"c\": {\"x\": null}}");

    assertEquals(written, asStored);
    assertEquals(written.hashCode(), asStored.hashCode());
    assertEquals(Json.of("100"), Json.of("1e2"));
    assertEquals(Json.of("0"), Json.of("-0.0"));
    assertNotEquals(Json.of("[1, 2]"), Json.of("[2, 1]"), "array order counts");
    assertNotEquals(Json.of("\"1\""), Json.of("1"));
    assertNotEquals(Json.of("null"), Json.of("{}"));
    assertNotEquals(Json.of("{\"a\": null}"), Json.of("{}"));
  }
}
