package org.csptransfer.examples.samples;

import java.time.LocalDate;
import java.util.Locale;
import java.util.UUID;
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

/**
 * What every sample shares: a small catalog of Microsoft 365 offers, the partner taking customers
 * over (Fabrikam, a French CSP partner), its customer Contoso (a Belgian tenant) and the standard
 * pipeline. Each sample changes only what its story is about.
 */
public final class SampleWorld {

  /** Office 365 E3. */
  public static final OfferId E3 = OfferId.of("O365_E3");

  /** Office 365 E5: every E3 service plus phone system and audio conferencing. */
  public static final OfferId E5 = OfferId.of("O365_E5");

  /** The legacy E3 SKU, no longer sold; its declared successor is E3. */
  public static final OfferId LEGACY_E3 = OfferId.of("O365_E3_LEGACY");

  /** Fabrikam, the CSP partner taking customers over. */
  public static final PartnerId FABRIKAM = PartnerId.of("4321987");

  /** The evaluation date of every sample. */
  public static final LocalDate AS_OF = LocalDate.of(2026, 3, 1);

  private static final OfferCatalog OFFERS =
      OfferCatalog.of(
          offer(E3, "Office 365 E3")
              .addServicePlans(
                  "EXCHANGE_S_ENTERPRISE", "SHAREPOINTENTERPRISE", "TEAMS1", "OFFICESUBSCRIPTION")
              .addSuccessor(E5)
              .build(),
          offer(E5, "Office 365 E5")
              .addServicePlans(
                  "EXCHANGE_S_ENTERPRISE",
                  "SHAREPOINTENTERPRISE",
                  "TEAMS1",
                  "OFFICESUBSCRIPTION",
                  "MCOEV",
                  "MCOMEETADV")
              .build(),
          offer(LEGACY_E3, "Office 365 Enterprise E3 (legacy)")
              .addServicePlans(
                  "EXCHANGE_S_ENTERPRISE", "SHAREPOINTENTERPRISE", "TEAMS1", "OFFICESUBSCRIPTION")
              .availableForPurchase(false)
              .addSuccessor(E3)
              .build());

  private static final TransitionPipeline PIPELINE = TransitionPipeline.standard(OFFERS);

  private SampleWorld() {}

  private static Offer.Builder offer(OfferId id, String name) {
    return Offer.builder().id(id).name(name).minQuantity(1).maxQuantity(10_000);
  }

  /**
   * Returns the samples' offer catalog.
   *
   * @return the offers
   */
  public static OfferCatalog offers() {
    return OFFERS;
  }

  /**
   * Returns the standard pipeline over the samples' offers, built once and shared.
   *
   * @return the pipeline
   */
  public static TransitionPipeline pipeline() {
    return PIPELINE;
  }

  /**
   * Returns Fabrikam, a French partner authorized for its home region, Europe.
   *
   * @return the partner
   */
  public static Partner fabrikam() {
    return Partner.builder()
        .id(FABRIKAM)
        .name("Fabrikam CSP")
        .country(CountryCode.of("FR"))
        .build();
  }

  /**
   * Returns Contoso's tenant, in Belgium, which has accepted Fabrikam's reseller relationship
   * request.
   *
   * @return a customer builder to adjust
   */
  public static Customer.Builder contoso() {
    return Customer.builder()
        .tenantId(TenantId.of(UUID.fromString("0b6f2c9e-6f0a-4d2e-9a61-3f1c2d4e5a6b")))
        .name("Contoso SARL")
        .country(CountryCode.of("BE"))
        .addRelationship(Relationship.of(FABRIKAM, RelationshipStatus.ACCEPTED));
  }

  /**
   * Returns Contoso's E3 subscription bought directly from Microsoft: 50 seats, 48 assigned, last
   * day of service 2026-03-31, its recurring billing already turned off (otherwise it would renew
   * beside its replacement: {@code AUTO_RENEWAL_ON}).
   *
   * @return a subscription builder to adjust
   */
  public static Subscription.Builder contosoE3() {
    return Subscription.builder()
        .id(SubscriptionId.of("sub-001"))
        .offerId(E3)
        .channel(Channel.DIRECT)
        .quantity(50)
        .assignedLicenses(48)
        .status(SubscriptionStatus.ACTIVE)
        .lastDayOfTerm(LocalDate.of(2026, 3, 31))
        .autoRenew(false);
  }

  /**
   * Returns the subscription Fabrikam buys in place of Contoso's {@code sub-001}.
   *
   * @param offer the offer to buy
   * @param seats the seats to buy
   * @param start its first day of service
   * @return the planned subscription, {@code csp-new}, replacing {@code sub-001}
   */
  public static PlannedSubscription replacingSub001(OfferId offer, int seats, LocalDate start) {
    return PlannedSubscription.builder()
        .id(SubscriptionId.of("csp-new"))
        .offerId(offer)
        .quantity(seats)
        .start(start)
        .addReplacedSourceId(SubscriptionId.of("sub-001"))
        .build();
  }

  /**
   * Returns a request of Fabrikam for Contoso as of {@link #AS_OF}, without subscriptions.
   *
   * @return a request builder to fill
   */
  public static TransitionRequest.Builder request() {
    return TransitionRequest.builder().asOf(AS_OF).partner(fabrikam()).customer(contoso().build());
  }

  /**
   * Prints a sample's story and the report of its decision.
   *
   * @param story what the sample shows, in a sentence
   * @param request the plan
   * @param decision its decision
   */
  public static void print(String story, TransitionRequest request, TransitionDecision decision) {
    System.out.println(story);
    System.out.println();
    System.out.print(DecisionPrinter.render("Decision", decision, Locale.ENGLISH));
    System.out.println();
  }
}
