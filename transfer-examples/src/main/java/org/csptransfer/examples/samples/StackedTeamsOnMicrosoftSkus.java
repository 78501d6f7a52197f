package org.csptransfer.examples.samples;

import java.time.LocalDate;
import org.csptransfer.catalog.MicrosoftLicensing;
import org.csptransfer.core.Channel;
import org.csptransfer.core.Offer;
import org.csptransfer.core.OfferCatalog;
import org.csptransfer.core.PlannedSubscription;
import org.csptransfer.core.SkuCatalog;
import org.csptransfer.core.Subscription;
import org.csptransfer.core.SubscriptionId;
import org.csptransfer.core.SubscriptionStatus;
import org.csptransfer.core.TransitionRequest;
import org.csptransfer.rules.TransitionDecision;
import org.csptransfer.rules.TransitionPipeline;

/**
 * Since Microsoft unbundled Teams, an Office 365 E3 customer in Europe may move to "Office 365 E3
 * (no Teams)" with "Microsoft Teams EEA" stacked on it for the same users. Offers are built from
 * Microsoft's real SKUs (their service plans from Microsoft's licensing table). The suite alone
 * would lose the users' Teams data; with Teams stacked on it, the plan keeps everything and asks
 * only for the licenses to be reassigned. Approved with actions.
 */
public final class StackedTeamsOnMicrosoftSkus {

  private StackedTeamsOnMicrosoftSkus() {}

  /**
   * Returns the offers, built from Microsoft's SKUs.
   *
   * @return Office 365 E3, Office 365 E3 (no Teams) and Microsoft Teams EEA
   */
  public static OfferCatalog offers() {
    SkuCatalog skus = MicrosoftLicensing.skus();
    return OfferCatalog.of(
        Offer.of(skus.find("ENTERPRISEPACK").orElseThrow()),
        Offer.of(skus.find("Office_365_E3_(no_Teams)").orElseThrow()),
        Offer.of(skus.find("Microsoft_Teams_EEA_New").orElseThrow()));
  }

  /**
   * Builds the plan: the suite replaces the E3, Teams stacks on the suite.
   *
   * @return the transition request
   */
  public static TransitionRequest plan() {
    LocalDate start = LocalDate.of(2026, 3, 29);
    return SampleWorld.request()
        .addSource(
            Subscription.builder()
                .id(SubscriptionId.of("sub-001"))
                .offerId(
                    Offer.of(MicrosoftLicensing.skus().find("ENTERPRISEPACK").orElseThrow()).id())
                .channel(Channel.DIRECT)
                .quantity(50)
                .assignedLicenses(48)
                .status(SubscriptionStatus.ACTIVE)
                .lastDayOfTerm(LocalDate.of(2026, 3, 31))
                .autoRenew(false) // recurring billing turned off: it expires
                .build())
        .addTarget(
            PlannedSubscription.builder()
                .id(SubscriptionId.of("suite"))
                .offerId(offers().offers().get(1).id())
                .quantity(50)
                .start(start)
                .addReplacedSourceId(SubscriptionId.of("sub-001"))
                .build())
        .addTarget(
            PlannedSubscription.builder()
                .id(SubscriptionId.of("teams"))
                .offerId(offers().offers().get(2).id())
                .quantity(50)
                .start(start)
                .stacksOn(SubscriptionId.of("suite"))
                .build())
        .build();
  }

  /**
   * Evaluates the plan.
   *
   * @return the decision: approved with actions (reassign the licenses)
   */
  public static TransitionDecision decide() {
    return TransitionPipeline.builder().offers(offers()).build().evaluate(plan());
  }

  /**
   * Prints the plan's report.
   *
   * @param args ignored
   */
  public static void main(String[] args) {
    SampleWorld.print("Office 365 E3 to E3 (no Teams) with Teams stacked.", plan(), decide());
  }
}
