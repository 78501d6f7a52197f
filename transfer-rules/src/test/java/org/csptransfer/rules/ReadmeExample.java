package org.csptransfer.rules;

import java.time.LocalDate;
import java.util.List;
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
import org.csptransfer.core.TransitionPolicy;
import org.csptransfer.core.TransitionRequest;
import org.csptransfer.rules.planning.ProposedPlan;
import org.csptransfer.rules.planning.TransitionPlanner;

/** The README's examples, compiled; {@link ReadmeTest} checks the README shows this code. */
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
                    .lastDayOfTerm(LocalDate.of(2026, 3, 31)) // last day of service
                    .autoRenew(false) // recurring billing already turned off
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

  static TransitionDecision evaluate(TransitionRequest request) {
    // README:begin pipeline
    OfferCatalog offers =
        OfferCatalog.of(
            Offer.builder()
                .id(OfferId.of("O365_E3"))
                .name("Office 365 E3")
                .addServicePlans("EXCHANGE_S_ENTERPRISE", "SHAREPOINTENTERPRISE", "TEAMS1")
                .minQuantity(1)
                .maxQuantity(10_000)
                .build());
    TransitionPipeline pipeline = TransitionPipeline.standard(offers); // build once, share freely

    TransitionDecision decision = pipeline.evaluate(request);
    switch (decision.verdict()) {
      case APPROVED -> System.out.println("Safe to go ahead");
      case APPROVED_WITH_ACTIONS ->
          decision.actions().forEach(a -> System.out.println(a.description()));
      case REJECTED ->
          decision.findings().forEach(f -> System.out.println(f.code() + ": " + f.message()));
    }
    for (SourceTimeline source : decision.timeline()) {
      System.out.println(source.source() + " serves users until " + source.lastDayOfService());
    }
    // README:end pipeline
    return decision;
  }

  static TransitionPipeline custom(OfferCatalog offers, Rule maxSources) {
    // README:begin custom
    TransitionPipeline custom =
        TransitionPipeline.builder()
            .offers(offers)
            .policy(TransitionPolicy.builder().expiredGraceDays(90).disabledDays(90).build())
            .addRule(maxSources) // a rule of your own, as below
            .removeRule("region")
            .build();
    // README:end custom
    return custom;
  }

  static Rule maxSources() {
    // README:begin rule
    Rule maxSources =
        Rule.of(
            "max-sources",
            "A plan moves at most 25 subscriptions",
            context -> {
              int count = context.request().sources().size();
              return count <= 25
                  ? List.of()
                  : List.of(
                      Finding.custom("max-sources", "TOO_MANY_SOURCES", Severity.ERROR)
                          .argument("sources", count)
                          .message("{sources} subscriptions; at most 25 per plan")
                          .build());
            });
    // README:end rule
    return maxSources;
  }

  static ProposedPlan plan(TransitionPipeline pipeline, TransitionRequest currentSubscriptions) {
    // README:begin planner
    ProposedPlan plan = TransitionPlanner.of(pipeline).plan(currentSubscriptions);
    plan.targets().forEach(System.out::println); // the planned subscriptions, t1, t2, ...
    plan.notes().forEach(note -> System.out.println(note.message())); // why each choice
    System.out.println(plan.decision().verdict()); // the pipeline's verdict on the proposal
    // README:end planner
    return plan;
  }
}
