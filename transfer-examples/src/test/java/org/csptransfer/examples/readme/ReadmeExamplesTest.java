package org.csptransfer.examples.readme;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.csptransfer.core.OfferId;
import org.csptransfer.core.TransitionRequest;
import org.csptransfer.examples.check.TransferCheck;
import org.csptransfer.rules.TransitionDecision;
import org.csptransfer.rules.Verdict;
import org.csptransfer.testkit.Samples;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The README's examples and walk-through work as written. */
class ReadmeExamplesTest {

  private static final Path README = Path.of("..", "README.md");
  private static final Path EXAMPLES =
      Path.of("src/test/java/org/csptransfer/examples/readme/ReadmeExamples.java");

  @TempDir Path dir;

  private static String readme() throws IOException {
    return Files.readString(README, UTF_8);
  }

  private static String snippet(String name) throws IOException {
    String text = Files.readString(EXAMPLES, UTF_8);
    int begin = text.indexOf("// README:begin " + name);
    int end = text.indexOf("// README:end " + name);
    assertTrue(begin >= 0 && end > begin, "markers of " + name);
    String body = text.substring(text.indexOf('\n', begin) + 1, text.lastIndexOf('\n', end));
    return body.stripIndent() + "\n";
  }

  @Test
  void readmeShowsTheCompiledExamples() throws IOException {
    String readme = readme();
    for (String name : List.of("sku", "json")) {
      String example = snippet(name);
      assertTrue(readme.contains(example), "README.md must contain:\n" + example);
    }
  }

  /** Contoso's Office 365 E3 of the README's plan, on Microsoft's SKU. */
  private static TransitionRequest.Builder contosoWithE3() {
    return Samples.request()
        .addSource(Samples.e3Source("sub-001").offerId(OfferId.of("ENTERPRISEPACK")).build());
  }

  @Test
  void theSuiteAloneLosesTeamsDataAndTeamsStackedKeepsIt() {
    ReadmeExamples.OnSkus example = ReadmeExamples.sku();
    TransitionDecision alone =
        example.pipeline.evaluate(contosoWithE3().addTarget(example.suite).build());
    assertEquals(Verdict.REJECTED, alone.verdict());
    assertEquals(List.of("OFFER_NOT_EQUIVALENT"), alone.codes());
    TransitionDecision stacked =
        example.pipeline.evaluate(
            contosoWithE3().addTarget(example.suite).addTarget(example.teams).build());
    assertEquals(Verdict.APPROVED_WITH_ACTIONS, stacked.verdict());
    assertEquals(List.of("LICENSE_REASSIGNMENT_REQUIRED"), stacked.codes());
  }

  @Test
  void theJsonExampleReadsAndWritesInFrench() throws IOException {
    String json = ReadmeExamples.json(Path.of("scenarios", "fewer-seats-than-licensed-users.json"));
    assertTrue(json.contains("\"code\":\"LICENSE_SHORTFALL\""), json);
    assertTrue(json.contains("licences"), json);
  }

  /** Splits a shell command line: words, double-quoted words, backslash-newline continuations. */
  private static List<String> words(String command) {
    List<String> words = new ArrayList<>();
    StringBuilder word = null;
    boolean quoted = false;
    for (char c : command.toCharArray()) {
      if (c == '"') {
        quoted = !quoted;
        word = word == null ? new StringBuilder() : word;
      } else if (Character.isWhitespace(c) && !quoted) {
        if (word != null) {
          words.add(word.toString());
          word = null;
        }
      } else {
        word = word == null ? new StringBuilder() : word;
        word.append(c);
      }
    }
    if (word != null) {
      words.add(word.toString());
    }
    return words;
  }

  /**
   * Runs the README's walk-through from Graph bodies to a checked plan, as written: each command of
   * the marked block, with the repository's paths and the output file in a temporary directory.
   */
  @Test
  void theWalkThroughFromGraphBodiesToACheckedPlanWorksAsWritten() throws IOException {
    String readme = readme();
    int begin = readme.indexOf("<!-- walkthrough -->");
    int end = readme.indexOf("<!-- /walkthrough -->");
    assertTrue(begin >= 0 && end > begin, "the walk-through's markers");
    String block =
        readme.substring(readme.indexOf("```sh\n", begin) + 6, readme.lastIndexOf("```", end));
    String[] commands = block.replace("\\\n", " ").split("\n");
    assertEquals(2, commands.length, block);
    List<Integer> statuses = new ArrayList<>();
    for (String command : commands) {
      List<String> words = words(command);
      assertEquals(
          List.of("java", "-jar", "transfer-examples/target/transfer-check.jar"),
          words.subList(0, 3));
      List<String> args = new ArrayList<>();
      for (String word : words.subList(3, words.size())) {
        args.add(
            word.startsWith("transfer-examples/")
                ? Path.of("..").resolve(word).toString()
                : word.equals("contoso.json") ? dir.resolve(word).toString() : word);
      }
      java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
      java.io.ByteArrayOutputStream err = new java.io.ByteArrayOutputStream();
      statuses.add(
          TransferCheck.run(
              args.toArray(String[]::new),
              new java.io.PrintStream(out, true, UTF_8),
              new java.io.PrintStream(err, true, UTF_8),
              false));
      if (args.get(0).equals("--plan")) {
        String report = out.toString(UTF_8);
        assertTrue(report.contains("proposed plan  APPROVED"), report);
        assertTrue(report.contains("Proposed transfers"), report);
      } else {
        assertTrue(err.toString(UTF_8).startsWith("note: SPB:"), err.toString(UTF_8));
      }
    }
    assertEquals(List.of(0, 0), statuses);
  }
}
