package org.csptransfer.testkit;

import java.time.LocalDate;
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

/**
 * The sample world every example and test starts from, so that each changes only what it is about:
 * Fabrikam, a French CSP partner (MPN id 4321987), takes over Contoso, a Belgian tenant that has
 * accepted its reseller relationship, as of 2026-03-01; a small catalog of Microsoft 365 offers
 * with the service plans of Microsoft's licensing table; and the typical plan: one Office 365 E3
 * subscription of 50 seats (48 assigned) whose term ends 2026-03-31, replaced by 50 seats of E3
 * from 2026-03-28, which is approved with nothing to do.
 */
public final class Samples {

  /** The evaluation date. */
  public static final LocalDate AS_OF = LocalDate.of(2026, 3, 1);

  /** The typical source's last day of term. */
  public static final LocalDate TERM_END = LocalDate.of(2026, 3, 31);

  /** Fabrikam, the CSP partner taking customers over. */
  public static final PartnerId FABRIKAM = PartnerId.of("4321987");

  /** Another CSP partner, holding subscriptions today. */
  public static final PartnerId NORTHWIND = PartnerId.of("7654321");

  /** Contoso's tenant. */
  public static final TenantId CONTOSO_TENANT =
      TenantId.of(UUID.fromString("0b6f2c9e-6f0a-4d2e-9a61-3f1c2d4e5a6b"));

  /** Office 365 E3. */
  public static final OfferId E3 = OfferId.of("O365_E3");

  /** Office 365 E5: E3's plans at higher tiers, plus phone system and audio conferencing. */
  public static final OfferId E5 = OfferId.of("O365_E5");

  /** The legacy E3 SKU, no longer sold; its declared successor is E3. */
  public static final OfferId LEGACY_E3 = OfferId.of("O365_E3_LEGACY");

  /** Microsoft 365 Business Basic: Exchange and SharePoint Plan 1, Teams; 300 seats at most. */
  public static final OfferId BASIC = OfferId.of("M365_BUSINESS_BASIC");

  /** Audio conferencing, an add-on of E3 or E5. */
  public static final OfferId AUDIO = OfferId.of("AUDIO_CONFERENCING");

  /** Office 365 E3 without Teams. */
  public static final OfferId E3_NO_TEAMS = OfferId.of("O365_E3_NO_TEAMS");

  /** Teams Enterprise, bought beside a suite without Teams. */
  public static final OfferId TEAMS = OfferId.of("TEAMS_ENTERPRISE");

  private static final OfferCatalog OFFERS =
      OfferCatalog.of(
          offer(E3, "Office 365 E3", "EXCHANGE_S_ENTERPRISE", "SHAREPOINTENTERPRISE", "TEAMS1")
              .addServicePlans("OFFICESUBSCRIPTION", "FORMS_PLAN_E3")
              .addSuccessor(E5)
              .build(),
          offer(E5, "Office 365 E5", "EXCHANGE_S_ENTERPRISE", "SHAREPOINTENTERPRISE", "TEAMS1")
              .addServicePlans("OFFICESUBSCRIPTION", "FORMS_PLAN_E5", "MCOEV", "MCOMEETADV")
              .build(),
          offer(
                  LEGACY_E3,
                  "Office 365 Enterprise E3 (legacy)",
                  "EXCHANGE_S_ENTERPRISE",
                  "SHAREPOINTENTERPRISE",
                  "TEAMS1")
              .addServicePlans("OFFICESUBSCRIPTION", "FORMS_PLAN_E3")
              .availableForPurchase(false)
              .addSuccessor(E3)
              .build(),
          offer(BASIC, "Microsoft 365 Business Basic", "EXCHANGE_S_STANDARD", "SHAREPOINTSTANDARD")
              .addServicePlans("TEAMS1", "FORMS_PLAN_E1")
              .maxQuantity(300)
              .build(),
          offer(AUDIO, "Audio Conferencing", "MCOMEETADV")
              .addOn(true)
              .addPrerequisite(E3)
              .addPrerequisite(E5)
              .build(),
          offer(
                  E3_NO_TEAMS,
                  "Office 365 E3 (no Teams)",
                  "EXCHANGE_S_ENTERPRISE",
                  "SHAREPOINTENTERPRISE",
                  "OFFICESUBSCRIPTION")
              .addServicePlans("FORMS_PLAN_E3")
              .build(),
          offer(TEAMS, "Microsoft Teams Enterprise", "TEAMS1").build());

  private Samples() {}

  private static Offer.Builder offer(OfferId id, String name, String... plans) {
    return Offer.builder().id(id).name(name).addServicePlans(plans).maxQuantity(10_000);
  }

  /**
   * Returns the sample catalog: E3, E5, legacy E3, Business Basic, audio conferencing (an add-on),
   * E3 without Teams, and Teams.
   *
   * @return the offers
   */
  public static OfferCatalog offers() {
    return OFFERS;
  }

  /**
   * Returns Fabrikam, a French partner authorized for its home region, Europe.
   *
   * @return a partner builder to adjust
   */
  public static Partner.Builder fabrikam() {
    return Partner.builder().id(FABRIKAM).name("Fabrikam CSP").country(CountryCode.of("FR"));
  }

  /**
   * Returns Contoso's tenant, in Belgium, which has accepted Fabrikam's reseller relationship.
   *
   * @return a customer builder to adjust
   */
  public static Customer.Builder contoso() {
    return Customer.builder()
        .tenantId(CONTOSO_TENANT)
        .name("Contoso SARL")
        .country(CountryCode.of("BE"))
        .addRelationship(Relationship.of(FABRIKAM, RelationshipStatus.ACCEPTED));
  }

  /**
   * Returns the typical source: 50 seats of E3, 48 assigned, bought directly, active, term ending
   * 2026-03-31, its auto-renewal (recurring billing) already turned off, so that letting it expire
   * needs nothing more.
   *
   * @param id the source's id; not null
   * @return a subscription builder to adjust
   */
  public static Subscription.Builder e3Source(String id) {
    return Subscription.builder()
        .id(SubscriptionId.of(id))
        .offerId(E3)
        .channel(Channel.DIRECT)
        .quantity(50)
        .assignedLicenses(48)
        .status(SubscriptionStatus.ACTIVE)
        .lastDayOfTerm(TERM_END)
        .autoRenew(false);
  }

  /**
   * Returns the typical target: 50 seats of E3 from 2026-03-28, replacing the given sources.
   *
   * @param id the target's id; not null
   * @param replaces the ids of the sources it replaces
   * @return a planned subscription builder to adjust
   */
  public static PlannedSubscription.Builder e3Target(String id, String... replaces) {
    PlannedSubscription.Builder target =
        PlannedSubscription.builder()
            .id(SubscriptionId.of(id))
            .offerId(E3)
            .quantity(50)
            .start(LocalDate.of(2026, 3, 28));
    for (String source : replaces) {
      target.addReplacedSourceId(SubscriptionId.of(source));
    }
    return target;
  }

  /**
   * Returns a request of Fabrikam taking Contoso over as of 2026-03-01, with no source yet.
   *
   * @return a request builder to adjust
   */
  public static TransitionRequest.Builder request() {
    return TransitionRequest.builder()
        .asOf(AS_OF)
        .partner(fabrikam().build())
        .customer(contoso().build());
  }

  /**
   * Returns the typical plan: source {@code sub-001} replaced by target {@code t1}, approved with
   * nothing to do.
   *
   * @return a request builder to adjust
   */
  public static TransitionRequest.Builder typicalPlan() {
    return request()
        .addSource(e3Source("sub-001").build())
        .addTarget(e3Target("t1", "sub-001").build());
  }
}
