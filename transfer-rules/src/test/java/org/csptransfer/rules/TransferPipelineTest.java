package org.csptransfer.rules;

import static org.csptransfer.rules.Plans.assertCodes;
import static org.csptransfer.rules.Plans.customer;
import static org.csptransfer.rules.Plans.emptyRequest;
import static org.csptransfer.rules.Plans.pipeline;
import static org.csptransfer.rules.Plans.plan;
import static org.csptransfer.rules.Plans.source;
import static org.csptransfer.rules.Plans.target;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.csptransfer.core.CountryCode;
import org.csptransfer.core.RegionCatalog;
import org.csptransfer.core.RelationshipStatus;
import org.csptransfer.core.TransferPolicy;
import org.csptransfer.core.TransitionRequest;
import org.junit.jupiter.api.Test;

class TransferPipelineTest {

  /** The user-defined rule of the issue: at most 25 sources per transfer. */
  private static final Rule MAX_SOURCES =
      new Rule() {
        @Override
        public String id() {
          return "max-sources";
        }

        @Override
        public String description() {
          return "A transfer holds at most 25 subscriptions";
        }

        @Override
        public List<Finding> evaluate(TransitionRequest request, RuleContext context) {
          int count = request.sources().size();
          return count <= 25
              ? List.of()
              : List.of(
                  new Finding(
                      "TOO_MANY_SOURCES",
                      Severity.ERROR,
                      id(),
                      List.of(),
                      count + " sources; at most 25 per transfer",
                      Map.of("sources", count),
                      Optional.empty()));
        }
      };

  private static Rule named(String id) {
    return new Rule() {
      @Override
      public String id() {
        return id;
      }

      @Override
      public String description() {
        return "does nothing";
      }

      @Override
      public List<Finding> evaluate(TransitionRequest request, RuleContext context) {
        return List.of();
      }
    };
  }

  private static TransitionRequest withSources(int count) {
    TransitionRequest.Builder request = emptyRequest();
    for (int i = 1; i <= count; i++) {
      request.addSource(source("sub-" + i).build()).addTarget(target("t" + i, "sub-" + i).build());
    }
    return request.build();
  }

  /** Pending relationship (relationship rule), wrong region (region rule), shortfall. */
  private static TransitionRequest threeErrors() {
    return TransitionRequest.builder()
        .from(plan(source("sub-001"), target("t1", "sub-001").quantity(10)))
        .customer(customer(RelationshipStatus.INVITED).country(CountryCode.of("US")).build())
        .build();
  }

  @Test
  void standardPipelineRunsTheFiveRulesInOrder() {
    assertEquals(
        List.of("relationship", "region", "offer", "license-count", "timing"),
        pipeline().rules().stream().map(Rule::id).toList());
    assertSame(RegionCatalog.csp2021(), pipeline().regions());
    assertEquals(TransferPolicy.defaults(), pipeline().policy());
    assertEquals(EvaluationMode.COLLECT_ALL, pipeline().mode());
    assertSame(Plans.offers(), pipeline().offers());
  }

  @Test
  void aUserDefinedRuleShowsUpInFindingsAndTrace() {
    TransferPipeline pipeline = pipeline().toBuilder().addRule(MAX_SOURCES).build();
    TransitionDecision decision = pipeline.evaluate(withSources(26));
    assertEquals(List.of("TOO_MANY_SOURCES"), decision.codes());
    assertEquals(Verdict.REJECTED, decision.verdict());
    assertEquals(new RuleTrace("max-sources", RuleOutcome.RAISED, 1), decision.trace().get(5));
    assertEquals(
        new RuleTrace("max-sources", RuleOutcome.PASSED, 0),
        pipeline.evaluate(withSources(25)).trace().get(5));
  }

  @Test
  void traceSaysWhatEachRuleDid() {
    TransitionDecision decision = pipeline().evaluate(threeErrors());
    assertEquals(
        List.of(
            new RuleTrace("relationship", RuleOutcome.RAISED, 1),
            new RuleTrace("region", RuleOutcome.RAISED, 1),
            new RuleTrace("offer", RuleOutcome.PASSED, 0),
            new RuleTrace("license-count", RuleOutcome.RAISED, 1),
            new RuleTrace("timing", RuleOutcome.PASSED, 0)),
        decision.trace());
  }

  @Test
  void collectAllModeRunsEveryRule() {
    assertCodes(
        pipeline().evaluate(threeErrors()),
        FindingCode.RELATIONSHIP_PENDING,
        FindingCode.REGION_MISMATCH,
        FindingCode.LICENSE_SHORTFALL);
  }

  @Test
  void stopModeSkipsTheRulesAfterTheFirstError() {
    TransferPipeline stopping =
        pipeline().toBuilder().mode(EvaluationMode.STOP_AT_FIRST_ERROR).build();
    TransitionDecision decision = stopping.evaluate(threeErrors());
    assertCodes(decision, FindingCode.RELATIONSHIP_PENDING);
    assertEquals(
        List.of(
            RuleOutcome.RAISED,
            RuleOutcome.SKIPPED,
            RuleOutcome.SKIPPED,
            RuleOutcome.SKIPPED,
            RuleOutcome.SKIPPED),
        decision.trace().stream().map(RuleTrace::outcome).toList());
  }

  @Test
  void stopModeGoesOnAfterWarnings() {
    TransferPipeline stopping =
        pipeline().toBuilder().mode(EvaluationMode.STOP_AT_FIRST_ERROR).build();
    TransitionRequest warningThenError =
        plan(source("sub-001"), target("t1", "sub-001").quantity(49).start(Plans.END.plusDays(40)));
    assertCodes(
        stopping.evaluate(warningThenError),
        FindingCode.SERVICE_INTERRUPTION,
        FindingCode.LICENSE_COUNT_CHANGED);
  }

  @Test
  void findingsAreOrderedBySeverityThenRuleThenSubject() {
    TransitionRequest request =
        emptyRequest()
            .addSource(source("sub-2").build())
            .addSource(source("sub-1").build())
            .addTarget(target("t2", "sub-2").offerId(Plans.E5).quantity(49).build())
            .addTarget(
                target("t1", "sub-1")
                    .offerId(Plans.E5)
                    .quantity(49)
                    .start(Plans.END.plusDays(50))
                    .build())
            .customer(customer(RelationshipStatus.INVITED).build())
            .build();
    assertCodes(
        pipeline().evaluate(request),
        FindingCode.RELATIONSHIP_PENDING,
        FindingCode.SERVICE_INTERRUPTION,
        FindingCode.LICENSE_REASSIGNMENT_REQUIRED,
        FindingCode.LICENSE_REASSIGNMENT_REQUIRED,
        FindingCode.LICENSE_COUNT_CHANGED,
        FindingCode.LICENSE_COUNT_CHANGED);
    assertEquals(List.of("sub-1", "t1"), pipeline().evaluate(request).findings().get(2).subjects());
  }

  @Test
  void rulesCanBeReplacedAndRemovedById() {
    TransferPipeline pipeline =
        pipeline().toBuilder()
            .replaceRule("region", named("region-2027"))
            .removeRule("timing")
            .build();
    assertEquals(
        List.of("relationship", "region-2027", "offer", "license-count"),
        pipeline.rules().stream().map(Rule::id).toList());
    assertEquals(List.of(), pipeline.evaluate(threeErrors()).findings(FindingCode.REGION_MISMATCH));
  }

  @Test
  void ruleIdsStayUnique() {
    TransferPipeline.Builder builder = TransferPipeline.builder().offers(Plans.offers());
    assertThrows(IllegalArgumentException.class, () -> builder.addRule(named("timing")));
    assertThrows(IllegalArgumentException.class, () -> builder.addRule(named("relationship")));
    assertThrows(
        IllegalArgumentException.class, () -> builder.replaceRule("timing", named("relationship")));
    assertThrows(
        IllegalArgumentException.class, () -> builder.replaceRule("region", named("timing")));
    assertThrows(IllegalArgumentException.class, () -> builder.replaceRule("nope", named("x")));
    assertThrows(IllegalArgumentException.class, () -> builder.removeRule("nope"));
    builder.replaceRule("region", named("region"));
    builder.replaceRule("relationship", named("relationship"));
    assertEquals(4, builder.removeRule("relationship").build().rules().size());
    assertEquals(0, builder.clearRules().build().rules().size());
  }

  @Test
  void theOfferCatalogIsMandatory() {
    assertThrows(IllegalStateException.class, () -> TransferPipeline.builder().build());
  }

  @Test
  void anEmptyPipelineApprovesEverything() {
    TransitionDecision decision =
        TransferPipeline.builder()
            .offers(Plans.offers())
            .clearRules()
            .build()
            .evaluate(threeErrors());
    assertEquals(Verdict.APPROVED, decision.verdict());
    assertEquals(List.of(), decision.trace());
    assertEquals(1, decision.timeline().size());
  }
}
