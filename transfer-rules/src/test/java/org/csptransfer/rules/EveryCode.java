package org.csptransfer.rules;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.SplittableRandom;
import org.csptransfer.core.Scenario;
import org.csptransfer.testkit.CoreSamplers;

/**
 * Decisions of generated plans that together raise every standard finding code, from a fixed seed:
 * the tests of messages render every code from them. Computed once per test JVM.
 */
final class EveryCode {

  private static final List<TransitionDecision> DECISIONS = generate();

  private EveryCode() {}

  /**
   * Returns the decisions, in the order they were generated, up to the first one by which every
   * code was raised.
   */
  static List<TransitionDecision> decisions() {
    return DECISIONS;
  }

  private static List<TransitionDecision> generate() {
    SplittableRandom random = new SplittableRandom(15);
    Set<FindingCode> seen = EnumSet.noneOf(FindingCode.class);
    List<TransitionDecision> decisions = new ArrayList<>();
    for (int i = 0; i < 5_000 && seen.size() < FindingCode.values().length; i++) {
      Scenario generated = CoreSamplers.scenarios().sample(random);
      TransitionDecision decision =
          TransitionPipeline.builder()
              .offers(generated.offers())
              .policy(generated.policy())
              .build()
              .evaluate(generated.request());
      decisions.add(decision);
      for (Finding finding : decision.findings()) {
        seen.add(finding.standardCode().orElseThrow());
      }
    }
    return List.copyOf(decisions);
  }
}
