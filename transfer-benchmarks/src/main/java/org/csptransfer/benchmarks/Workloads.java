package org.csptransfer.benchmarks;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
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
 * Benchmark workloads from fixed seeds: customers with a given number of sources, each replaced by
 * a target, with a realistic mix of verdicts. Of every six customers three are approved, two
 * approved with actions (a discontinued offer moved to its successor, a target bought too early)
 * and one rejected (too few seats, or the wrong region).
 */
public final class Workloads {

  private static final OfferId E3 = OfferId.of("O365_E3");
  private static final OfferId E5 = OfferId.of("O365_E5");
  private static final OfferId LEGACY_E3 = OfferId.of("O365_E3_LEGACY");
  private static final OfferId BASIC = OfferId.of("M365_BUSINESS_BASIC");
  private static final OfferId AUDIO = OfferId.of("AUDIO_CONFERENCING");
  private static final List<OfferId> CURRENT = List.of(E3, E5, BASIC);
  private static final PartnerId PARTNER = PartnerId.of("4321987");
  private static final LocalDate AS_OF = LocalDate.of(2026, 3, 1);

  private static final OfferCatalog OFFERS =
      OfferCatalog.of(
          offer(E3, "EXCHANGE_S_ENTERPRISE", "SHAREPOINTENTERPRISE", "TEAMS1", "OFFICESUBSCRIPTION")
              .addSuccessor(E5)
              .build(),
          offer(
                  E5,
                  "EXCHANGE_S_ENTERPRISE",
                  "SHAREPOINTENTERPRISE",
                  "TEAMS1",
                  "OFFICESUBSCRIPTION",
                  "MCOEV",
                  "MCOMEETADV")
              .build(),
          offer(
                  LEGACY_E3,
                  "EXCHANGE_S_ENTERPRISE",
                  "SHAREPOINTENTERPRISE",
                  "TEAMS1",
                  "OFFICESUBSCRIPTION")
              .availableForPurchase(false)
              .addSuccessor(E3)
              .build(),
          offer(BASIC, "EXCHANGE_S_STANDARD", "SHAREPOINTSTANDARD", "TEAMS1")
              .maxQuantity(300)
              .build(),
          offer(AUDIO, "MCOMEETADV").addOn(true).addPrerequisite(E3).addPrerequisite(E5).build());

  /** What a generated customer's plan is meant to get. */
  enum Outcome {
    APPROVED,
    WITH_ACTIONS,
    REJECTED
  }

  private Workloads() {}

  private static Offer.Builder offer(OfferId id, String... plans) {
    return Offer.builder()
        .id(id)
        .name(id.value())
        .addServicePlans(plans)
        .minQuantity(1)
        .maxQuantity(10_000);
  }

  /**
   * Returns the offers every workload names.
   *
   * @return the offer catalog
   */
  public static OfferCatalog offers() {
    return OFFERS;
  }

  /** The outcome of the customer at a position: three approved, two with actions, one rejected. */
  static Outcome outcomeAt(int index) {
    int slot = index % 6;
    return slot < 3 ? Outcome.APPROVED : slot < 5 ? Outcome.WITH_ACTIONS : Outcome.REJECTED;
  }

  /**
   * Returns the request pool of the one-customer benchmarks: 60 customers (12 of 1,000 sources or
   * more, to bound the pool's memory), from a seed fixed per size.
   *
   * @param sources sources per customer
   * @return the requests
   */
  public static List<TransitionRequest> pool(int sources) {
    return customers(sources >= 1000 ? 12 : 60, sources, 42L + sources);
  }

  /**
   * Returns customers with the same number of sources, in the verdict mix.
   *
   * @param count how many customers
   * @param sources sources per customer
   * @param seed the seed
   * @return the requests
   */
  public static List<TransitionRequest> customers(int count, int sources, long seed) {
    SplittableRandom random = new SplittableRandom(seed);
    List<TransitionRequest> requests = new ArrayList<>(count);
    for (int i = 0; i < count; i++) {
      requests.add(customer(random, sources, outcomeAt(i)));
    }
    return requests;
  }

  /**
   * Returns a portfolio: customers of 1 to 20 sources, in the verdict mix.
   *
   * @param count how many customers
   * @param seed the seed
   * @return the requests
   */
  public static List<TransitionRequest> portfolio(int count, long seed) {
    SplittableRandom random = new SplittableRandom(seed);
    List<TransitionRequest> requests = new ArrayList<>(count);
    for (int i = 0; i < count; i++) {
      requests.add(customer(random, random.nextInt(1, 21), outcomeAt(i)));
    }
    return requests;
  }

  /**
   * Returns the same customers with no target: what the planner starts from.
   *
   * @param requests the requests
   * @return the requests without targets
   */
  public static List<TransitionRequest> withoutTargets(List<TransitionRequest> requests) {
    List<TransitionRequest> bare = new ArrayList<>(requests.size());
    for (TransitionRequest request : requests) {
      bare.add(TransitionRequest.builder().from(request).targets(List.of()).build());
    }
    return bare;
  }

  /**
   * Returns a catalog of the workloads' offers and many more: each a superset of E3's plans with
   * one plan of its own, every other one no longer for sale, so that ranking the replacements of a
   * discontinued or missing offer meets all of them.
   *
   * @param extra how many offers to add
   * @return the catalog
   */
  public static OfferCatalog largeCatalog(int extra) {
    OfferCatalog.Builder catalog = OfferCatalog.builder().addAllOffers(OFFERS.offers());
    for (int i = 0; i < extra; i++) {
      catalog.addOffer(
          offer(
                  OfferId.of("OFFER-" + i),
                  "EXCHANGE_S_ENTERPRISE",
                  "SHAREPOINTENTERPRISE",
                  "TEAMS1",
                  "OFFICESUBSCRIPTION",
                  "PLAN_" + i)
              .availableForPurchase(i % 2 == 0)
              .build());
    }
    return catalog.build();
  }

  /**
   * Returns one customer with a very large plan: every source replaced by a target of its own, one
   * in ten on the discontinued E3 moved to E3, one in fifty left without a target (so that
   * findings, candidate offers and actions are produced at scale), in one replacement group per
   * source.
   *
   * @param sources how many sources
   * @return the request
   */
  public static TransitionRequest largePlan(int sources) {
    TransitionRequest.Builder request =
        TransitionRequest.builder()
            .asOf(AS_OF)
            .partner(
                Partner.builder()
                    .id(PARTNER)
                    .name("Fabrikam")
                    .country(CountryCode.of("FR"))
                    .build())
            .customer(
                Customer.builder()
                    .tenantId(TenantId.of(new UUID(1, 2)))
                    .name("A very large customer")
                    .country(CountryCode.of("BE"))
                    .addRelationship(Relationship.of(PARTNER, RelationshipStatus.ACCEPTED))
                    .build());
    for (int i = 0; i < sources; i++) {
      SubscriptionId id = SubscriptionId.of("sub-" + i);
      OfferId offer = i % 10 == 0 ? LEGACY_E3 : CURRENT.get(i % CURRENT.size());
      LocalDate termEnd = AS_OF.plusDays(20 + i % 300);
      request.addSource(
          Subscription.builder()
              .id(id)
              .offerId(offer)
              .channel(Channel.DIRECT)
              .quantity(20)
              .assignedLicenses(18)
              .status(SubscriptionStatus.ACTIVE)
              .lastDayOfTerm(termEnd)
              .autoRenew(false)
              .build());
      if (i % 50 != 1) {
        request.addTarget(
            PlannedSubscription.builder()
                .id(SubscriptionId.of("t-" + i))
                .offerId(offer == LEGACY_E3 ? E3 : offer)
                .quantity(20)
                .start(termEnd.minusDays(2))
                .addReplacedSourceId(id)
                .build());
      }
    }
    return request.build();
  }

  static TransitionRequest customer(SplittableRandom random, int sourceCount, Outcome outcome) {
    boolean wrongRegion = outcome == Outcome.REJECTED && random.nextBoolean();
    Customer customer =
        Customer.builder()
            .tenantId(TenantId.of(new UUID(random.nextLong(), random.nextLong())))
            .name("Customer")
            .country(CountryCode.of(wrongRegion ? "JP" : "BE"))
            .addRelationship(Relationship.of(PARTNER, RelationshipStatus.ACCEPTED))
            .build();
    TransitionRequest.Builder request =
        TransitionRequest.builder()
            .asOf(AS_OF)
            .partner(
                Partner.builder()
                    .id(PARTNER)
                    .name("Fabrikam")
                    .country(CountryCode.of("FR"))
                    .build())
            .customer(customer);
    // Which source carries the warning or the error of its customer.
    int special = random.nextInt(sourceCount);
    for (int i = 0; i < sourceCount; i++) {
      SubscriptionId id = SubscriptionId.of("sub-" + i);
      int quantity = random.nextInt(5, 200);
      int assigned = quantity - random.nextInt(0, 5);
      boolean warned = outcome == Outcome.WITH_ACTIONS && i == special;
      OfferId offer =
          warned && random.nextBoolean() ? LEGACY_E3 : CURRENT.get(random.nextInt(CURRENT.size()));
      LocalDate termEnd = AS_OF.plusDays(random.nextInt(20, 365));
      request.addSource(
          Subscription.builder()
              .id(id)
              .offerId(offer)
              .channel(i % 2 == 0 ? Channel.DIRECT : Channel.ENTERPRISE_AGREEMENT)
              .quantity(quantity)
              .assignedLicenses(assigned)
              .status(SubscriptionStatus.ACTIVE)
              .lastDayOfTerm(termEnd)
              .autoRenew(false)
              .build());
      boolean early = warned && offer != LEGACY_E3;
      boolean short_ = outcome == Outcome.REJECTED && !wrongRegion && i == special;
      request.addTarget(
          PlannedSubscription.builder()
              .id(SubscriptionId.of("t-" + i))
              .offerId(offer == LEGACY_E3 ? E3 : offer)
              .quantity(short_ ? assigned - 1 : quantity)
              .start(termEnd.minusDays(early ? 20 : 2))
              .addReplacedSourceId(id)
              .build());
    }
    return request.build();
  }
}
