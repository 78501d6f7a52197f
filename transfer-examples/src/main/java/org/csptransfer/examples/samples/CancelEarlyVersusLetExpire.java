package org.csptransfer.examples.samples;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Currency;
import org.csptransfer.core.Disposition;
import org.csptransfer.core.Money;
import org.csptransfer.core.PlannedSubscription;
import org.csptransfer.core.Subscription;
import org.csptransfer.core.SubscriptionId;
import org.csptransfer.core.TransitionRequest;
import org.csptransfer.rules.TransitionDecision;

/**
 * Contoso's E3 is prepaid until the end of December at 20 EUR per seat per month, and its refund
 * window closed in January. Cancelling it on 15 March to switch now forfeits 292 prepaid days,
 * 9,600 EUR; letting it expire and starting the new subscription just before the end forfeits
 * nothing. The same move, two ways: cancelling is approved with a warning and the advice to let it
 * expire; letting it expire is simply approved.
 */
public final class CancelEarlyVersusLetExpire {

  private static final LocalDate TERM_END = LocalDate.of(2026, 12, 31);
  private static final LocalDate CANCEL_ON = LocalDate.of(2026, 3, 15);

  private CancelEarlyVersusLetExpire() {}

  private static Subscription.Builder prepaidE3() {
    return SampleWorld.contosoE3()
        .lastDayOfTerm(TERM_END)
        .lastRefundableDay(LocalDate.of(2026, 1, 8))
        .monthlyPricePerSeat(Money.of(new BigDecimal("20.00"), Currency.getInstance("EUR")));
  }

  private static TransitionRequest plan(Subscription source, LocalDate start) {
    return SampleWorld.request()
        .addSource(source)
        .addTarget(
            PlannedSubscription.builder()
                .id(SubscriptionId.of("csp-e3"))
                .offerId(SampleWorld.E3)
                .quantity(50)
                .start(start)
                .addReplacedSourceId(source.id())
                .build())
        .build();
  }

  /**
   * Builds the plan that cancels the old subscription on 15 March and starts the new one then.
   *
   * @return the transition request
   */
  public static TransitionRequest cancelEarly() {
    return plan(prepaidE3().disposition(Disposition.CANCEL).cancelOn(CANCEL_ON).build(), CANCEL_ON);
  }

  /**
   * Builds the plan that lets the old subscription expire and starts the new one three days before
   * its end.
   *
   * @return the transition request
   */
  public static TransitionRequest letExpire() {
    return plan(prepaidE3().build(), TERM_END.minusDays(2));
  }

  /**
   * Evaluates the plan that cancels early.
   *
   * @return the decision: approved with an early-cancellation warning
   */
  public static TransitionDecision decideCancelEarly() {
    return SampleWorld.pipeline().evaluate(cancelEarly());
  }

  /**
   * Evaluates the plan that lets the subscription expire.
   *
   * @return the decision: approved
   */
  public static TransitionDecision decideLetExpire() {
    return SampleWorld.pipeline().evaluate(letExpire());
  }

  /**
   * Prints both plans' reports.
   *
   * @param args ignored
   */
  public static void main(String[] args) {
    SampleWorld.print(
        "Cancelling early: prepaid days are lost.", cancelEarly(), decideCancelEarly());
    SampleWorld.print("Letting it expire: nothing is lost.", letExpire(), decideLetExpire());
  }
}
