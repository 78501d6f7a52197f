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
import org.csptransfer.core.Scenario;
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
              String text = JsonMutations.mutate(SCENARIOS.get(scenario), kind, at, size, pick);
              CountingReader in = new CountingReader(text);
              try {
                Scenario read = ScenarioFiles.READER.read(in);
                // What the reader accepts, the library judges and plans without an exception.
                JsonMutations.judgeAndPlan(read);
              } catch (ScenarioException e) {
                JsonMutations.assertReadableProblem(e);
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
        if (!JsonMutations.mutate(ContractExample.JSON, kind, at * 37, 5, at)
            .equals(ContractExample.JSON)) {
          changed++;
        }
      }
    }
    assertTrue(changed > 100, changed + " of 120 mutations changed the text");
  }
}
