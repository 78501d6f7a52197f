package org.csptransfer.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.List;
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
 * A typical plan and its offers: Fabrikam (France) takes over Contoso (Belgium), one E3
 * subscription of 50 seats (48 assigned) ending 2026-03-31, replaced by 50 seats of E3 starting
 * 2026-03-28. It is approved with nothing to do; each test changes only what it is about.
 */
public final class Plans {

  public static final LocalDate AS_OF = LocalDate.of(2026, 3, 1);
  public static final PartnerId PARTNER = PartnerId.of("4321987");
  public static final TenantId TENANT =
      TenantId.of(UUID.fromString("0b6f2c9e-6f0a-4d2e-9a61-3f1c2d4e5a6b"));

  /** The source's first day without service when left to expire. */
  public static final LocalDate END = LocalDate.of(2026, 4, 1);

  public static final OfferId E3 = OfferId.of("O365_E3");
  public static final OfferId E5 = OfferId.of("O365_E5");
  public static final OfferId BASIC = OfferId.of("M365_BASIC");
  public static final OfferId LEGACY_E3 = OfferId.of("O365_E3_LEGACY");
  public static final OfferId AUDIO = OfferId.of("AUDIO_CONFERENCING");
  public static final OfferId SMALL = OfferId.of("SMALL_BUSINESS");

  private static final OfferCatalog OFFERS =
      OfferCatalog.of(
          offer(E3, "EXCHANGE_S_ENTERPRISE", "SHAREPOINTENTERPRISE", "TEAMS1", "OFFICESUBSCRIPTION")
              .build(),
          offer(
                  E5,
                  "EXCHANGE_S_ENTERPRISE",
                  "SHAREPOINTENTERPRISE",
                  "TEAMS1",
                  "OFFICESUBSCRIPTION",
                  "MCOEV")
              .build(),
          offer(BASIC, "EXCHANGE_S_STANDARD", "TEAMS1").build(),
          offer(
                  LEGACY_E3,
                  "EXCHANGE_S_ENTERPRISE",
                  "SHAREPOINTENTERPRISE",
                  "TEAMS1",
                  "OFFICESUBSCRIPTION")
              .availableForPurchase(false)
              .addSuccessor(E3)
              .build(),
          offer(AUDIO, "MCOMEETADV").addOn(true).addPrerequisite(E3).addPrerequisite(E5).build(),
          offer(SMALL, "EXCHANGE_S_STANDARD", "TEAMS1", "OFFICESUBSCRIPTION")
              .minQuantity(1)
              .maxQuantity(300)
              .build());

  private Plans() {}

  private static Offer.Builder offer(OfferId id, String... plans) {
    return Offer.builder()
        .id(id)
        .name(id.value().replace('_', ' '))
        .addServicePlans(plans)
        .minQuantity(1)
        .maxQuantity(10_000);
  }

  public static OfferCatalog offers() {
    return OFFERS;
  }

  public static TransferPipeline pipeline() {
    return TransferPipeline.standard(OFFERS);
  }

  public static Partner.Builder partner() {
    return Partner.builder().id(PARTNER).name("Fabrikam CSP").country(CountryCode.of("FR"));
  }

  public static Customer.Builder customer(RelationshipStatus status) {
    return Customer.builder()
        .tenantId(TENANT)
        .name("Contoso SARL")
        .country(CountryCode.of("BE"))
        .addRelationship(Relationship.of(PARTNER, status));
  }

  public static Subscription.Builder source(String id) {
    return Subscription.builder()
        .id(SubscriptionId.of(id))
        .offerId(E3)
        .channel(Channel.DIRECT)
        .quantity(50)
        .assignedLicenses(48)
        .status(SubscriptionStatus.ACTIVE)
        .termEnd(LocalDate.of(2026, 3, 31));
  }

  public static PlannedSubscription.Builder target(String id, String... replaces) {
    PlannedSubscription.Builder target =
        PlannedSubscription.builder()
            .id(SubscriptionId.of(id))
            .offerId(E3)
            .quantity(50)
            .start(LocalDate.of(2026, 3, 28));
    for (String replaced : replaces) {
      target.addReplacedSourceId(SubscriptionId.of(replaced));
    }
    return target;
  }

  /** A request with the partner and customer but no sources or targets. */
  public static TransitionRequest.Builder emptyRequest() {
    return TransitionRequest.builder()
        .asOf(AS_OF)
        .partner(partner().build())
        .customer(customer(RelationshipStatus.ACCEPTED).build());
  }

  /** The typical plan with the given source and target in place of the standard ones. */
  public static TransitionRequest plan(
      Subscription.Builder source, PlannedSubscription.Builder target) {
    return emptyRequest().addSource(source.build()).addTarget(target.build()).build();
  }

  /** The typical plan. */
  public static TransitionRequest plan() {
    return plan(source("sub-001"), target("t1", "sub-001"));
  }

  public static TransitionDecision evaluate(TransitionRequest request) {
    return pipeline().evaluate(request);
  }

  /** Asserts the exact codes, in the decision's order. */
  public static void assertCodes(TransitionDecision decision, FindingCode... expected) {
    assertEquals(
        List.of(expected).stream().map(Enum::name).toList(),
        decision.codes(),
        () -> "findings: " + decision.findings());
  }

  /** Asserts the exact codes a rule raised, in order. */
  public static void assertCodesOf(
      StandardRule rule, TransitionDecision decision, FindingCode... expected) {
    assertEquals(
        List.of(expected).stream().map(Enum::name).toList(),
        decision.findings().stream()
            .filter(finding -> finding.rule().equals(rule.id()))
            .map(Finding::code)
            .toList(),
        () -> "findings: " + decision.findings());
  }
}
