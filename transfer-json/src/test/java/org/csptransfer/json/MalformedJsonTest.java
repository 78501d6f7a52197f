package org.csptransfer.json;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.StringReader;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Documents that are not JSON: each refusal names the path the parser had reached, the line and
 * column, and the problem in the document's own words, whichever way the document is given.
 */
class MalformedJsonTest {

  private static final ScenarioReader READER = ScenarioReader.builder().maxChars(200_000).build();

  static Stream<Arguments> malformed() {
    return Stream.of(
        Arguments.of(
            "{", "(document): malformed JSON at line 1, column 2: the document ends too early"),
        Arguments.of(
            "{\"a\":1,\"a\":2}", "a: malformed JSON at line 1, column 11: field 'a' appears twice"),
        Arguments.of(
            "{\"a\\\"b\":1,\"a\\\"b\":2}",
            "a\"b: malformed JSON at line 1, column 17: field 'a\"b' appears twice"),
        Arguments.of(
            "{} {}",
            "(document): malformed JSON at line 1, column 4: something follows the document's"
                + " value"),
        Arguments.of(
            "{\"a\":01}", "a: malformed JSON at line 1, column 7: a number starts with a zero"),
        Arguments.of(
            "{\"a\":NaN}", "a: malformed JSON at line 1, column 9: 'NaN' is not a JSON value"),
        Arguments.of(
            "{\"a\":tru}", "a: malformed JSON at line 1, column 6: 'tru' is not a JSON value"),
        Arguments.of(
            "{\"a\":\"x\u0001\"}",
            "a: malformed JSON at line 1, column 8: a string holds a raw control character (write"
                + " it escaped, as \\n or \\u0000)"),
        Arguments.of(
            "{\"a\":@}", "a: malformed JSON at line 1, column 6: unexpected character '@'"),
        Arguments.of(
            "{\"a\":'}", "a: malformed JSON at line 1, column 6: unexpected character '''"),
        Arguments.of(
            "{\"a\":1,}", "a: malformed JSON at line 1, column 8: unexpected character '}'"),
        Arguments.of("{\"a\":\"\\q\"}", "a: malformed JSON at line 1, column 8: not valid JSON"),
        Arguments.of("]", "(document): malformed JSON at line 1, column 1: not valid JSON"),
        Arguments.of(
            "{\"a\":" + "1".repeat(1500) + "}",
            "(document): malformed JSON: a number is written with too many digits"),
        Arguments.of("[".repeat(1200), "(document): malformed JSON: values are nested too deeply"),
        Arguments.of(
            "{\"" + "n".repeat(60_000) + "\":1}",
            "(document): malformed JSON: a field name is too long"),
        // Paths: list elements in brackets, fields after dots, a field named like an index too.
        Arguments.of(
            "{\"asOf\":[1,{\"b\":{\"c\":x}}]}",
            "asOf[1].b.c: malformed JSON at line 1, column 22: 'x' is not a JSON value"),
        Arguments.of(
            "{\"12\":{\"c\":z}}",
            "12.c: malformed JSON at line 1, column 12: 'z' is not a JSON value"),
        Arguments.of(
            "[{\"a\":[0,{\"12\":{\"c\":z}}]}]",
            "[0].a[1].12.c: malformed JSON at line 1, column 21: 'z' is not a JSON value"));
  }

  @ParameterizedTest
  @MethodSource("malformed")
  void aStringIsRefusedWithWhereAndWhat(String json, String message) {
    assertEquals(
        message, assertThrows(ScenarioException.class, () -> READER.read(json)).getMessage());
  }

  @ParameterizedTest
  @MethodSource("malformed")
  void bytesAreRefusedAlike(String json, String message) {
    byte[] utf8 = json.getBytes(UTF_8);
    assertEquals(
        message, assertThrows(ScenarioException.class, () -> READER.read(utf8)).getMessage());
    assertEquals(
        message,
        assertThrows(ScenarioException.class, () -> READER.read(new ByteArrayInputStream(utf8)))
            .getMessage());
  }

  @Test
  void aDocumentBeyondTheLimitIsRefusedWithTheLimit() {
    ScenarioReader small = ScenarioReader.builder().maxChars(2000).build();
    String big = "{\"a\":\"" + "x".repeat(3000) + "\"}";
    String message =
        "(document): malformed JSON: the document is larger than the 2000 characters allowed";
    assertEquals(
        message, assertThrows(ScenarioException.class, () -> small.read(big)).getMessage());
    assertEquals(
        message,
        assertThrows(ScenarioException.class, () -> small.read(big.getBytes(UTF_8))).getMessage());
    String manyFields = "{\"a\":[" + "1,".repeat(1500) + "1]}";
    assertEquals(
        message, assertThrows(ScenarioException.class, () -> small.read(manyFields)).getMessage());
    assertEquals(2000, small.maxChars());
  }

  @Test
  void emptyAndNonUtf8BytesAreRefused() {
    assertEquals(
        "(document): empty",
        assertThrows(ScenarioException.class, () -> READER.read(new byte[0])).getMessage());
    byte[] latin1 =
        "{\"a\":\"Soci\u00e9t\u00e9\"}".getBytes(java.nio.charset.StandardCharsets.ISO_8859_1);
    assertEquals(
        "(document): not UTF-8 text",
        assertThrows(ScenarioException.class, () -> READER.read(latin1)).getMessage());
  }

  @Test
  void theLimitIsAtLeastOneCharacter() {
    assertEquals(
        "maxChars: 0 is below 1",
        assertThrows(IllegalArgumentException.class, () -> ScenarioReader.builder().maxChars(0))
            .getMessage());
    assertEquals(1, ScenarioReader.builder().maxChars(1).build().maxChars());
  }

  @Test
  void anOfferCatalogIsReadFromBytesAsFromText() throws IOException {
    String offers =
        "{ \"offers\": [ { \"id\": \"O365_E3\", \"name\": \"E3\", \"servicePlans\": [\"TEAMS1\"],"
            + " \"availableForPurchase\": true, \"addOn\": false, \"minQuantity\": 1,"
            + " \"maxQuantity\": 300 } ] }";
    assertEquals(
        READER.readOffers(new StringReader(offers)),
        READER.readOffers(new ByteArrayInputStream(offers.getBytes(UTF_8))));
    assertEquals(1, READER.readOffers(new StringReader(offers)).offers().size());
  }
}
