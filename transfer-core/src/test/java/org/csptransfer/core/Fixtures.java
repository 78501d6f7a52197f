package org.csptransfer.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.LocalDate;
import java.util.UUID;
import org.junit.jupiter.api.function.Executable;

/** Typical valid values; each test changes only what it is about. */
final class Fixtures {

  static final LocalDate AS_OF = LocalDate.of(2026, 3, 1);
  static final PartnerId PARTNER = PartnerId.of("4321987");
  static final TenantId TENANT =
      TenantId.of(UUID.fromString("0b6f2c9e-6f0a-4d2e-9a61-3f1c2d4e5a6b"));
  static final OfferId E3 = OfferId.of("O365_E3");

  private Fixtures() {}

  static Partner.Builder partner() {
    return Partner.builder().id(PARTNER).name("Fabrikam CSP").country(CountryCode.of("FR"));
  }

  static Customer.Builder customer() {
    return Customer.builder()
        .tenantId(TENANT)
        .name("Contoso SARL")
        .country(CountryCode.of("BE"))
        .addRelationship(Relationship.of(PARTNER, RelationshipStatus.ACCEPTED));
  }

  static Offer.Builder offer(String id, String... plans) {
    return Offer.builder().id(OfferId.of(id)).name("Offer " + id).addServicePlans(plans);
  }

  static Subscription.Builder source(String id) {
    return Subscription.builder()
        .id(SubscriptionId.of(id))
        .offerId(E3)
        .channel(Channel.DIRECT)
        .quantity(50)
        .assignedLicenses(48)
        .status(SubscriptionStatus.ACTIVE)
        .lastDayOfTerm(LocalDate.of(2026, 3, 31));
  }

  static PlannedSubscription.Builder target(String id, String... replaces) {
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

  static TransitionRequest.Builder request() {
    return TransitionRequest.builder()
        .asOf(AS_OF)
        .partner(partner().build())
        .customer(customer().build());
  }

  /** Asserts that building fails with an IllegalArgumentException carrying exactly this message. */
  static void assertRefused(String message, Executable build) {
    IllegalArgumentException refused = assertThrows(IllegalArgumentException.class, build);
    assertEquals(message, refused.getMessage());
  }
}
