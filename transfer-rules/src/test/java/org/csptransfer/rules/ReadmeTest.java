package org.csptransfer.rules;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.OptionalInt;
import org.csptransfer.rules.planning.ProposedPlan;
import org.junit.jupiter.api.Test;

/** The README's Java examples are {@link ReadmeExample}'s code, so they always compile. */
class ReadmeTest {

  private static final Path EXAMPLE =
      Path.of("src/test/java/org/csptransfer/rules/ReadmeExample.java");

  private static String snippet(String name) throws IOException {
    String text = Files.readString(EXAMPLE, UTF_8);
    int begin = text.indexOf("// README:begin " + name);
    int end = text.indexOf("// README:end " + name);
    assertTrue(begin >= 0 && end > begin, "markers of " + name);
    // Without its last line break, so that stripIndent sees no blank last line of indent 0.
    String body = text.substring(text.indexOf('\n', begin) + 1, text.lastIndexOf('\n', end));
    return body.stripIndent() + "\n";
  }

  @Test
  void readmeShowsTheCompiledExamples() throws IOException {
    String readme = Files.readString(Path.of("..", "README.md"), UTF_8);
    for (String name : List.of("core", "pipeline", "rule", "custom", "planner")) {
      String example = snippet(name);
      assertTrue(readme.contains(example), "README.md must contain:\n" + example);
    }
  }

  @Test
  void theCustomPipelineAndThePlannerExamplesRun() {
    TransitionPipeline custom = ReadmeExample.custom(Plans.offers(), ReadmeExample.maxSources());
    assertEquals(OptionalInt.of(90), custom.policy().expiredGraceDays());
    assertEquals(
        List.of("relationship", "transfer", "offer", "license-count", "timing", "max-sources"),
        custom.rules().stream().map(Rule::id).toList());
    ProposedPlan plan = ReadmeExample.plan(Plans.pipeline(), Plans.plan());
    assertEquals(Verdict.APPROVED, plan.decision().verdict());
  }

  @Test
  void theExampleIsTheApprovedTypicalPlan() {
    TransitionDecision decision = ReadmeExample.evaluate(ReadmeExample.request());
    assertEquals(Verdict.APPROVED, decision.verdict());
  }
}
