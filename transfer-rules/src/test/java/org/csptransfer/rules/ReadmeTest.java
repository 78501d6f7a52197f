package org.csptransfer.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.OptionalInt;
import org.csptransfer.rules.planning.ProposedPlan;
import org.junit.jupiter.api.Test;

/**
 * The README's Java examples are {@link ReadmeExample}'s code, so they always compile; here they
 * run. That the README shows them as written, with their imports, is checked with the examples' (in
 * {@code transfer-examples}, {@code ReadmeExamplesTest}), which see every snippet.
 */
class ReadmeTest {

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
