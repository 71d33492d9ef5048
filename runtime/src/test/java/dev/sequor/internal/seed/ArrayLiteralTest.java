package dev.sequor.internal.seed;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ArrayLiteralTest {

  @Test
  void emptyBracesAreAnEmptyArray() {
    assertEquals(List.of(), ArrayLiteral.parse("{}"));
    assertEquals(List.of(), ArrayLiteral.parse("{ }"));
  }

  @Test
  void unquotedElementsAreTrimmed_andNullIsNull() {
    assertEquals(Arrays.asList("a", "b c", null, null), ArrayLiteral.parse("{ a , b c ,NULL,null}"));
  }

  @Test
  void quotedElementsKeepCommasSpacesBracesAndEscapes() {
    assertEquals(List.of(" a, b ", "{x}", "q\"uote", "back\\slash", "NULL", ""),
        ArrayLiteral.parse("{\" a, b \", \"{x}\",\"q\\\"uote\",\"back\\\\slash\",\"NULL\",\"\"}"));
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "[1,2]      | it must start with { and end with }",
      "{1,2       | it must start with { and end with }",
      "{{1},{2}}  | nested arrays are not supported",
      "{1,,2}     | an element is empty",
      "{\"a\"b}   | expected a comma after an element",
      "{\"a}      | a quoted element is not closed",
  })
  void malformedLiteralsSayWhy(String text, String problem) {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> ArrayLiteral.parse(text));
    assertTrue(e.getMessage().contains(problem), e.getMessage());
  }
}
