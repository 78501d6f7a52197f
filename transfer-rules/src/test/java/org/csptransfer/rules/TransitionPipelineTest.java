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
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.csptransfer.core.CountryCode;
import org.csptransfer.core.Offer;
import org.csptransfer.core.OfferCatalog;
import org.csptransfer.core.OfferId;
import org.csptransfer.core.RegionCatalog;
import org.csptransfer.core.RelationshipStatus;
import org.csptransfer.core.ServicePlanTiers;
import org.csptransfer.core.TransitionPolicy;
import org.csptransfer.core.TransitionRequest;
import org.junit.jupiter.api.Test;

class TransitionPipelineTest {

  /** A user's rule: at most 25 sources per plan, written with Rule.of. */
  private static final Rule MAX_SOURCES =
      Rule.of(
          "max-sources",
          "A plan moves at most 25 subscriptions",
          context -> {
            int count = context.request().sources().size();
            return count <= 25
                ? List.of()
                : List.of(
                    Finding.custom("max-sources", "TOO_MANY_SOURCES", Severity.ERROR)
                        .argument("sources", count)
                        .argument("maximum", 25)
                        .message("{sources} subscriptions; at most {maximum} per plan")
                        .build());
          });

  private static Rule named(String id) {
    return Rule.of(id, "does nothing", context -> List.of());
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
  void standardPipelineRunsTheSixRulesInOrder() {
    assertEquals(
        List.of("relationship", "region", "transfer", "offer", "license-count", "timing"),
        pipeline().rules().stream().map(Rule::id).toList());
    assertSame(RegionCatalog.csp2021(), pipeline().regions());
    assertEquals(TransitionPolicy.defaults(), pipeline().policy());
    assertEquals(EvaluationMode.COLLECT_ALL, pipeline().mode());
    assertSame(Plans.offers(), pipeline().offers());
  }

  @Test
  void aUserDefinedRuleShowsUpInFindingsAndTrace() {
    TransitionPipeline pipeline = pipeline().toBuilder().addRule(MAX_SOURCES).build();
    TransitionDecision decision = pipeline.evaluate(withSources(26));
    assertEquals(List.of("TOO_MANY_SOURCES"), decision.codes());
    assertEquals(Verdict.REJECTED, decision.verdict());
    Finding finding = decision.findings().get(0);
    assertEquals("max-sources", finding.rule());
    assertEquals(java.util.Optional.empty(), finding.standardCode());
    assertEquals("26 subscriptions; at most 25 per plan", finding.message());
    assertEquals(RuleTrace.of("max-sources", RuleOutcome.RAISED, 1), decision.trace().get(6));
    assertEquals(
        RuleTrace.of("max-sources", RuleOutcome.PASSED, 0),
        pipeline.evaluate(withSources(25)).trace().get(6));
  }

  @Test
  void traceSaysWhatEachRuleDid() {
    TransitionDecision decision = pipeline().evaluate(threeErrors());
    assertEquals(
        List.of(
            RuleTrace.of("relationship", RuleOutcome.RAISED, 1),
            RuleTrace.of("region", RuleOutcome.RAISED, 1),
            RuleTrace.of("transfer", RuleOutcome.PASSED, 0),
            RuleTrace.of("offer", RuleOutcome.PASSED, 0),
            RuleTrace.of("license-count", RuleOutcome.RAISED, 1),
            RuleTrace.of("timing", RuleOutcome.PASSED, 0)),
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
    TransitionPipeline stopping =
        pipeline().toBuilder().mode(EvaluationMode.STOP_AT_FIRST_ERROR).build();
    TransitionDecision decision = stopping.evaluate(threeErrors());
    assertCodes(decision, FindingCode.RELATIONSHIP_PENDING);
    assertEquals(
        List.of(
            RuleOutcome.RAISED,
            RuleOutcome.SKIPPED,
            RuleOutcome.SKIPPED,
            RuleOutcome.SKIPPED,
            RuleOutcome.SKIPPED,
            RuleOutcome.SKIPPED),
        decision.trace().stream().map(RuleTrace::outcome).toList());
  }

  @Test
  void stopModeGoesOnAfterWarnings() {
    TransitionPipeline stopping =
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
    TransitionPipeline pipeline =
        pipeline().toBuilder()
            .replaceRule("region", named("region-2027"))
            .removeRule("timing")
            .build();
    assertEquals(
        List.of("relationship", "region-2027", "transfer", "offer", "license-count"),
        pipeline.rules().stream().map(Rule::id).toList());
    assertEquals(List.of(), pipeline.evaluate(threeErrors()).findings(FindingCode.REGION_MISMATCH));
  }

  @Test
  void ruleIdsStayUnique() {
    TransitionPipeline.Builder builder = TransitionPipeline.builder().offers(Plans.offers());
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
    assertEquals(5, builder.removeRule("relationship").build().rules().size());
    assertEquals(0, builder.clearRules().build().rules().size());
  }

  @Test
  void theOfferCatalogIsMandatory() {
    assertThrows(IllegalStateException.class, () -> TransitionPipeline.builder().build());
  }

  @Test
  void anEmptyPipelineApprovesEverything() {
    TransitionDecision decision =
        TransitionPipeline.builder()
            .offers(Plans.offers())
            .clearRules()
            .build()
            .evaluate(threeErrors());
    assertEquals(Verdict.APPROVED, decision.verdict());
    assertEquals(List.of(), decision.trace());
    assertEquals(1, decision.timeline().size());
  }

  @Test
  void customFindingsCannotTakeAStandardCodesName() {
    IllegalArgumentException refused =
        assertThrows(
            IllegalArgumentException.class,
            () -> Finding.custom("my-rule", "DATA_LOSS", Severity.INFO));
    assertEquals(
        "finding code: DATA_LOSS is a standard code; only the standard rules raise it",
        refused.getMessage());
    assertEquals(
        "TOO_MANY_SOURCES",
        Finding.custom("my-rule", "TOO_MANY_SOURCES", Severity.INFO).build().code());
  }

  @Test
  void aRuleCannotRaiseAFindingUnderAnotherRulesId() {
    Rule forger =
        Rule.of(
            "forger",
            "claims to be the timing rule",
            context -> List.of(Finding.custom("timing", "ALL_GOOD", Severity.INFO).build()));
    TransitionPipeline pipeline = pipeline().toBuilder().addRule(forger).build();
    RuleFailedException failed =
        assertThrows(RuleFailedException.class, () -> pipeline.evaluate(plan()));
    assertEquals("forger", failed.rule());
    assertEquals(
        "rule forger failed: it returned a finding of rule timing (ALL_GOOD)", failed.getMessage());
  }

  @Test
  void aRuleWrappingAStandardRuleKeepsItsIdAndItsFindings() {
    Rule timing = StandardRule.TIMING.create();
    Rule quietTiming =
        Rule.of(
            "timing",
            "the timing rule without its warnings",
            context ->
                timing.evaluate(context).stream()
                    .filter(finding -> finding.severity() == Severity.ERROR)
                    .toList());
    TransitionPipeline pipeline = pipeline().toBuilder().replaceRule("timing", quietTiming).build();
    TransitionRequest lateAndEarly =
        emptyRequest()
            .addSources(source("sub-1").build(), source("sub-2").build())
            .addTarget(target("t1", "sub-1").start(Plans.END.plusDays(200)).build())
            .addTarget(target("t2", "sub-2").start(Plans.END.minusDays(20)).build())
            .build();
    assertCodes(pipeline.evaluate(lateAndEarly), FindingCode.DATA_LOSS);
    assertCodes(
        pipeline().evaluate(lateAndEarly),
        FindingCode.DATA_LOSS,
        FindingCode.OVERLAP_DOUBLE_BILLING);
  }

  @Test
  void aFailingRuleIsNamed() {
    Rule broken =
        Rule.of(
            "broken",
            "throws",
            context -> {
              throw new IllegalStateException("bug");
            });
    RuleFailedException failed =
        assertThrows(
            RuleFailedException.class,
            () -> pipeline().toBuilder().addRule(broken).build().evaluate(plan()));
    assertEquals("broken", failed.rule());
    assertEquals("rule broken failed: java.lang.IllegalStateException: bug", failed.getMessage());
    assertTrue(failed.getCause() instanceof IllegalStateException);
  }

  @Test
  void aRuleReturningNullIsNamed() {
    Rule nothing =
        new Rule() {
          @Override
          public String id() {
            return "nothing";
          }

          @Override
          public String description() {
            return "returns null";
          }

          @Override
          @SuppressWarnings("NullAway") // the broken contract under test
          public List<Finding> evaluate(RuleContext context) {
            return null;
          }
        };
    RuleFailedException failed =
        assertThrows(
            RuleFailedException.class,
            () -> pipeline().toBuilder().addRule(nothing).build().evaluate(plan()));
    assertEquals(
        "rule nothing failed: it returned null instead of a list of findings", failed.getMessage());
    Rule nullList = Rule.of("null-list", "returns null", context -> nullFindings());
    assertEquals(
        "null-list",
        assertThrows(
                RuleFailedException.class,
                () -> pipeline().toBuilder().addRule(nullList).build().evaluate(plan()))
            .rule());
  }

  @SuppressWarnings("NullAway") // the broken contract under test
  private static List<Finding> nullFindings() {
    return null;
  }

  @Test
  void ruleIdsAreLowerCaseWordsJoinedByHyphens() {
    assertThrows(IllegalArgumentException.class, () -> Rule.of(" ", "blank", c -> List.of()));
    assertThrows(IllegalArgumentException.class, () -> Rule.of("Timing", "upper", c -> List.of()));
    assertThrows(IllegalArgumentException.class, () -> Rule.of("a--b", "double", c -> List.of()));
    assertThrows(
        IllegalArgumentException.class, () -> Rule.of("x".repeat(65), "long", c -> List.of()));
    assertEquals("license-count-2", Rule.of("license-count-2", "ok", c -> List.of()).id());
    Rule blank =
        new Rule() {
          @Override
          public String id() {
            return "";
          }

          @Override
          public String description() {
            return "a blank id";
          }

          @Override
          public List<Finding> evaluate(RuleContext context) {
            return List.of();
          }
        };
    IllegalArgumentException refused =
        assertThrows(IllegalArgumentException.class, () -> pipeline().toBuilder().addRule(blank));
    assertEquals(
        "rule id: '' is not lower-case words joined by hyphens (like license-count), at most 64"
            + " characters",
        refused.getMessage());
  }

  @Test
  void customCodesAreUpperCaseWordsAndArgumentsOfKnownTypes() {
    assertThrows(
        IllegalArgumentException.class, () -> Finding.custom("my-rule", "lower", Severity.INFO));
    assertThrows(
        IllegalArgumentException.class,
        () -> Finding.custom("my-rule", "CODE", Severity.INFO).argument("when", new Object()));
    assertThrows(
        IllegalArgumentException.class,
        () -> Finding.custom("my-rule", "CODE", Severity.INFO).argument("n", 1).argument("n", 2));
    assertThrows(
        IllegalArgumentException.class, () -> Finding.custom("My Rule", "CODE", Severity.INFO));
  }

  @Test
  void aPipelineComparesOffersWithTheTiersItIsGiven() {
    TransitionRequest kioskToBasic =
        plan(
            source("sub-001").offerId(OfferId.of("KIOSK")),
            target("t1", "sub-001").offerId(OfferId.of("PLAN1")));
    OfferCatalog offers =
        OfferCatalog.of(
            Offer.builder()
                .id(OfferId.of("KIOSK"))
                .name("Kiosk")
                .addServicePlan("EXCHANGE_S_DESKLESS")
                .build(),
            Offer.builder()
                .id(OfferId.of("PLAN1"))
                .name("Plan 1")
                .addServicePlan("EXCHANGE_S_STANDARD")
                .build());
    assertCodes(
        TransitionPipeline.standard(offers).evaluate(kioskToBasic),
        FindingCode.LICENSE_REASSIGNMENT_REQUIRED);
    TransitionPipeline strict =
        TransitionPipeline.builder()
            .offers(offers)
            .servicePlanTiers(ServicePlanTiers.none())
            .build();
    assertCodes(strict.evaluate(kioskToBasic), FindingCode.OFFER_NOT_EQUIVALENT);
    assertSame(ServicePlanTiers.none(), strict.servicePlanTiers());
  }
}
