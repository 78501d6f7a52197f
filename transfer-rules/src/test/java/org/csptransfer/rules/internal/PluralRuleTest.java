package org.csptransfer.rules.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.stream.LongStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** CLDR plural rules for whole numbers, relation by relation. */
class PluralRuleTest {

  private static List<Long> matching(String rule, long upTo) {
    PluralRule parsed = PluralRule.parse(rule);
    return LongStream.rangeClosed(0, upTo).filter(parsed::matches).boxed().toList();
  }

  @Test
  void polishFewAndManyAsCldrWritesThem() {
    String few = "v = 0 and i % 10 = 2..4 and i % 100 != 12..14 @integer 2~4, 22~24";
    assertEquals(List.of(2L, 3L, 4L, 22L, 23L, 24L), matching(few, 30));
    String many =
        "v = 0 and i != 1 and i % 10 = 0..1 or v = 0 and i % 10 = 5..9"
            + " or v = 0 and i % 100 = 12..14";
    List<Long> manyUpTo25 = matching(many, 25);
    assertEquals(
        List.of(
            0L, 5L, 6L, 7L, 8L, 9L, 10L, 11L, 12L, 13L, 14L, 15L, 16L, 17L, 18L, 19L, 20L, 21L,
            25L),
        manyUpTo25);
  }

  @Test
  void listsRangesAndInequality() {
    assertEquals(List.of(0L, 1L), matching("i = 0,1", 5));
    assertEquals(List.of(1L, 3L, 4L, 5L), matching("n = 1, 3..5", 7));
    assertEquals(List.of(0L, 2L, 3L), matching("n != 1", 3));
    assertEquals(List.of(0L, 1L, 5L), matching("n != 2..4", 5));
    // Bounds are inclusive at both ends.
    assertEquals(List.of(2L, 3L), matching("n = 2..3", 5));
  }

  @Test
  void theFractionOperandsOfAWholeNumberAreZero() {
    for (String operand : List.of("v", "w", "f", "t", "c", "e")) {
      assertTrue(PluralRule.parse(operand + " = 0").matches(7), operand);
      assertFalse(PluralRule.parse(operand + " != 0").matches(7), operand);
    }
    assertTrue(PluralRule.parse("N = 7").matches(7), "operands in capitals");
  }

  @Test
  void moduloAppliesBeforeTheComparison() {
    assertEquals(List.of(1L, 11L, 21L), matching("n % 10 = 1", 21));
    assertEquals(List.of(101L), matching("n % 100 = 1 and n != 1", 101));
  }

  @Test
  void aCountIsTakenWithoutItsSign() {
    assertTrue(PluralRule.parse("n = 1").matches(-1));
    assertTrue(PluralRule.parse("n != 0").matches(Long.MIN_VALUE));
  }

  @Test
  void anEmptyRuleOrOneOfSamplesOnlyMatchesNothing() {
    assertEquals(List.of(), matching("", 3));
    assertEquals(List.of(), matching("  @integer 0~15", 3));
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "= 1",
        "i",
        "q = 1",
        "ii = 1",
        "i % 0 = 1",
        "i % -10 = 1",
        "i % 10 % 3 = 1",
        "i = 1..2..3",
        "i = one",
        "i = 1, ",
        "i % x = 1"
      })
  void aRuleOutsideTheGrammarIsRefusedNamingIt(String rule) {
    IllegalArgumentException refused =
        assertThrows(IllegalArgumentException.class, () -> PluralRule.parse(rule));
    assertEquals("plural rule is not CLDR syntax: '" + rule + "'", refused.getMessage());
  }
}
