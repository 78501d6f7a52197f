package org.csptransfer.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.common.testing.EqualsTester;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Currency;
import java.util.List;
import java.util.Locale;
import org.csptransfer.core.Money;
import org.csptransfer.core.OfferId;
import org.csptransfer.core.SubscriptionId;
import org.csptransfer.rules.action.ChangeQuantity;
import org.junit.jupiter.api.Test;

/** The decision's values are equal by content, describe themselves, and build as documented. */
class ValueSemanticsTest {

  @Test
  void ruleTracesAreValues() {
    RuleTrace passed = RuleTrace.of("offer", RuleOutcome.PASSED, 0);
    assertEquals("offer", passed.rule());
    assertEquals(RuleOutcome.PASSED, passed.outcome());
    assertEquals(0, passed.findings());
    new EqualsTester()
        .addEqualityGroup(passed, RuleTrace.of("offer", RuleOutcome.PASSED, 0))
        .addEqualityGroup(RuleTrace.of("offer", RuleOutcome.RAISED, 2))
        .addEqualityGroup(RuleTrace.of("timing", RuleOutcome.PASSED, 0))
        .testEquals();
    assertTrue(passed.toString().contains("offer"), passed.toString());
    assertTrue(RuleTrace.of("offer", RuleOutcome.RAISED, 2).toString().contains("2"));
  }

  @Test
  void decisionsAndTheirPartsAreEqualByContent() {
    TransitionDecision one = Plans.evaluate(Plans.plan());
    TransitionDecision same = Plans.evaluate(Plans.plan());
    TransitionDecision other =
        Plans.evaluate(
            Plans.plan(Plans.source("sub-001"), Plans.target("t1", "sub-001").quantity(40)));
    new EqualsTester().addEqualityGroup(one, same).addEqualityGroup(other).testEquals();
    TransitionDecision earlier =
        Plans.evaluate(
            Plans.plan(
                Plans.source("sub-001"),
                Plans.target("t1", "sub-001").start(LocalDate.of(2026, 3, 20))));
    new EqualsTester()
        .addEqualityGroup(one.timeline().get(0), same.timeline().get(0))
        .addEqualityGroup(earlier.timeline().get(0))
        .testEquals();
    new EqualsTester()
        .addEqualityGroup(
            one.timeline().get(0).targets().get(0), same.timeline().get(0).targets().get(0))
        .addEqualityGroup(
            Plans.evaluate(
                    Plans.plan(
                        Plans.source("sub-001"),
                        Plans.target("t1", "sub-001").start(LocalDate.of(2026, 3, 20))))
                .timeline()
                .get(0)
                .targets()
                .get(0))
        .testEquals();
    new EqualsTester()
        .addEqualityGroup(other.findings().get(0), shortfallAgain().findings().get(0))
        .addEqualityGroup(
            Plans.evaluate(Plans.emptyRequest().addSource(Plans.source("sub-001").build()).build())
                .findings()
                .get(0))
        .testEquals();
    assertTrue(one.toString().contains("APPROVED"), one.toString());
    assertTrue(one.timeline().get(0).toString().contains("sub-001"));
    assertTrue(one.timeline().get(0).targets().get(0).toString().contains("t1"));
    assertTrue(other.findings().get(0).toString().contains("LICENSE_SHORTFALL"));
  }

  private static TransitionDecision shortfallAgain() {
    return Plans.evaluate(
        Plans.plan(Plans.source("sub-001"), Plans.target("t1", "sub-001").quantity(40)));
  }

  @Test
  void aCustomFindingTakesEveryDocumentedArgumentType() {
    Money price = Money.of(new BigDecimal("12.50"), Currency.getInstance("EUR"));
    Finding finding =
        Finding.custom("max-sources", "MIXED_VALUES", Severity.WARNING)
            .subject("sub-001")
            .subjects(List.of("sub-002", "sub-003"))
            .argument("text", "x")
            .argument("count", 3)
            .argument("big", 3L)
            .argument("decimal", new BigDecimal("1.5"))
            .argument("flag", true)
            .argument("date", LocalDate.of(2026, 3, 31))
            .argument("money", price)
            .argument("list", List.of("a", "b"))
            .action(ChangeQuantity.of(SubscriptionId.of("t1"), 1, 2))
            .message("{text} {count} {big} {decimal} {date} {money} {list}")
            .build();
    assertEquals(List.of("sub-001", "sub-002", "sub-003"), finding.subjects());
    assertEquals("MIXED_VALUES", finding.code());
    assertEquals(Severity.WARNING, finding.severity());
    assertTrue(finding.standardCode().isEmpty());
    assertTrue(finding.action().isPresent());
    assertEquals("x 3 3 1.5 March 31, 2026 €12.50 a, b", finding.message(Locale.ENGLISH));
    assertThrows(
        IllegalArgumentException.class,
        () ->
            Finding.custom("max-sources", "BAD_VALUE", Severity.INFO).argument("o", new Object()));
    assertThrows(
        IllegalArgumentException.class,
        () ->
            Finding.custom("max-sources", "BAD_VALUE", Severity.INFO)
                .argument("x", 1)
                .argument("x", 2));
    assertNotEquals(
        Finding.custom("r", "A_CODE", Severity.INFO).build(),
        Finding.custom("r", "A_CODE", Severity.ERROR).build());
  }

  @Test
  void aTracesFindingCountIsItsOwn() {
    assertEquals(2, RuleTrace.of("offer", RuleOutcome.RAISED, 2).findings());
  }

  @Test
  void proposedPlansAndTheirNotesAreEqualByContent() {
    org.csptransfer.rules.planning.TransitionPlanner planner =
        org.csptransfer.rules.planning.TransitionPlanner.of(Plans.pipeline());
    // Sources of offers the catalog does not know: the planner says so in a note.
    org.csptransfer.core.TransitionRequest one =
        Plans.emptyRequest()
            .addSource(Plans.source("sub-001").offerId(OfferId.of("GONE_1")).build())
            .build();
    org.csptransfer.core.TransitionRequest two =
        Plans.emptyRequest()
            .addSource(Plans.source("sub-001").offerId(OfferId.of("GONE_2")).build())
            .build();
    org.csptransfer.rules.planning.ProposedPlan plan = planner.plan(one);
    org.csptransfer.rules.planning.ProposedPlan other = planner.plan(two);
    new EqualsTester()
        .addEqualityGroup(plan, planner.plan(one))
        .addEqualityGroup(other)
        .testEquals();
    assertTrue(plan.toString().contains(plan.decision().verdict().name()), plan.toString());
    assertTrue(!plan.notes().isEmpty(), plan::toString);
    org.csptransfer.rules.planning.PlanNote note = plan.notes().get(0);
    new EqualsTester()
        .addEqualityGroup(note, planner.plan(one).notes().get(0))
        .addEqualityGroup(
            other.notes().stream().filter(n -> !n.equals(note)).findFirst().orElseThrow())
        .testEquals();
    assertEquals(note.message(), note.toString());
    assertTrue(!note.arguments().isEmpty(), note::toString);
  }

  @Test
  void transferTimingsAreEqualByContent() {
    org.csptransfer.core.Subscription held =
        Plans.source("sub-001")
            .channel(org.csptransfer.core.Channel.CSP)
            .partnerId(org.csptransfer.core.PartnerId.of("7654321"))
            .commerce(org.csptransfer.core.Commerce.NCE)
            .lastDayOfTerm(LocalDate.of(2026, 9, 30))
            .build();
    java.util.function.Function<LocalDate, TransferTiming> timing =
        date ->
            Plans.evaluate(
                    Plans.emptyRequest()
                        .addSource(held)
                        .addTransfer(
                            org.csptransfer.core.Transfer.builder()
                                .id(org.csptransfer.core.TransferId.of("x1"))
                                .date(date)
                                .addSourceId(held.id())
                                .build())
                        .build())
                .timeline()
                .get(0)
                .transfer()
                .orElseThrow();
    TransferTiming onTheDay = timing.apply(Plans.AS_OF);
    new EqualsTester()
        .addEqualityGroup(onTheDay, timing.apply(Plans.AS_OF))
        .addEqualityGroup(timing.apply(Plans.AS_OF.plusDays(3)))
        .testEquals();
    assertTrue(onTheDay.toString().contains("x1"), onTheDay.toString());
  }
}
