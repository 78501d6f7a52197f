package org.csptransfer.rules.planning;

import static org.csptransfer.rules.Plans.AS_OF;
import static org.csptransfer.rules.Plans.BASIC;
import static org.csptransfer.rules.Plans.E3;
import static org.csptransfer.rules.Plans.E5;
import static org.csptransfer.rules.Plans.END;
import static org.csptransfer.rules.Plans.LEGACY_E3;
import static org.csptransfer.rules.Plans.emptyRequest;
import static org.csptransfer.rules.Plans.pipeline;
import static org.csptransfer.rules.Plans.source;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Currency;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.csptransfer.core.Channel;
import org.csptransfer.core.CountryCode;
import org.csptransfer.core.Disposition;
import org.csptransfer.core.Money;
import org.csptransfer.core.Offer;
import org.csptransfer.core.OfferCatalog;
import org.csptransfer.core.OfferId;
import org.csptransfer.core.PlannedSubscription;
import org.csptransfer.core.RelationshipStatus;
import org.csptransfer.core.SeatBasis;
import org.csptransfer.core.Subscription;
import org.csptransfer.core.SubscriptionId;
import org.csptransfer.core.SubscriptionStatus;
import org.csptransfer.core.TransitionPolicy;
import org.csptransfer.core.TransitionRequest;
import org.csptransfer.rules.Plans;
import org.csptransfer.rules.TransitionPipeline;
import org.csptransfer.rules.Verdict;
import org.csptransfer.testkit.Samples;
import org.junit.jupiter.api.Test;

class TransitionPlannerTest {

  private static final TransitionPlanner PLANNER = TransitionPlanner.of(pipeline());

  private static List<String> notes(ProposedPlan plan) {
    return plan.notes().stream().map(PlanNote::message).toList();
  }

  private static ProposedPlan plan(Subscription.Builder... sources) {
    return plan(PLANNER, sources);
  }

  private static ProposedPlan plan(TransitionPlanner planner, Subscription.Builder... sources) {
    TransitionRequest.Builder request = emptyRequest();
    for (Subscription.Builder source : sources) {
      request.addSource(source.build());
    }
    return planner.plan(request.build());
  }

  private static PlannedSubscription target(
      String id, OfferId offer, int quantity, LocalDate start, String... replaces) {
    PlannedSubscription.Builder target =
        PlannedSubscription.builder()
            .id(SubscriptionId.of(id))
            .offerId(offer)
            .quantity(quantity)
            .start(start);
    for (String replaced : replaces) {
      target.addReplacedSourceId(SubscriptionId.of(replaced));
    }
    return target.build();
  }

  @Test
  void planningInputHoldsWhatThePlannerReadsAndIsCheckedWhenBuilt() {
    TransitionRequest request =
        emptyRequest()
            .addSource(source("sub-001").build())
            .addTarget(target("t9", E5, 3, AS_OF, "sub-001"))
            .build();
    PlanningInput input = PlanningInput.of(request);
    assertEquals(request.sources(), input.sources());
    // The request's own target is not read: the plan is the same with or without it.
    assertEquals(PLANNER.plan(input).request(), PLANNER.plan(request).request());
    assertEquals(
        PLANNER.plan(input).request(),
        PLANNER
            .plan(PlanningInput.of(emptyRequest().addSource(source("sub-001").build()).build()))
            .request());
    Subscription twice = source("sub-001").build();
    IllegalArgumentException invalid =
        assertThrows(
            IllegalArgumentException.class,
            () ->
                PlanningInput.of(
                    request.asOf(), request.partner(), request.customer(), List.of(twice, twice)));
    assertTrue(String.valueOf(invalid.getMessage()).contains("sub-001"), invalid::getMessage);
  }

  @Test
  void anExpiredSourceWithUsersIsReplacedFromTheAsOfDate() {
    ProposedPlan plan =
        plan(
            source("sub-001")
                .status(SubscriptionStatus.EXPIRED)
                .lastDayOfTerm(LocalDate.of(2026, 2, 20)),
            source("sub-002")
                .status(SubscriptionStatus.EXPIRED)
                .assignedLicenses(0)
                .lastDayOfTerm(LocalDate.of(2026, 2, 20)));
    assertEquals(List.of(target("t1", E3, 50, AS_OF, "sub-001")), plan.targets());
    assertEquals(List.of("sub-002 has no assigned licenses: left to lapse"), notes(plan));
    assertEquals(Verdict.APPROVED_WITH_ACTIONS, plan.decision().verdict());
    assertEquals(
        List.of("SOURCE_INACTIVE", "SERVICE_GAP"), plan.decision().codes(), plan::toString);
  }

  @Test
  void anExpiredSourceWhoseTermEndsLaterStillStartsNow() {
    ProposedPlan plan =
        plan(source("sub-001").status(SubscriptionStatus.EXPIRED).lastDayOfTerm(END.plusDays(40)));
    assertEquals(AS_OF, plan.targets().get(0).start());
  }

  @Test
  void aSourceHeldThroughThePartnersTenantIdIsLeftOut() {
    String tenant = "9f8e7d6c-5b4a-4392-8170-6e5d4c3b2a19";
    TransitionRequest request =
        emptyRequest()
            .partner(Plans.partner().tenantId(org.csptransfer.core.TenantId.parse(tenant)).build())
            .addSource(
                source("sub-001")
                    .channel(Channel.CSP)
                    .partnerId(org.csptransfer.core.PartnerId.of(tenant.toUpperCase(Locale.ROOT)))
                    .build())
            .build();
    ProposedPlan plan = PLANNER.plan(request);
    assertEquals(List.of(), plan.targets());
    assertEquals(List.of(), plan.transfers());
    assertEquals(
        List.of(
            "sub-001 is already held through Fabrikam CSP: nothing to move, left out of the plan"),
        notes(plan));
  }

  @Test
  void keepsTheSameOfferWhileItIsForSale() {
    ProposedPlan plan = plan(source("sub-001"));
    assertEquals(List.of(target("t1", E3, 50, END.minusDays(3), "sub-001")), plan.targets());
    assertEquals(Map.of(SubscriptionId.of("sub-001"), Disposition.LET_EXPIRE), plan.dispositions());
    assertEquals(Verdict.APPROVED, plan.decision().verdict());
    assertEquals(List.of(), notes(plan));
  }

  @Test
  void movesADiscontinuedOfferToItsDeclaredSuccessor() {
    ProposedPlan plan = plan(source("sub-001").offerId(LEGACY_E3));
    assertEquals(E3, plan.targets().get(0).offerId());
    assertEquals(
        List.of(
            "sub-001: O365_E3_LEGACY is no longer sold; O365_E3 is its declared successor: users"
                + " must be reassigned"),
        notes(plan));
    assertEquals(Verdict.APPROVED_WITH_ACTIONS, plan.decision().verdict());
  }

  @Test
  void withoutSuccessorChoosesTheFewestExtraServicePlans() {
    OfferCatalog offers =
        OfferCatalog.of(
            offer("OLD", "A", "B").availableForPurchase(false).build(),
            offer("RICH", "A", "B", "C", "D").build(),
            offer("LEAN", "A", "B", "C").build(),
            offer("POOR", "A").build());
    ProposedPlan plan =
        plan(
            TransitionPlanner.of(TransitionPipeline.standard(offers)),
            source("sub-001").offerId(OfferId.of("OLD")));
    assertEquals(OfferId.of("LEAN"), plan.targets().get(0).offerId());
    assertTrue(
        notes(plan).get(0).contains("keeps all its service plans with the fewest extra ones"));
  }

  @Test
  void inventsNoTargetWhenNothingEquivalentIsForSale() {
    OfferCatalog offers =
        OfferCatalog.of(
            offer("OLD", "A", "B").availableForPurchase(false).build(), offer("POOR", "A").build());
    ProposedPlan plan =
        plan(
            TransitionPlanner.of(TransitionPipeline.standard(offers)),
            source("sub-001").offerId(OfferId.of("OLD")));
    assertEquals(List.of(), plan.targets());
    assertEquals(
        List.of(
            "sub-001 cannot be moved safely: no offer for sale keeps the data of OLD, alone or with"
                + " another stacked on it"),
        notes(plan));
    assertEquals(List.of("SOURCE_NOT_COVERED"), plan.decision().codes());
  }

  @Test
  void anOfferMissingFromTheCatalogCannotBeMoved() {
    ProposedPlan plan = plan(source("sub-001").offerId(OfferId.of("RETIRED")));
    assertEquals(List.of(), plan.targets());
    assertEquals(
        List.of("sub-001 cannot be moved safely: its offer RETIRED is not in the offer catalog"),
        notes(plan));
  }

  @Test
  void consolidatesSourcesWithTheSameOfferAndEnd() {
    ProposedPlan plan =
        plan(
            source("sub-001"),
            source("sub-002").quantity(10).assignedLicenses(5),
            source("sub-003").lastDayOfTerm(END.plusDays(30)));
    assertEquals(
        List.of(
            target("t1", E3, 60, END.minusDays(3), "sub-001", "sub-002"),
            target("t2", E3, 50, END.plusDays(28), "sub-003")),
        plan.targets());
    assertEquals(Verdict.APPROVED, plan.decision().verdict());
  }

  @Test
  void consolidatesADiscontinuedOfferWithItsSuccessor() {
    ProposedPlan plan = plan(source("sub-001"), source("sub-002").offerId(LEGACY_E3));
    assertEquals(
        List.of(target("t1", E3, 100, END.minusDays(3), "sub-001", "sub-002")), plan.targets());
  }

  @Test
  void seatPolicyCanBuyOnlyTheAssignedSeats() {
    TransitionPipeline assigned =
        pipeline().toBuilder()
            .policy(TransitionPolicy.builder().plannerSeats(SeatBasis.ASSIGNED).build())
            .build();
    ProposedPlan plan = plan(TransitionPlanner.of(assigned), source("sub-001"));
    assertEquals(48, plan.targets().get(0).quantity());
    assertEquals(List.of("LICENSE_COUNT_CHANGED"), plan.decision().codes());
  }

  @Test
  void splitsSeatsEvenlyAboveTheOffersMaximum() {
    ProposedPlan plan = plan(source("sub-001").offerId(BASIC).quantity(601).assignedLicenses(600));
    assertEquals(
        List.of(
            target("t1", BASIC, 201, END.minusDays(3), "sub-001"),
            target("t2", BASIC, 200, END.minusDays(3), "sub-001"),
            target("t3", BASIC, 200, END.minusDays(3), "sub-001")),
        plan.targets());
    assertEquals(Verdict.APPROVED, plan.decision().verdict());
    assertTrue(notes(plan).get(0).contains("split over 3 subscriptions"));
  }

  @Test
  void buysAtLeastTheOffersMinimum() {
    OfferCatalog offers =
        OfferCatalog.of(offer("TEAM", "A").minQuantity(5).maxQuantity(50).build());
    ProposedPlan plan =
        plan(
            TransitionPlanner.of(TransitionPipeline.standard(offers)),
            source("sub-001").offerId(OfferId.of("TEAM")).quantity(3).assignedLicenses(3));
    assertEquals(5, plan.targets().get(0).quantity());
    assertEquals(List.of("TEAM sells at least 5 seats: 3 raised"), notes(plan));
  }

  @Test
  void startsTheLeadBeforeTheEndButNeverBeforeTheAsOfDate() {
    TransitionRequest lateAsOf =
        emptyRequest().asOf(END.minusDays(1)).addSource(source("sub-001").build()).build();
    assertEquals(END.minusDays(1), PLANNER.plan(lateAsOf).targets().get(0).start());
    TransitionPipeline tight =
        pipeline().toBuilder()
            .policy(TransitionPolicy.builder().overlapToleranceDays(1).plannerLeadDays(5).build())
            .build();
    assertEquals(
        END.minusDays(1),
        plan(TransitionPlanner.of(tight), source("sub-001")).targets().get(0).start());
  }

  @Test
  void letsEverySourceExpireAndSaysWhatCancellingNowWouldForfeit() {
    ProposedPlan plan =
        plan(
            source("sub-001")
                .lastDayOfTerm(LocalDate.of(2026, 12, 31))
                .disposition(Disposition.CANCEL)
                .cancelOn(LocalDate.of(2026, 3, 15))
                .monthlyPricePerSeat(
                    Money.of(new BigDecimal("20.00"), Currency.getInstance("EUR"))));
    Subscription planned = plan.request().sources().get(0);
    assertEquals(Disposition.LET_EXPIRE, planned.disposition());
    assertEquals(Map.of(SubscriptionId.of("sub-001"), Disposition.LET_EXPIRE), plan.dispositions());
    assertEquals(
        List.of(
            "sub-001 was to be cancelled on March 15, 2026: the plan lets it expire after December"
                + " 31, 2026 instead",
            "cancelling sub-001 now (March 1, 2026) instead would forfeit 306 prepaid days worth"
                + " €10,060.27"),
        notes(plan));
    assertEquals(Verdict.APPROVED, plan.decision().verdict());
  }

  @Test
  void leavesSourcesWithoutUsersOrNotActiveToLapse() {
    ProposedPlan plan =
        plan(
            source("sub-001").assignedLicenses(0),
            source("sub-002").status(SubscriptionStatus.SUSPENDED));
    assertEquals(List.of(), plan.targets());
    assertEquals(
        List.of(
            "sub-001 has no assigned licenses: left to lapse",
            "sub-002 is suspended: left to lapse"),
        notes(plan));
    assertEquals(2, plan.dispositions().size());
  }

  @Test
  void leavesOutSourcesAlreadyHeldThroughThePartner() {
    ProposedPlan plan = plan(source("sub-001").channel(Channel.CSP).partnerId(Plans.PARTNER));
    assertEquals(List.of(), plan.request().sources());
    assertEquals(Map.of(), plan.dispositions());
    assertEquals(
        List.of(
            "sub-001 is already held through Fabrikam CSP: nothing to move, left out of the plan"),
        notes(plan));
    assertEquals(Verdict.APPROVED, plan.decision().verdict());
  }

  @Test
  void doesNotHideWhatNoPlanCanFix() {
    TransitionRequest japan =
        emptyRequest()
            .customer(
                Plans.customer(RelationshipStatus.INVITED).country(CountryCode.of("JP")).build())
            .addSource(source("sub-001").build())
            .build();
    ProposedPlan plan = PLANNER.plan(japan);
    assertEquals(1, plan.targets().size());
    assertEquals(List.of("RELATIONSHIP_PENDING", "REGION_MISMATCH"), plan.decision().codes());
    assertEquals(1, plan.decision().actions().size());
  }

  @Test
  void ignoresTheTargetsOfTheRequest() {
    TransitionRequest withTargets =
        emptyRequest()
            .addSource(source("sub-001").build())
            .addTarget(target("mine", E5, 1, END, "sub-001"))
            .build();
    assertEquals(
        List.of(target("t1", E3, 50, END.minusDays(3), "sub-001")),
        PLANNER.plan(withTargets).targets());
  }

  private static Subscription.Builder held(String id, String partner) {
    return source(id)
        .channel(org.csptransfer.core.Channel.CSP)
        .partnerId(org.csptransfer.core.PartnerId.of(partner))
        .commerce(org.csptransfer.core.Commerce.NCE);
  }

  @Test
  void transfersWhatATransferCanMoveOneRequestPerPartnerDatedTheAsOfDate() {
    ProposedPlan plan =
        plan(held("a", "7654321"), held("b", "1234567"), held("c", "7654321"), source("direct"));
    assertEquals(2, plan.transfers().size());
    assertEquals(
        List.of(SubscriptionId.of("a"), SubscriptionId.of("c")),
        plan.transfers().get(0).sourceIds());
    assertEquals(List.of(SubscriptionId.of("b")), plan.transfers().get(1).sourceIds());
    assertTrue(plan.transfers().stream().allMatch(transfer -> transfer.date().equals(AS_OF)));
    assertEquals(
        List.of(List.of(SubscriptionId.of("direct"))),
        plan.targets().stream().map(PlannedSubscription::replacedSourceIds).toList());
    assertEquals(Verdict.APPROVED, plan.decision().verdict(), plan.decision().findings()::toString);
    assertTrue(notes(plan).get(0).contains("by transfer x1"), notes(plan)::toString);
  }

  @Test
  void buysNewWhatATransferCannotMoveAndSaysWhy() {
    ProposedPlan plan =
        plan(held("legacy", "7654321").commerce(org.csptransfer.core.Commerce.LEGACY));
    assertEquals(List.of(), plan.transfers());
    assertEquals(1, plan.targets().size());
    assertTrue(
        notes(plan)
            .contains(
                "legacy cannot be transferred, it is a legacy CSP subscription, not new commerce: it is"
                    + " bought new"),
        notes(plan)::toString);
  }

  @Test
  void splitsTransfersAtThePolicysMaximumKeepingAnAddOnWithItsBase() {
    TransitionPlanner strict =
        TransitionPlanner.of(
            TransitionPipeline.builder()
                .offers(Samples.offers())
                .policy(TransitionPolicy.builder().maxItemsPerTransfer(2).build())
                .build());
    ProposedPlan plan =
        plan(
            strict,
            held("a", "7654321"),
            held("b", "7654321"),
            held("audio", "7654321").offerId(Samples.AUDIO).parentId(SubscriptionId.of("b")));
    assertEquals(2, plan.transfers().size());
    assertTrue(
        plan.transfers().stream()
            .anyMatch(
                transfer ->
                    transfer
                        .sourceIds()
                        .containsAll(List.of(SubscriptionId.of("b"), SubscriptionId.of("audio")))),
        plan.transfers()::toString);
    assertTrue(plan.transfers().stream().allMatch(transfer -> transfer.sourceIds().size() <= 2));
    assertEquals(Verdict.APPROVED, plan.decision().verdict(), plan.decision().findings()::toString);
  }

  @Test
  void withNeverBuysEverythingNew() {
    TransitionPlanner never =
        TransitionPlanner.of(
            TransitionPipeline.builder()
                .offers(Samples.offers())
                .policy(
                    TransitionPolicy.builder()
                        .plannerTransfers(org.csptransfer.core.PlannerTransfers.NEVER)
                        .build())
                .build());
    ProposedPlan plan = plan(never, held("a", "7654321"));
    assertEquals(List.of(), plan.transfers());
    assertEquals(1, plan.targets().size());
  }

  @Test
  void stacksTeamsOnTheSuiteWithoutTeamsWhenNothingElseKeepsTheData() {
    // E3 is no longer for sale and has no successor here: only the suite without Teams plus
    // Teams keeps every plan that holds data.
    OfferCatalog offers =
        OfferCatalog.of(
            Samples.offers()
                .find(Samples.E3)
                .map(
                    e3 ->
                        Offer.builder()
                            .from(e3)
                            .availableForPurchase(false)
                            .successors(List.of())
                            .build())
                .orElseThrow(),
            Samples.offers().find(Samples.E3_NO_TEAMS).orElseThrow(),
            Samples.offers().find(Samples.TEAMS).orElseThrow());
    ProposedPlan plan =
        TransitionPlanner.of(TransitionPipeline.standard(offers))
            .plan(emptyRequest().addSource(source("sub-001").build()).build());
    assertEquals(2, plan.targets().size(), plan.targets()::toString);
    PlannedSubscription base = plan.targets().get(0);
    PlannedSubscription stacked = plan.targets().get(1);
    assertEquals(Samples.E3_NO_TEAMS, base.offerId());
    assertEquals(Samples.TEAMS, stacked.offerId());
    assertEquals(java.util.Optional.of(base.id()), stacked.stacksOn());
    assertEquals(base.quantity(), stacked.quantity());
    assertTrue(plan.decision().verdict() != Verdict.REJECTED, plan.decision().findings()::toString);
    assertTrue(
        notes(plan).stream().anyMatch(note -> note.contains("stacked on it")),
        notes(plan)::toString);
  }

  @Test
  void tenMillionSeatsOnAnOfferOfOneSeatAreNotPlannedButSaidSoAtOnce() {
    OfferCatalog offers =
        OfferCatalog.of(
            Offer.builder()
                .from(Samples.offers().find(Samples.E3).orElseThrow())
                .maxQuantity(1)
                .build());
    ProposedPlan plan =
        TransitionPlanner.of(TransitionPipeline.standard(offers))
            .plan(
                emptyRequest()
                    .addSource(
                        source("sub-001").quantity(10_000_000).assignedLicenses(10_000_000).build())
                    .build());
    assertEquals(List.of(), plan.targets());
    assertTrue(
        plan.notes().stream().anyMatch(note -> note.kind() == PlanNote.Kind.TOO_MANY_TARGETS),
        notes(plan)::toString);
    assertTrue(
        notes(plan).get(0).contains("more than the 10,000 a plan may propose"),
        notes(plan)::toString);
  }

  @Test
  void anOfferSoldToNobodyIsNeverChosen() {
    OfferCatalog offers =
        OfferCatalog.of(
            Offer.builder()
                .from(Samples.offers().find(Samples.E3).orElseThrow())
                .minQuantity(0)
                .maxQuantity(0)
                .build());
    ProposedPlan plan =
        TransitionPlanner.of(TransitionPipeline.standard(offers))
            .plan(emptyRequest().addSource(source("sub-001").build()).build());
    assertEquals(List.of(), plan.targets());
    assertTrue(
        plan.notes().stream().anyMatch(note -> note.kind() == PlanNote.Kind.NO_REPLACEMENT),
        notes(plan)::toString);
  }

  private static Offer.Builder offer(String id, String... plans) {
    return Offer.builder().id(OfferId.of(id)).name(id).addServicePlans(plans);
  }

  private static Subscription.Builder northwindAddOn(int i) {
    Subscription.Builder source =
        source("nce-" + i).channel(Channel.CSP).partnerId(Samples.NORTHWIND);
    return i == 0 ? source : source.parentId(SubscriptionId.of("nce-" + (i - 1)));
  }

  @Test
  void aLongChainOfAddOnsIsOneFamilyTooLargeForARequest() {
    TransitionRequest.Builder request = emptyRequest();
    for (int i = 0; i < 2_000; i++) {
      request.addSource(northwindAddOn(i).build());
    }
    ProposedPlan plan = PLANNER.plan(request.build());
    assertEquals(List.of(), plan.transfers());
    assertEquals(
        2_000,
        plan.notes().stream()
            .filter(note -> note.kind() == PlanNote.Kind.FAMILY_TOO_LARGE)
            .count());
    assertEquals(
        2_000,
        plan.notes().stream()
            .filter(note -> note.kind() == PlanNote.Kind.FAMILY_TOO_LARGE)
            .findFirst()
            .orElseThrow()
            .arguments()
            .get("count"));
  }

  @Test
  void aCycleOfParentsIsOneFamilyMovedInOneRequest() {
    TransitionRequest request =
        emptyRequest()
            .addSource(northwindAddOn(0).parentId(SubscriptionId.of("nce-2")).build())
            .addSource(northwindAddOn(1).build())
            .addSource(northwindAddOn(2).build())
            .addSource(source("direct").build())
            .build();
    ProposedPlan plan = PLANNER.plan(request);
    assertEquals(1, plan.transfers().size());
    assertEquals(
        List.of("nce-0", "nce-1", "nce-2"),
        plan.transfers().get(0).sourceIds().stream().map(SubscriptionId::value).toList());
  }
}
