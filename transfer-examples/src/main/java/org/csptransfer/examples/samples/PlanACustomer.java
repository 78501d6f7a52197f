package org.csptransfer.examples.samples;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Currency;
import java.util.Locale;
import org.csptransfer.core.Channel;
import org.csptransfer.core.Disposition;
import org.csptransfer.core.Money;
import org.csptransfer.core.OfferId;
import org.csptransfer.core.SubscriptionId;
import org.csptransfer.core.TransitionRequest;
import org.csptransfer.rules.planning.ProposedPlan;
import org.csptransfer.rules.planning.TransitionPlanner;

/**
 * Instead of checking a plan someone wrote, let the planner write it. Contoso has four
 * subscriptions: E3 bought directly (50 seats, ending 31 March), a second E3 from an Open licence
 * ending the same day (10 seats), the legacy E3 SKU through an Enterprise Agreement (120 seats,
 * ending 30 June, which the customer meant to cancel in March), and an E5 trial nobody uses. The
 * planner consolidates the two E3s into one subscription, moves the legacy SKU to its successor,
 * lets the unused trial lapse, and lets everything expire rather than cancel, saying what
 * cancelling in March would have forfeited.
 */
public final class PlanACustomer {

  private PlanACustomer() {}

  /**
   * Returns Contoso's current subscriptions.
   *
   * @return the request without targets
   */
  public static TransitionRequest current() {
    return SampleWorld.request()
        .addSource(SampleWorld.contosoE3().build())
        .addSource(
            SampleWorld.contosoE3()
                .id(SubscriptionId.of("open-e3"))
                .channel(Channel.OPEN)
                .quantity(10)
                .assignedLicenses(9)
                .build())
        .addSource(
            SampleWorld.contosoE3()
                .id(SubscriptionId.of("ea-legacy"))
                .offerId(SampleWorld.LEGACY_E3)
                .channel(Channel.ENTERPRISE_AGREEMENT)
                .quantity(120)
                .assignedLicenses(117)
                .lastDayOfTerm(LocalDate.of(2026, 6, 30))
                .disposition(Disposition.CANCEL)
                .cancelOn(LocalDate.of(2026, 3, 31))
                .monthlyPricePerSeat(Money.of(new BigDecimal("23.00"), Currency.getInstance("EUR")))
                .build())
        .addSource(
            SampleWorld.contosoE3()
                .id(SubscriptionId.of("e5-trial"))
                .offerId(OfferId.of("O365_E5"))
                .quantity(25)
                .assignedLicenses(0)
                .build())
        .build();
  }

  /**
   * Proposes and evaluates the plan.
   *
   * @return the proposed plan with its decision
   */
  public static ProposedPlan propose() {
    return TransitionPlanner.of(SampleWorld.pipeline()).plan(current());
  }

  /**
   * Prints the proposed plan.
   *
   * @param args ignored
   */
  public static void main(String[] args) {
    System.out.println("The planner writes the plan: consolidate, replace, let expire.");
    System.out.println();
    System.out.print(DecisionPrinter.render("Contoso", propose(), Locale.ENGLISH));
    System.out.println();
  }
}
