package org.csptransfer.json;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.csptransfer.core.Scenario;
import org.csptransfer.rules.TransitionPipeline;
import org.csptransfer.rules.planning.TransitionPlanner;

/**
 * Mutations of JSON texts for the readers' fuzz tests (scenarios here, tenant bodies in {@code
 * json.tenant}): bytes, ranges, numbers, dates, and strings with control and bidirectional
 * characters; and what must hold of what the readers make of a mutated text.
 */
public final class JsonMutations {

  private static final String[] NUMBERS = {
    "1e999999999",
    "-1e-999999999",
    "1e30000000",
    "99999999999999999999999",
    "-0",
    "0.5",
    "-1",
    "2147483648",
    "NaN",
    "1E+2",
    "0x10",
    "00",
    "1.0e-7"
  };
  private static final String[] DATES = {
    "0000-00-00",
    "+999999999-12-31",
    "2026-02-30",
    "1999-12-31",
    "2200-01-01",
    "2026-3-1",
    "9999-99-99"
  };
  private static final String[] STRINGS = {
    "\\u001b[2K\\rAPPROVED",
    "\\u2028\\u2029",
    "\\u202eevil",
    "\\u0000",
    "\\ud800",
    "\u0085\u000b\u000c",
    "\u00a0\u200b",
    "x".repeat(5000),
    "\\\\",
    "\\\"",
    "\u0007"
  };

  private JsonMutations() {}

  /** Replaces the n-th match of a pattern (modulo the count), or returns the text unchanged. */
  private static String replaceNth(String text, Pattern pattern, int n, String replacement) {
    List<int[]> spans = new ArrayList<>();
    Matcher matcher = pattern.matcher(text);
    while (matcher.find()) {
      spans.add(new int[] {matcher.start(1), matcher.end(1)});
    }
    if (spans.isEmpty()) {
      return text;
    }
    int[] span = spans.get(Math.floorMod(n, spans.size()));
    return text.substring(0, span[0]) + replacement + text.substring(span[1]);
  }

  private static final Pattern NUMBER = Pattern.compile(":\\s*(-?\\d+(\\.\\d+)?)");
  private static final Pattern DATE = Pattern.compile("\"(\\d{4}-\\d{2}-\\d{2})\"");
  private static final Pattern STRING = Pattern.compile(":\\s*\"([^\"\\\\]*)\"");

  /**
   * Returns the text with one mutation.
   *
   * @param text the JSON text
   * @param kind which mutation, 0 to 5: a character replaced, a range deleted, a range repeated, a
   *     number, a date or a string replaced by a hostile one
   * @param at where, modulo the text's length or the count of numbers, dates or strings
   * @param size how many characters a range covers
   * @param pick which replacement, modulo the choices
   * @return the mutated text, or the text itself when it holds nothing of that kind
   */
  public static String mutate(String text, int kind, int at, int size, int pick) {
    int position = Math.floorMod(at, Math.max(1, text.length()));
    int end = Math.min(text.length(), position + size);
    return switch (kind) {
      // a character replaced by another, possibly a control
      case 0 ->
          text.substring(0, position)
              + (char) Math.floorMod(pick, 0x3000)
              + text.substring(Math.min(text.length(), position + 1));
      // a range deleted
      case 1 -> text.substring(0, position) + text.substring(end);
      // a range repeated
      case 2 -> text.substring(0, end) + text.substring(position, end) + text.substring(end);
      case 3 -> replaceNth(text, NUMBER, at, NUMBERS[Math.floorMod(pick, NUMBERS.length)]);
      case 4 -> replaceNth(text, DATE, at, DATES[Math.floorMod(pick, DATES.length)]);
      default -> replaceNth(text, STRING, at, STRINGS[Math.floorMod(pick, STRINGS.length)]);
    };
  }

  /**
   * Asserts that a reader's refusal is one readable line: bounded, with no control or line
   * separator character that could spoof a terminal, and no word of the JSON library beneath.
   *
   * @param refusal the reader's exception
   */
  public static void assertReadableProblem(ScenarioException refusal) {
    String message = String.valueOf(refusal.getMessage());
    assertTrue(message.length() < 1_000, () -> message.length() + ": " + message);
    assertTrue(
        message.chars().noneMatch(c -> c < 0x20 || c == 0x2028 || c == 0x2029 || c == 0x85),
        message);
    assertTrue(!message.contains("jackson") && !message.contains("JsonNode"), message);
  }

  /**
   * Judges and plans a scenario a reader accepted: neither may throw.
   *
   * @param scenario the scenario read
   */
  public static void judgeAndPlan(Scenario scenario) {
    TransitionPipeline pipeline = TransitionPipeline.standard(scenario);
    var unusedDecision = pipeline.evaluate(scenario.request());
    var unusedPlan = TransitionPlanner.of(pipeline).plan(scenario.request());
  }
}
