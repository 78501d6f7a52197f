package org.csptransfer.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.csptransfer.core.SubscriptionId;
import org.junit.jupiter.api.Test;

class TransitionDecisionTest {

  private static final Finding ERROR =
      Finding.of(FindingCode.DATA_LOSS, List.of("sub-001", "t1"), "data is lost", Map.of());
  private static final Finding WARNING =
      Finding.of(FindingCode.SERVICE_GAP, List.of("sub-001", "t1"), "a gap", Map.of());
  private static final Finding INFO =
      Finding.of(FindingCode.SOURCE_OFFER_DISCONTINUED, List.of("sub-001"), "retired", Map.of());
  private static final RequiredAction ACTION =
      new RequiredAction.RescheduleStart(
          SubscriptionId.of("t1"), LocalDate.of(2026, 5, 1), LocalDate.of(2026, 3, 29));

  private static TransitionDecision decision(
      Verdict verdict, List<Finding> findings, List<RequiredAction> actions) {
    return new TransitionDecision(verdict, findings, actions, List.of(), List.of());
  }

  @Test
  void verdictFollowsTheSeverities() {
    assertEquals(Verdict.REJECTED, Verdict.of(List.of(INFO, WARNING, ERROR), List.of()));
    assertEquals(Verdict.APPROVED_WITH_ACTIONS, Verdict.of(List.of(WARNING, INFO), List.of()));
    assertEquals(Verdict.APPROVED_WITH_ACTIONS, Verdict.of(List.of(), List.of(ACTION)));
    assertEquals(Verdict.APPROVED, Verdict.of(List.of(INFO), List.of()));
    assertEquals(Verdict.APPROVED, Verdict.of(List.of(), List.of()));
  }

  @Test
  void aDecisionContradictingItsFindingsCannotBeBuilt() {
    assertThrows(
        IllegalArgumentException.class,
        () -> decision(Verdict.APPROVED, List.of(ERROR), List.of()));
    assertThrows(
        IllegalArgumentException.class,
        () -> decision(Verdict.APPROVED, List.of(), List.of(ACTION)));
    assertThrows(
        IllegalArgumentException.class,
        () -> decision(Verdict.REJECTED, List.of(WARNING), List.of()));
    assertEquals(Verdict.REJECTED, decision(Verdict.REJECTED, List.of(ERROR), List.of()).verdict());
  }

  @Test
  void findingsMustBeOrderedBySeverity() {
    assertThrows(
        IllegalArgumentException.class,
        () -> decision(Verdict.REJECTED, List.of(WARNING, ERROR), List.of()));
    decision(Verdict.REJECTED, List.of(ERROR, ERROR, WARNING, INFO), List.of());
  }

  @Test
  void findsFindingsAndTimelinesByCode() {
    TransitionDecision decision = Plans.evaluate(Plans.plan());
    assertFalse(decision.has(FindingCode.DATA_LOSS));
    assertTrue(decision.timelineOf(SubscriptionId.of("sub-001")).isPresent());
    assertTrue(decision.timelineOf(SubscriptionId.of("sub-404")).isEmpty());
    TransitionDecision rejected = decision(Verdict.REJECTED, List.of(ERROR, WARNING), List.of());
    assertTrue(rejected.has(FindingCode.DATA_LOSS));
    assertEquals(List.of(WARNING), rejected.findings(FindingCode.SERVICE_GAP));
    assertEquals(List.of("DATA_LOSS", "SERVICE_GAP"), rejected.codes());
  }

  @Test
  void aStandardFindingTakesItsCodesSeverityAndRule() {
    assertEquals("DATA_LOSS", ERROR.code());
    assertEquals(Severity.ERROR, ERROR.severity());
    assertEquals("timing", ERROR.rule());
    assertTrue(ERROR.is(FindingCode.DATA_LOSS));
    assertFalse(ERROR.is(FindingCode.SERVICE_GAP));
    assertEquals(ACTION, WARNING.withAction(ACTION).action().orElseThrow());
  }

  @Test
  void findingsRefuseBlankText() {
    assertThrows(
        IllegalArgumentException.class,
        () -> Finding.of(FindingCode.DATA_LOSS, List.of(), " ", Map.of()));
    assertThrows(
        IllegalArgumentException.class,
        () ->
            new Finding(
                " ", Severity.INFO, "r", List.of(), "m", Map.of(), java.util.Optional.empty()));
    assertThrows(
        IllegalArgumentException.class,
        () ->
            new Finding(
                "C", Severity.INFO, " ", List.of(), "m", Map.of(), java.util.Optional.empty()));
  }

  @Test
  void traceCountsMatchOutcomes() {
    assertThrows(IllegalArgumentException.class, () -> new RuleTrace("r", RuleOutcome.RAISED, 0));
    assertThrows(IllegalArgumentException.class, () -> new RuleTrace("r", RuleOutcome.PASSED, 1));
    assertThrows(IllegalArgumentException.class, () -> new RuleTrace("r", RuleOutcome.SKIPPED, -1));
    assertEquals(2, new RuleTrace("r", RuleOutcome.RAISED, 2).findings());
  }

  @Test
  void actionsDescribeThemselves() {
    assertEquals("Start t1 on 2026-03-29 instead of 2026-05-01", ACTION.description());
    assertEquals(RequiredAction.Kind.RESCHEDULE_START, ACTION.kind());
    assertEquals(
        "Raise t1 from 40 to 48 seats",
        new RequiredAction.ChangeQuantity(SubscriptionId.of("t1"), 40, 48).description());
    assertEquals(
        "Lower t1 from 301 to 300 seats",
        new RequiredAction.ChangeQuantity(SubscriptionId.of("t1"), 301, 300).description());
  }
}
