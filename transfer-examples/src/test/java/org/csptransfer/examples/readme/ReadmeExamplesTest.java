package org.csptransfer.examples.readme;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.csptransfer.core.OfferId;
import org.csptransfer.core.TransitionRequest;
import org.csptransfer.rules.TransitionDecision;
import org.csptransfer.rules.Verdict;
import org.csptransfer.testkit.Samples;
import org.junit.jupiter.api.Test;

/** The README's examples and walk-through work as written. */
class ReadmeExamplesTest {

  private static final Path README = Path.of("..", "README.md");
  private static final Path EXAMPLES =
      Path.of("src/test/java/org/csptransfer/examples/readme/ReadmeExamples.java");

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
}
