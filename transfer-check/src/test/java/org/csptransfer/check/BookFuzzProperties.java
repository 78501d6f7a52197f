package org.csptransfer.check;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Random mutations of book lines (the bundled scenarios, one per line: characters replaced, ranges
 * deleted or repeated, a NUL, a byte-order mark, a lone surrogate or a CR put in) never break the
 * book's promise: one output line per input line, in order, each a decision or a one-line error
 * without controls; a status of 0, 1 or 2; a summary on stderr.
 */
class BookFuzzProperties {

  private static final JsonMapper JSON = JsonMapper.builder().build();
  // 300 books in the ordinary build; the mutation build asks for fewer (csptransfer.examples).
  private static final int EXAMPLES =
      Math.min(300, Integer.getInteger("csptransfer.examples", 300));
  private static final List<String> LINES = lines();
  private static final String[] INSERTS = {"\u0000", "\uFEFF", "\uD800", "\r", "\u2028", "\\"};

  private static List<String> lines() {
    List<String> lines = new ArrayList<>();
    for (Path file : BundledScenarios.files()) {
      try {
        lines.add(JSON.readTree(Files.readString(file, UTF_8)).toString());
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
    return lines;
  }

  /** A mutation that never adds a line break, so the book's line count stays known. */
  static String mutate(String line, int kind, int at, int pick) {
    int position = Math.floorMod(at, Math.max(1, line.length()));
    int end = Math.min(line.length(), position + 1 + Math.floorMod(pick, 120));
    String mutated =
        switch (kind) {
          case 0 ->
              line.substring(0, position)
                  + (char) Math.floorMod(pick, 0x3000)
                  + line.substring(Math.min(line.length(), position + 1));
          case 1 -> line.substring(0, position) + line.substring(end);
          case 2 -> line.substring(0, end) + line.substring(position, end) + line.substring(end);
          default ->
              line.substring(0, position)
                  + INSERTS[Math.floorMod(pick, INSERTS.length)]
                  + line.substring(position);
        };
    return mutated.replace('\n', ' ');
  }

  @Test
  void mutatedLinesGiveOneDecisionOrOneErrorLineEach() {
    qt().withExamples(EXAMPLES)
        .forAll(
            integers().between(0, LINES.size() - 1),
            integers().between(0, 3),
            integers().allPositive(),
            integers().allPositive())
        .checkAssert(
            (scenario, kind, at, pick) -> {
              String good = LINES.get(Math.floorMod(scenario + 1, LINES.size()));
              List<String> lines =
                  List.of(
                      mutate(LINES.get(scenario), kind, at, pick), good, mutate(good, 3, at, pick));
              CommandRun run =
                  CommandRun.withInput(
                      new ByteArrayInputStream((String.join("\n", lines) + "\n").getBytes(UTF_8)),
                      "--book",
                      "-");
              assertTrue(run.status >= 0 && run.status <= 2, () -> run.status + ": " + run.err);
              List<String> out = run.outLines();
              assertEquals(lines.size(), out.size(), run.err);
              for (int i = 0; i < out.size(); i++) {
                String line = out.get(i);
                assertTrue(
                    line.chars().noneMatch(c -> c < 0x20 || c == 0x2028 || c == 0x2029), line);
                JsonNode decision = JSON.readTree(line);
                assertEquals(i + 1, decision.get("line").intValue(), line);
                assertTrue(decision.has("verdict") || decision.has("error"), line);
                if (decision.has("error")) {
                  assertTrue(decision.get("error").stringValue().length() < 1_000, line);
                }
              }
              assertTrue(out.get(1).contains("\"verdict\""), out.get(1));
              assertTrue(run.err.startsWith("3 lines: "), run.err);
            });
  }
}
