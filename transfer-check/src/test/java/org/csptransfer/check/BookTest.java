package org.csptransfer.check;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.SequenceInputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.csptransfer.core.Scenario;
import org.csptransfer.json.DecisionWriter;
import org.csptransfer.json.ScenarioWriter;
import org.csptransfer.rules.TransitionPipeline;
import org.csptransfer.rules.Verdict;
import org.csptransfer.testkit.ContractExample;
import org.csptransfer.testkit.CoreSamplers;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** {@code --book}: JSON Lines in, one decision line per line out, in order, on all cores. */
class BookTest {

  private static final JsonMapper JSON = JsonMapper.builder().build();

  @TempDir Path dir;

  private static String oneLine(String json) {
    return JSON.readTree(json).toString();
  }

  private static String line(Scenario generated) {
    return ScenarioWriter.oneLine().write(generated);
  }

  private static CommandRun book(String lines, String... options) {
    List<String> args = new ArrayList<>(List.of(options));
    args.add("--book");
    args.add("-");
    return CommandRun.withInput(
        new ByteArrayInputStream(lines.getBytes(UTF_8)), args.toArray(String[]::new));
  }

  /** The decision of a scenario as the book writes it, computed on its own. */
  private static String expected(long line, String scenario) throws IOException {
    Scenario read = BundledScenarios.READER.read(scenario);
    java.io.StringWriter out = new java.io.StringWriter();
    DecisionWriter.standard()
        .write(
            Map.of("line", line), TransitionPipeline.standard(read).evaluate(read.request()), out);
    return out.toString();
  }

  @Test
  void keepsInputOrderWhateverEachLineCosts() {
    java.util.SplittableRandom random = new java.util.SplittableRandom(16);
    List<String> pool = new ArrayList<>();
    for (int i = 0; i < 60; i++) {
      pool.add(line(CoreSamplers.scenarios().sample(random)));
    }
    qt().withExamples(15)
        .forAll(lists().of(integers().between(0, pool.size() - 1)).ofSizeBetween(1, 150))
        .checkAssert(
            picks -> {
              List<String> lines = new ArrayList<>();
              picks.forEach(pick -> lines.add(pool.get(pick)));
              CommandRun run = book(String.join("\n", lines) + "\n");
              List<String> out = run.outLines();
              assertEquals(lines.size(), out.size(), run.err);
              for (int i = 0; i < lines.size(); i++) {
                try {
                  assertEquals(expected(i + 1, lines.get(i)), out.get(i));
                } catch (IOException e) {
                  throw new java.io.UncheckedIOException(e);
                }
              }
            });
  }

  @Test
  void eachLinesDecisionIsThatOfTheSameScenarioAsAFile() throws IOException {
    List<Path> files = BundledScenarios.files();
    StringBuilder lines = new StringBuilder();
    for (Path file : files) {
      lines.append(oneLine(Files.readString(file))).append('\n');
    }
    CommandRun run = book(lines.toString());
    List<String> out = run.outLines();
    assertEquals(files.size(), out.size());
    for (int i = 0; i < files.size(); i++) {
      JsonNode fromBook = JSON.readTree(out.get(i));
      JsonNode fromFile = JSON.readTree(CommandRun.of("--json", files.get(i).toString()).out);
      assertEquals(i + 1, fromBook.get("line").intValue());
      ((tools.jackson.databind.node.ObjectNode) fromBook).remove("line");
      assertEquals(fromFile, fromBook, files.get(i).toString());
    }
  }

  @Test
  void aBadLineAmongTenThousandGivesOneErrorLineAndTheOthersGoOn() {
    String good = oneLine(ContractExample.RENEWAL_OFF);
    StringBuilder lines = new StringBuilder();
    for (int i = 1; i <= 10_000; i++) {
      lines
          .append(i == 5_000 ? good.replace("\"quantity\":50", "\"quantity\":-1") : good)
          .append('\n');
    }
    CommandRun run = book(lines.toString());
    assertEquals(2, run.status);
    List<String> out = run.outLines();
    assertEquals(10_000, out.size());
    assertEquals(
        "{\"line\":5000,\"error\":\"sources[0].quantity: -1 is negative\"}", out.get(4_999));
    long decisions = out.stream().filter(line -> line.contains("\"verdict\"")).count();
    assertEquals(9_999, decisions);
    assertTrue(
        run.err.startsWith(
            "10,000 lines: 9,999 approved, 0 approved with actions, 0 rejected, 1 unreadable"),
        run.err);
  }

  @Test
  void theSummaryCountsWhatTheLinesSay() throws IOException {
    StringBuilder lines = new StringBuilder();
    List<Path> files = BundledScenarios.files();
    for (Path file : files) {
      lines.append(oneLine(Files.readString(file))).append('\n');
    }
    lines.append("not json\n\n");
    CommandRun run = book(lines.toString());
    Map<Verdict, Integer> counted = new EnumMap<>(Verdict.class);
    int errors = 0;
    Map<String, Integer> codes = new java.util.HashMap<>();
    for (String line : run.outLines()) {
      JsonNode json = JSON.readTree(line);
      if (json.has("error")) {
        errors++;
        continue;
      }
      counted.merge(Verdict.valueOf(json.get("verdict").stringValue()), 1, Integer::sum);
      json.get("findings")
          .forEach(finding -> codes.merge(finding.get("code").stringValue(), 1, Integer::sum));
    }
    assertEquals(2, errors);
    String summary = run.errLines().get(0);
    assertEquals(
        String.format(
            "%d lines: %d approved, %d approved with actions, %d rejected, %d unreadable",
            files.size() + 2,
            counted.getOrDefault(Verdict.APPROVED, 0),
            counted.getOrDefault(Verdict.APPROVED_WITH_ACTIONS, 0),
            counted.getOrDefault(Verdict.REJECTED, 0),
            errors),
        summary);
    String top =
        codes.entrySet().stream()
            .sorted(
                Map.Entry.<String, Integer>comparingByValue()
                    .reversed()
                    .thenComparing(Map.Entry.comparingByKey()))
            .limit(10)
            .map(entry -> entry.getKey() + " ×" + entry.getValue())
            .reduce((a, b) -> a + ", " + b)
            .orElseThrow();
    assertEquals("most frequent codes: " + top, run.errLines().get(1));
    assertTrue(run.errLines().get(2).startsWith("forfeited value: €"), run.err);
  }

  @Test
  void plansAndSpeaksFrenchToo() {
    String good = oneLine(ContractExample.RENEWAL_OFF);
    CommandRun run = book(good + "\n" + good + "\n", "--plan", "--lang", "fr");
    assertEquals(0, run.status, run.err);
    JsonNode first = JSON.readTree(run.outLines().get(0));
    assertEquals(1, first.get("line").intValue());
    assertEquals("APPROVED", first.get("decision").get("verdict").stringValue());
    assertTrue(first.get("plan").has("targets"));
    assertTrue(run.err.startsWith("2 lignes : 2 approuvés"), run.err);
  }

  @Test
  void readsABookFromAFileWithWindowsLineEndings() throws IOException {
    String good = oneLine(ContractExample.RENEWAL_OFF);
    Path file = Files.writeString(dir.resolve("book.jsonl"), good + "\r\n" + good + "\r\n");
    CommandRun run = CommandRun.of("--book", file.toString());
    assertEquals(0, run.status, run.err);
    assertEquals(2, run.outLines().size());
  }

  @Test
  void aLineThatIsNotUtf8IsAnErrorLine() {
    byte[] bad = {'{', (byte) 0xE9, '}', '\n'};
    CommandRun run =
        CommandRun.withInput(
            new SequenceInputStream(
                new ByteArrayInputStream(bad),
                new ByteArrayInputStream(
                    (oneLine(ContractExample.RENEWAL_OFF) + "\n").getBytes(UTF_8))),
            "--book",
            "-");
    assertEquals(
        List.of("{\"line\":1,\"error\":\"(document): not UTF-8 text\"}"),
        run.outLines().subList(0, 1));
    assertTrue(run.outLines().get(1).contains("\"verdict\":\"APPROVED\""));
  }

  @Test
  void aBookTakesNoOtherInputAndAMissingBookIsUnreadable() {
    assertEquals(2, CommandRun.of("--book", "-", "x.json").status);
    CommandRun missing = CommandRun.of("--book", dir.resolve("none.jsonl").toString());
    assertEquals(2, missing.status);
    assertEquals(List.of(dir.resolve("none.jsonl") + ": (file): no such file"), missing.errLines());
    assertEquals(2, CommandRun.of("--book", "").status);
  }

  @Test
  void showsProgressOnlyWhenAsked() {
    String good = oneLine(ContractExample.RENEWAL_OFF);
    CommandRun quiet = book(good + "\n");
    assertTrue(!quiet.err.contains("\r"), quiet.err);
    CommandRun shown = book((good + "\n").repeat(2_000), "--progress");
    assertEquals(0, shown.status);
    // Whatever the machine's speed: the first line's progress always shows, with its rate.
    assertTrue(shown.err.startsWith("\r1 line, ") && shown.err.contains(" per second"), shown.err);
  }

  /**
   * Memory does not grow with the book: 200,000 lines stream through a JVM of 64 MB of heap, whose
   * results alone (one decision line each, about 1 KB) would need 200 MB if they were kept.
   */
  @Test
  void streamsTwoHundredThousandLinesThroughSixtyFourMegabytes() throws Exception {
    String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
    ProcessBuilder builder =
        new ProcessBuilder(
            java,
            "-Xmx64m",
            "-cp",
            System.getProperty("java.class.path"),
            TransferCheck.class.getName(),
            "--book",
            "-");
    builder.redirectOutput(ProcessBuilder.Redirect.DISCARD);
    Path err = dir.resolve("stderr.txt");
    builder.redirectError(err.toFile());
    Process process = builder.start();
    byte[] line = (oneLine(ContractExample.RENEWAL_OFF) + "\n").getBytes(UTF_8);
    try (OutputStream in = process.getOutputStream()) {
      byte[] block = new byte[line.length * 1_000];
      for (int i = 0; i < 1_000; i++) {
        System.arraycopy(line, 0, block, i * line.length, line.length);
      }
      for (int i = 0; i < 200; i++) {
        in.write(block);
      }
    }
    int status = process.waitFor();
    String stderr = Files.readString(err);
    assertEquals(0, status, stderr);
    assertTrue(stderr.startsWith("200,000 lines: 200,000 approved"), stderr);
  }

  @Test
  void aLineOfExactlyTheLimitEndedByCrLfIsReadAndOneByteMoreIsNot() throws IOException {
    String good = oneLine(ContractExample.RENEWAL_OFF);
    // The scenario padded with spaces to exactly the limit, then a Windows line break.
    String padded = good + " ".repeat(Book.MAX_LINE_BYTES - good.getBytes(UTF_8).length);
    CommandRun exact = book(padded + "\r\n" + good + "\r\n");
    assertEquals(0, exact.status, exact.err);
    assertEquals(2, exact.outLines().size());
    assertTrue(exact.outLines().get(0).contains("\"verdict\":\"APPROVED\""));
    CommandRun over = book(padded + " \r\n" + good + "\n");
    assertEquals(2, over.status);
    assertEquals(
        "{\"line\":1,\"error\":\"(document): the line is longer than the 8388608 bytes"
            + " allowed\"}",
        over.outLines().get(0));
    assertTrue(over.outLines().get(1).contains("\"line\":2"), over.out);
  }

  @Test
  void aStreamWithNoLineBreakEndsAfterReportingItsLongLine() {
    // Endless zeros, as /dev/zero gives; failing loudly, never hanging, if the reader never stops.
    InputStream zeros =
        new InputStream() {
          private long served;

          @Override
          public int read() {
            return served++ < 200L * Book.MAX_LINE_BYTES ? 0 : -1;
          }

          @Override
          public int read(byte[] into, int offset, int length) {
            if (served > 200L * Book.MAX_LINE_BYTES) {
              throw new AssertionError("the book kept reading an endless line");
            }
            java.util.Arrays.fill(into, offset, offset + length, (byte) 0);
            served += length;
            return length;
          }
        };
    CommandRun run = CommandRun.withInput(zeros, "--book", "-");
    assertEquals(2, run.status);
    assertEquals(
        List.of(
            "{\"line\":1,\"error\":\"(document): the line is longer than the 8388608 bytes"
                + " allowed\"}"),
        run.outLines());
    assertTrue(run.err.contains("has no end"), run.err);
  }
}
