package org.csptransfer.rules;

import static org.csptransfer.rules.Plans.END;
import static org.csptransfer.rules.Plans.assertCodes;
import static org.csptransfer.rules.Plans.emptyRequest;
import static org.csptransfer.rules.Plans.evaluate;
import static org.csptransfer.rules.Plans.plan;
import static org.csptransfer.rules.Plans.source;
import static org.csptransfer.rules.Plans.target;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Currency;
import java.util.List;
import java.util.Optional;
import org.csptransfer.core.Disposition;
import org.csptransfer.core.Money;
import org.csptransfer.core.Subscription;
import org.csptransfer.core.SubscriptionId;
import org.csptransfer.core.SubscriptionStatus;
import org.csptransfer.core.TransitionPolicy;
import org.csptransfer.core.TransitionRequest;
import org.csptransfer.rules.action.LetExpire;
import org.csptransfer.rules.action.RescheduleStart;
import org.junit.jupiter.api.Test;

class TimingRuleTest {

  private static final LocalDate TERM_END = LocalDate.of(2026, 3, 31);

  private static TransitionDecision startingOn(LocalDate start) {
    return evaluate(plan(source("sub-001"), target("t1", "sub-001").start(start)));
  }

  private static Subscription.Builder cancelledOn(LocalDate cancelOn) {
    return source("sub-001").disposition(Disposition.CANCEL).cancelOn(cancelOn);
  }

  @Test
  void startingOnTheEndDayLeavesNoGapAndNoOverlap() {
    assertCodes(startingOn(END));
  }

  @Test
  void overlapOfSevenDaysIsTolerated() {
    assertCodes(startingOn(END.minusDays(7)));
  }

  @Test
  void overlapOfEightDaysIsDoubleBillingWithARecommendedStart() {
    TransitionDecision decision = startingOn(END.minusDays(8));
    assertCodes(decision, FindingCode.OVERLAP_DOUBLE_BILLING);
    assertEquals(
        List.of(RescheduleStart.of(SubscriptionId.of("t1"), END.minusDays(8), END.minusDays(3))),
        decision.actions());
  }

  @Test
  void recommendedStartIsNeverBeforeTheAsOfDate() {
    TransitionRequest request =
        TransitionRequest.builder()
            .from(plan(source("sub-001"), target("t1", "sub-001").start(END.minusDays(20))))
            .asOf(END.minusDays(1))
            .build();
    TransitionDecision decision = evaluate(request);
    assertEquals(
        List.of(RescheduleStart.of(SubscriptionId.of("t1"), END.minusDays(20), END.minusDays(1))),
        decision.actions());
  }

  @Test
  void gapOfOneDayIsAServiceGap() {
    assertCodes(startingOn(END.plusDays(1)), FindingCode.SERVICE_GAP);
  }

  @Test
  void gapOfThirtyDaysIsStillInsideGrace() {
    TransitionDecision decision = startingOn(END.plusDays(30));
    assertCodes(decision, FindingCode.SERVICE_GAP);
    assertEquals(30L, decision.findings().get(0).arguments().get("gapDays"));
  }

  @Test
  void gapOfThirtyOneDaysInterruptsService() {
    assertCodes(startingOn(END.plusDays(31)), FindingCode.SERVICE_INTERRUPTION);
  }

  @Test
  void gapOfOneHundredTwentyDaysStillKeepsTheData() {
    assertCodes(startingOn(END.plusDays(120)), FindingCode.SERVICE_INTERRUPTION);
  }

  @Test
  void gapOfOneHundredTwentyOneDaysIsDataLossAlone() {
    assertCodes(startingOn(END.plusDays(121)), FindingCode.DATA_LOSS);
  }

  @Test
  void periodsComeFromThePolicy() {
    TransitionPipeline enterprise =
        Plans.pipeline().toBuilder()
            .policy(TransitionPolicy.builder().expiredGraceDays(90).disabledDays(90).build())
            .build();
    TransitionRequest gap90 =
        plan(source("sub-001"), target("t1", "sub-001").start(END.plusDays(90)));
    assertCodes(enterprise.evaluate(gap90), FindingCode.SERVICE_GAP);
  }

  @Test
  void aCancelledSourceHasNoGrace() {
    LocalDate cancelOn = TERM_END.plusDays(1);
    TransitionDecision decision =
        evaluate(plan(cancelledOn(cancelOn), target("t1", "sub-001").start(cancelOn.plusDays(1))));
    assertCodes(decision, FindingCode.SERVICE_INTERRUPTION);
    SourceTimeline timeline = decision.timelineOf(SubscriptionId.of("sub-001")).orElseThrow();
    assertEquals(EndReason.CANCELLATION, timeline.endReason());
    assertEquals(cancelOn, timeline.firstDayDisabled());
  }

  @Test
  void cancellingOnTheLastDayOfServiceForfeitsThatDay() {
    TransitionDecision decision =
        evaluate(plan(cancelledOn(TERM_END), target("t1", "sub-001").start(TERM_END.minusDays(3))));
    assertCodes(decision, FindingCode.EARLY_CANCELLATION);
    assertEquals(1L, decision.findings().get(0).arguments().get("forfeitedDays"));
    assertTrue(
        decision.actions().contains(LetExpire.of(SubscriptionId.of("sub-001"), TERM_END, 1)));
  }

  @Test
  void cancellingAtTheNaturalEndForfeitsNothing() {
    assertCodes(evaluate(plan(cancelledOn(END), target("t1", "sub-001").start(END.minusDays(3)))));
  }

  @Test
  void earlyCancellationWithoutRefundDateForfeitsTheRemainingDaysAndTheirValue() {
    LocalDate cancelOn = LocalDate.of(2026, 3, 1);
    Subscription.Builder source =
        cancelledOn(cancelOn)
            .monthlyPricePerSeat(Money.of(new BigDecimal("20.00"), Currency.getInstance("EUR")));
    TransitionDecision decision =
        evaluate(plan(source, target("t1", "sub-001").start(cancelOn.minusDays(2))));
    assertCodes(decision, FindingCode.EARLY_CANCELLATION);
    SourceTimeline timeline = decision.timelineOf(SubscriptionId.of("sub-001")).orElseThrow();
    assertEquals(31, timeline.forfeitedDays());
    // 20.00 x 50 seats x 31 days x 12 / 365 = 1019.178... -> 1019.18
    assertEquals(
        Optional.of(Money.of(new BigDecimal("1019.18"), Currency.getInstance("EUR"))),
        timeline.forfeitedValue());
  }

  @Test
  void cancellingOnTheLastRefundableDayIsRefunded() {
    LocalDate cancelOn = LocalDate.of(2026, 3, 5);
    assertCodes(
        evaluate(
            plan(
                cancelledOn(cancelOn).lastRefundableDay(cancelOn),
                target("t1", "sub-001").start(cancelOn))));
    assertCodes(
        evaluate(
            plan(
                cancelledOn(cancelOn).lastRefundableDay(cancelOn.minusDays(1)),
                target("t1", "sub-001").start(cancelOn))),
        FindingCode.EARLY_CANCELLATION);
  }

  @Test
  void aReplacedSourceThatIsNoLongerActiveIsWorthAWarning() {
    for (SubscriptionStatus status :
        List.of(
            SubscriptionStatus.SUSPENDED,
            SubscriptionStatus.EXPIRED,
            SubscriptionStatus.DISABLED,
            SubscriptionStatus.DELETED)) {
      assertCodes(
          evaluate(plan(source("sub-001").status(status), target("t1", "sub-001"))),
          FindingCode.SOURCE_INACTIVE);
    }
  }

  @Test
  void anInactiveSourceNobodyReplacesIsNotTimingsConcern() {
    assertCodes(
        evaluate(
            emptyRequest()
                .addSource(source("sub-001").status(SubscriptionStatus.SUSPENDED).build())
                .build()));
  }

  @Test
  void aTargetReplacingTwoSourcesIsJudgedAgainstEach() {
    TransitionRequest request =
        emptyRequest()
            .addSource(source("sub-001").build())
            .addSource(source("sub-002").lastDayOfTerm(TERM_END.plusDays(60)).build())
            .addTarget(target("t1", "sub-001", "sub-002").quantity(100).build())
            .build();
    TransitionDecision decision = evaluate(request);
    assertCodes(decision, FindingCode.OVERLAP_DOUBLE_BILLING);
    assertEquals(List.of("sub-002", "t1"), decision.findings().get(0).subjects());
  }

  @Test
  void theTimelineShowsEndPeriodsAndEachReplacement() {
    TransitionRequest request =
        emptyRequest()
            .addSource(source("sub-001").build())
            .addTarget(target("t1", "sub-001").quantity(30).start(END.minusDays(2)).build())
            .addTarget(target("t2", "sub-001").quantity(20).start(END.plusDays(5)).build())
            .build();
    SourceTimeline timeline =
        evaluate(request).timelineOf(SubscriptionId.of("sub-001")).orElseThrow();
    assertEquals(END, timeline.firstDayWithoutService());
    assertEquals(TERM_END, timeline.lastDayOfService());
    assertEquals(EndReason.TERM_END, timeline.endReason());
    assertEquals(END.plusDays(30), timeline.firstDayDisabled());
    assertEquals(END.plusDays(120), timeline.firstDayDeleted());
    assertEquals(0, timeline.forfeitedDays());
    assertEquals(Optional.empty(), timeline.forfeitedValue());
    assertEquals(
        List.of(
            TargetTiming.of(SubscriptionId.of("t1"), END.minusDays(2), 0, 2, null),
            TargetTiming.of(SubscriptionId.of("t2"), END.plusDays(5), 5, 0, null)),
        timeline.targets());
  }
}
