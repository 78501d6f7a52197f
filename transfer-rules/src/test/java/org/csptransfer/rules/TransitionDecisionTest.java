package org.csptransfer.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.common.testing.EqualsTester;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.csptransfer.core.SubscriptionId;
import org.csptransfer.rules.action.ChangeQuantity;
import org.csptransfer.rules.action.RequiredAction;
import org.csptransfer.rules.action.RescheduleStart;
import org.junit.jupiter.api.Test;

class TransitionDecisionTest {

  private static final Finding ERROR =
      Finding.of(
          FindingCode.DATA_LOSS,
          List.of("sub-001", "t1"),
          Map.of("source", "sub-001", "target", "t1"));
  private static final Finding WARNING =
      Finding.of(FindingCode.SERVICE_GAP, List.of("sub-001", "t1"), Map.of("gapDays", 3L));
  private static final Finding INFO =
      Finding.of(FindingCode.SOURCE_OFFER_DISCONTINUED, List.of("sub-001"), Map.of());
  private static final RequiredAction ACTION =
      RescheduleStart.of(
          SubscriptionId.of("t1"), LocalDate.of(2026, 5, 1), LocalDate.of(2026, 3, 29));

  private static TransitionDecision decision(List<Finding> findings, List<RequiredAction> actions) {
    return new TransitionDecision(findings, actions, List.of(), List.of(), List.of());
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
  void aDecisionDerivesItsVerdictFromItsFindingsAndActions() {
    assertEquals(Verdict.REJECTED, decision(List.of(ERROR, WARNING), List.of()).verdict());
    assertEquals(Verdict.APPROVED_WITH_ACTIONS, decision(List.of(), List.of(ACTION)).verdict());
    assertEquals(Verdict.APPROVED, decision(List.of(INFO), List.of()).verdict());
  }

  @Test
  @SuppressWarnings("NullAway") // the null argument under test
  void findsAUserRulesFindingsByItsCode() {
    Finding custom =
        Finding.custom("max-sources", "TOO_MANY_SOURCES", Severity.ERROR)
            .subject("sub-001")
            .build();
    TransitionDecision decision = decision(List.of(WARNING, custom, ERROR), List.of());
    assertTrue(decision.has("TOO_MANY_SOURCES"));
    assertTrue(decision.has("DATA_LOSS"));
    assertFalse(decision.has("too_many_sources"));
    assertFalse(decision.has("TOO_MANY"));
    assertEquals(List.of(custom), decision.findingsWith("TOO_MANY_SOURCES"));
    assertEquals(List.of(ERROR), decision.findingsWith("DATA_LOSS"));
    assertEquals(List.of(WARNING), decision.findingsWith(FindingCode.SERVICE_GAP));
    assertEquals(List.of(), decision.findingsWith("NOT_RAISED"));
    assertEquals(List.of(), decision.findingsWith(FindingCode.REGION_MISMATCH));
    assertThrows(NullPointerException.class, () -> decision.has((String) null));
    assertThrows(NullPointerException.class, () -> decision.findingsWith((String) null));
  }

  @Test
  void findsFindingsAndTimelinesByCode() {
    TransitionDecision decision = Plans.evaluate(Plans.plan());
    assertFalse(decision.has(FindingCode.DATA_LOSS));
    assertTrue(decision.timelineOf(SubscriptionId.of("sub-001")).isPresent());
    assertTrue(decision.timelineOf(SubscriptionId.of("sub-404")).isEmpty());
    TransitionDecision rejected = decision(List.of(ERROR, WARNING), List.of());
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
    assertEquals(FindingCode.DATA_LOSS, ERROR.standardCode().orElseThrow());
    assertEquals(
        ACTION,
        Finding.of(FindingCode.SERVICE_GAP, List.of(), Map.of(), ACTION).action().orElseThrow());
  }

  @Test
  void valuesAreEqualByContent() {
    new EqualsTester()
        .addEqualityGroup(
            ERROR,
            Finding.of(
                FindingCode.DATA_LOSS,
                List.of("sub-001", "t1"),
                Map.of("source", "sub-001", "target", "t1")))
        .addEqualityGroup(WARNING)
        .addEqualityGroup(
            Finding.of(
                FindingCode.SERVICE_GAP, List.of("sub-001", "t1"), Map.of("gapDays", 3L), ACTION))
        .testEquals();
    new EqualsTester()
        .addEqualityGroup(decision(List.of(ERROR), List.of()), decision(List.of(ERROR), List.of()))
        .addEqualityGroup(decision(List.of(), List.of(ACTION)))
        .testEquals();
    new EqualsTester()
        .addEqualityGroup(
            RuleTrace.of("r", RuleOutcome.RAISED, 2), RuleTrace.of("r", RuleOutcome.RAISED, 2))
        .addEqualityGroup(RuleTrace.of("r", RuleOutcome.PASSED, 0))
        .testEquals();
  }

  @Test
  void actionsDescribeThemselvesInEnglishByDefault() {
    assertEquals("Start t1 on March 29, 2026 instead of May 1, 2026", ACTION.description());
    assertEquals(RequiredAction.Kind.RESCHEDULE_START, ACTION.kind());
    assertEquals(
        "Change t1 from 40 to 48 seats",
        ChangeQuantity.of(SubscriptionId.of("t1"), 40, 48).description());
    assertEquals(ACTION.description(), ACTION.description(Locale.ENGLISH));
  }
}
