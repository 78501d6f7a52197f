package org.csptransfer.core;

import java.time.LocalDate;

/** The README's core example, compiled; {@link ReadmeTest} checks the README shows this code. */
final class ReadmeExample {

  private ReadmeExample() {}

  static TransitionRequest request() {
    // README:begin core
    PartnerId fabrikam = PartnerId.of("4321987");
    TransitionRequest request =
        TransitionRequest.builder()
            .asOf(LocalDate.of(2026, 3, 1))
            .partner(
                Partner.builder()
                    .id(fabrikam)
                    .name("Fabrikam CSP")
                    .country(CountryCode.of("FR"))
                    .build())
            .customer(
                Customer.builder()
                    .tenantId(TenantId.parse("0b6f2c9e-6f0a-4d2e-9a61-3f1c2d4e5a6b"))
                    .name("Contoso SARL")
                    .country(CountryCode.of("BE"))
                    .addRelationship(Relationship.of(fabrikam, RelationshipStatus.ACCEPTED))
                    .build())
            .addSource(
                Subscription.builder()
                    .id(SubscriptionId.of("sub-001"))
                    .offerId(OfferId.of("O365_E3"))
                    .channel(Channel.DIRECT)
                    .quantity(50)
                    .assignedLicenses(48)
                    .status(SubscriptionStatus.ACTIVE)
                    .termEnd(LocalDate.of(2026, 3, 31)) // last day of service
                    .build())
            .addTarget(
                PlannedSubscription.builder()
                    .id(SubscriptionId.of("t1"))
                    .offerId(OfferId.of("O365_E3"))
                    .quantity(50)
                    .start(LocalDate.of(2026, 3, 28))
                    .addReplacedSourceId(SubscriptionId.of("sub-001"))
                    .build())
            .build();
    // README:end core
    return request;
  }
}
