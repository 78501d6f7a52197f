package org.csptransfer.json;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;

import java.io.IOException;
import java.io.Reader;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.csptransfer.rules.planning.TransitionPlanner;
import org.csptransfer.testkit.ContractExample;
import org.junit.jupiter.api.Test;

/**
 * Random mutations of the bundled scenarios (bytes, ranges, numbers, dates, strings with control
 * and bidirectional characters) never make the reader throw anything but its own exception, with a
 * one-line, bounded problem; never make it read a character twice; and whatever it accepts
 * evaluates and plans without an exception.
 */
class ReaderFuzzProperties {

  private static final List<String> SCENARIOS = scenarios();

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

  private static List<String> scenarios() {
    List<String> texts = new ArrayList<>();
    texts.add(ContractExample.JSON);
    for (Path file : ScenarioFiles.bundled()) {
      try {
        texts.add(Files.readString(file, UTF_8));
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
    return texts;
  }

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

  static String mutate(String text, int kind, int at, int size, int pick) {
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

  /** A reader that counts the characters handed out. */
  private static final class CountingReader extends Reader {
    private final Reader in;
    long read;

    CountingReader(String text) {
      this.in = new StringReader(text);
    }

    @Override
    public int read(char[] buffer, int offset, int length) throws IOException {
      int n = in.read(buffer, offset, length);
      if (n > 0) {
        read += n;
      }
      return n;
    }

    @Override
    public void close() {}
  }

  @Test
  void mutatedScenariosFailOnlyWithTheReadersOwnOneLineProblem() {
    qt().withExamples(3_000)
        .forAll(
            integers().between(0, SCENARIOS.size() - 1),
            integers().between(0, 5),
            integers().allPositive(),
            integers().allPositive())
        .checkAssert(
            (scenario, kind, at, pick) -> {
              int size = 1 + Math.floorMod(pick, 200);
              String text = mutate(SCENARIOS.get(scenario), kind, at, size, pick);
              CountingReader in = new CountingReader(text);
              try {
                Scenario read = ScenarioFiles.READER.read(in);
                // What the reader accepts, the library judges and plans without an exception.
                var unused = read.pipeline().evaluate(read.request());
                var unusedPlan = TransitionPlanner.of(read.pipeline()).plan(read.request());
              } catch (ScenarioException e) {
                String message = String.valueOf(e.getMessage());
                assertTrue(message.length() < 1_000, () -> message.length() + ": " + message);
                assertTrue(
                    message
                        .chars()
                        .noneMatch(c -> c < 0x20 || c == 0x2028 || c == 0x2029 || c == 0x85),
                    message);
                assertTrue(!message.contains("jackson") && !message.contains("JsonNode"), message);
              } catch (IOException e) {
                throw new UncheckedIOException(e);
              }
              assertTrue(
                  in.read <= text.length(), () -> in.read + " characters read of " + text.length());
            });
  }

  @Test
  void mutationsReallyChangeTheScenarios() {
    int changed = 0;
    for (int kind = 0; kind < 6; kind++) {
      for (int at = 0; at < 20; at++) {
        if (!mutate(ContractExample.JSON, kind, at * 37, 5, at).equals(ContractExample.JSON)) {
          changed++;
        }
      }
    }
    assertTrue(changed > 100, changed + " of 120 mutations changed the text");
  }
}
