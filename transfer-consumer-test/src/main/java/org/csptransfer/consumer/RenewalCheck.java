package org.csptransfer.consumer;

import java.time.LocalDate;
import java.util.Optional;
import org.csptransfer.core.Channel;
import org.csptransfer.core.CountryCode;
import org.csptransfer.core.Customer;
import org.csptransfer.core.Offer;
import org.csptransfer.core.OfferCatalog;
import org.csptransfer.core.OfferId;
import org.csptransfer.core.Partner;
import org.csptransfer.core.PartnerId;
import org.csptransfer.core.PlannedSubscription;
import org.csptransfer.core.Relationship;
import org.csptransfer.core.RelationshipStatus;
import org.csptransfer.core.Subscription;
import org.csptransfer.core.SubscriptionId;
import org.csptransfer.core.SubscriptionStatus;
import org.csptransfer.core.TenantId;
import org.csptransfer.core.TransitionRequest;
import org.csptransfer.rules.TransitionDecision;
import org.csptransfer.rules.TransitionPipeline;
import org.csptransfer.rules.action.RequiredAction;
import org.csptransfer.rules.action.RescheduleStart;

/** What a user's service does with csp-transfer: build a plan, judge it, read the decision. */
public final class RenewalCheck {

  private static final OfferCatalog OFFERS =
      OfferCatalog.of(
          Offer.builder()
              .id(OfferId.of("O365_E3"))
              .name("Office 365 E3")
              .addServicePlans("EXCHANGE_S_ENTERPRISE", "SHAREPOINTENTERPRISE", "TEAMS1")
              .maxQuantity(10_000)
              .build());

  private static final TransitionPipeline PIPELINE = TransitionPipeline.standard(OFFERS);

  private RenewalCheck() {}

  /**
   * Judges moving a 50-seat Office 365 E3 subscription to a new one starting on a date.
   *
   * @param start the new subscription's first day
   * @return the decision
   */
  public static TransitionDecision judge(LocalDate start) {
    PartnerId partner = PartnerId.of("4321987");
    TransitionRequest request =
        TransitionRequest.builder()
            .asOf(LocalDate.of(2026, 3, 1))
            .partner(
                Partner.builder()
                    .id(partner)
                    .name("Fabrikam CSP")
                    .country(CountryCode.of("FR"))
                    .build())
            .customer(
                Customer.builder()
                    .tenantId(TenantId.parse("0b6f2c9e-6f0a-4d2e-9a61-3f1c2d4e5a6b"))
                    .name("Contoso SARL")
                    .country(CountryCode.of("BE"))
                    .addRelationship(Relationship.of(partner, RelationshipStatus.ACCEPTED))
                    .build())
            .addSource(
                Subscription.builder()
                    .id(SubscriptionId.of("sub-001"))
                    .offerId(OfferId.of("O365_E3"))
                    .channel(Channel.DIRECT)
                    .quantity(50)
                    .assignedLicenses(48)
                    .status(SubscriptionStatus.ACTIVE)
                    .lastDayOfTerm(LocalDate.of(2026, 3, 31))
                    .autoRenew(false)
                    .build())
            .addTarget(
                PlannedSubscription.builder()
                    .id(SubscriptionId.of("t1"))
                    .offerId(OfferId.of("O365_E3"))
                    .quantity(50)
                    .start(start)
                    .addReplacedSourceId(SubscriptionId.of("sub-001"))
                    .build())
            .build();
    return PIPELINE.evaluate(request);
  }

  /**
   * Returns the start a decision recommends for the new subscription, reading its actions by type.
   *
   * @param decision a decision of {@link #judge(LocalDate)}
   * @return the recommended start, or empty when no action reschedules it
   */
  public static Optional<LocalDate> recommendedStart(TransitionDecision decision) {
    for (RequiredAction action : decision.actions()) {
      if (action instanceof RescheduleStart reschedule) {
        return Optional.of(reschedule.recommended());
      }
    }
    return Optional.empty();
  }
}
