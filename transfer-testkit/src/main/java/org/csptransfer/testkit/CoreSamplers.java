package org.csptransfer.testkit;

import com.google.common.collect.ImmutableList;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Currency;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.random.RandomGenerator;
import org.csptransfer.core.Channel;
import org.csptransfer.core.CountryCode;
import org.csptransfer.core.Customer;
import org.csptransfer.core.Disposition;
import org.csptransfer.core.Money;
import org.csptransfer.core.Offer;
import org.csptransfer.core.OfferCatalog;
import org.csptransfer.core.OfferId;
import org.csptransfer.core.Partner;
import org.csptransfer.core.PartnerId;
import org.csptransfer.core.PlannedSubscription;
import org.csptransfer.core.Region;
import org.csptransfer.core.RegionCatalog;
import org.csptransfer.core.Relationship;
import org.csptransfer.core.RelationshipStatus;
import org.csptransfer.core.SeatBasis;
import org.csptransfer.core.Subscription;
import org.csptransfer.core.SubscriptionId;
import org.csptransfer.core.SubscriptionStatus;
import org.csptransfer.core.TenantId;
import org.csptransfer.core.TransferPolicy;
import org.csptransfer.core.TransitionRequest;

/**
 * Samplers of valid core values and of whole {@link TransitionCase}s.
 *
 * <p>Values are realistic rather than uniform: countries come from the 2021 region table (with a
 * few in no region), dates lie around the as-of date, seat counts favour the edges 0, 1 and the
 * offer's maximum, offers share service plans so that some are equivalent, and targets replace
 * sources through "replaces" links, sometimes several at once. Every value drawn is valid: building
 * it throws nothing.
 */
public final class CoreSamplers {

  /** Countries with no CSP region in the 2021 table. */
  private static final ImmutableList<String> UNSERVED = ImmutableList.of("CN", "CU", "IR", "KP");

  private static final ImmutableList<String> SERVICE_PLANS =
      ImmutableList.of(
          "EXCHANGE_S_STANDARD",
          "EXCHANGE_S_ENTERPRISE",
          "SHAREPOINTSTANDARD",
          "SHAREPOINTENTERPRISE",
          "TEAMS1",
          "OFFICESUBSCRIPTION",
          "MCOSTANDARD",
          "INTUNE_A",
          "AAD_PREMIUM",
          "BI_AZURE_P2");

  private static final ImmutableList<Currency> CURRENCIES =
      ImmutableList.of(
          Currency.getInstance("EUR"), Currency.getInstance("USD"), Currency.getInstance("JPY"));

  private static final LocalDate EARLIEST_AS_OF = LocalDate.of(2024, 1, 1);

  private CoreSamplers() {}

  /**
   * Returns a sampler of partner ids: seven-digit MPN ids.
   *
   * @return the sampler
   */
  public static Sampler<PartnerId> partnerIds() {
    return random -> PartnerId.of(Integer.toString(random.nextInt(1_000_000, 10_000_000)));
  }

  /**
   * Returns a sampler of tenant ids.
   *
   * @return the sampler
   */
  public static Sampler<TenantId> tenantIds() {
    return random -> TenantId.of(new UUID(random.nextLong(), random.nextLong()));
  }

  /**
   * Returns a sampler of countries of the 2021 region table, with one in ten in no region.
   *
   * @return the sampler
   */
  public static Sampler<CountryCode> countries() {
    ImmutableList<CountryCode> served = RegionCatalog.csp2021().memberships().keySet().asList();
    return random ->
        chance(random, 10) ? CountryCode.of(pick(random, UNSERVED)) : pick(random, served);
  }

  /**
   * Returns a sampler of the regions of the 2021 table.
   *
   * @return the sampler
   */
  public static Sampler<Region> regions() {
    return Sampler.oneOf(RegionCatalog.csp2021().regions().asList());
  }

  /**
   * Returns a sampler of partners, most relying on their home region, some with explicit regions.
   *
   * @return the sampler
   */
  public static Sampler<Partner> partners() {
    ImmutableList<CountryCode> served = RegionCatalog.csp2021().memberships().keySet().asList();
    return random -> {
      Partner.Builder partner =
          Partner.builder()
              .id(partnerIds().sample(random))
              .name("Partner " + random.nextInt(1000))
              .country(pick(random, served));
      if (chance(random, 5)) {
        partner.addRegion(regions().sample(random));
        if (random.nextBoolean()) {
          partner.addRegion(regions().sample(random));
        }
      }
      return partner.build();
    };
  }

  /**
   * Returns a sampler of customers of any country, with relationships to random partners.
   *
   * @return the sampler
   */
  public static Sampler<Customer> customers() {
    return random -> customerOf(random, countries().sample(random), List.of());
  }

  /**
   * Returns a sampler of offers, sharing a small pool of service plans so that equivalence happens
   * often.
   *
   * @return the sampler
   */
  public static Sampler<Offer> offers() {
    return random -> offer(random, OfferId.of("OFFER_" + random.nextInt(100)), List.of());
  }

  /**
   * Returns a sampler of offer catalogs: a family of related offers, some discontinued, some
   * add-ons, with declared successors.
   *
   * @return the sampler
   */
  public static Sampler<OfferCatalog> offerCatalogs() {
    return CoreSamplers::offerCatalog;
  }

  /**
   * Returns a sampler of policies: the defaults half the time, otherwise other small periods.
   *
   * @return the sampler
   */
  public static Sampler<TransferPolicy> policies() {
    return random -> {
      if (random.nextBoolean()) {
        return TransferPolicy.defaults();
      }
      int tolerance = random.nextInt(0, 15);
      return TransferPolicy.builder()
          .expiredGraceDays(pick(random, List.of(0, 30, 90)))
          .disabledDays(pick(random, List.of(30, 90)))
          .overlapToleranceDays(tolerance)
          .plannerLeadDays(random.nextInt(0, tolerance + 1))
          .plannerSeats(pick(random, List.of(SeatBasis.values())))
          .build();
    };
  }

  /**
   * Returns a sampler of current subscriptions for offers of a catalog.
   *
   * @param catalog the offers the subscriptions are bought for; not null, not empty
   * @param asOf the evaluation date around which term ends lie; not null
   * @return the sampler
   */
  public static Sampler<Subscription> subscriptions(OfferCatalog catalog, LocalDate asOf) {
    return random ->
        subscription(
            random,
            SubscriptionId.of("sub-" + random.nextInt(1000)),
            catalog,
            asOf,
            partnerIds().sample(random));
  }

  /**
   * Returns a sampler of whole, valid transition cases: an offer catalog, a policy and a request
   * with 0 to 6 sources and their targets.
   *
   * @return the sampler
   */
  public static Sampler<TransitionCase> transitionCases() {
    return CoreSamplers::transitionCase;
  }

  /**
   * Returns a sampler of valid transition requests (the request of {@link #transitionCases()}).
   *
   * @return the sampler
   */
  public static Sampler<TransitionRequest> requests() {
    return transitionCases().map(TransitionCase::request);
  }

  /**
   * Returns a sampler of situations a planner can solve without error: the relationship with the
   * target partner is accepted, the partner is authorized for the tenant's region, every source is
   * active, ends on or after the as-of date and names an offer of the catalog that has an available
   * equivalent (or is itself for sale), every offer sells from one seat or fewer, and every add-on
   * source has a source of an available base offer with users beside it. The requests have no
   * targets: planning them is the point.
   *
   * @return the sampler
   */
  public static Sampler<TransitionCase> plannableCases() {
    return CoreSamplers::plannableCase;
  }

  private static TransitionCase plannableCase(RandomGenerator random) {
    OfferCatalog catalog = plannableCatalog(random);
    LocalDate asOf = EARLIEST_AS_OF.plusDays(random.nextInt(0, 5 * 365));
    Partner partner = partners().sample(random);
    RegionCatalog regions = RegionCatalog.csp2021();
    List<CountryCode> served = new ArrayList<>();
    for (Region region : partner.authorizedRegions(regions)) {
      served.addAll(regions.countriesOf(region));
    }
    Customer others = customerOf(random, pick(random, served), List.of());
    Customer.Builder customer = Customer.builder().from(others).relationships(List.of());
    for (Relationship relationship : others.relationships()) {
      if (!relationship.partnerId().equals(partner.id())) {
        customer.addRelationship(relationship);
      }
    }
    customer.addRelationship(Relationship.of(partner.id(), RelationshipStatus.ACCEPTED));
    List<Offer> bases = new ArrayList<>();
    for (Offer offer : catalog.offers()) {
      if (!offer.addOn()) {
        bases.add(offer);
      }
    }
    List<Subscription> sources = new ArrayList<>();
    // Subscriptions bought together end together: a common end makes consolidation happen.
    LocalDate commonEnd = asOf.plusDays(random.nextInt(0, 400));
    int count = random.nextInt(1, 7);
    for (int i = 1; i <= count; i++) {
      Subscription source =
          subscription(random, SubscriptionId.of("sub-" + i), catalog, asOf, partner.id());
      sources.add(
          Subscription.builder()
              .from(source)
              .offerId(pick(random, bases).id())
              .status(SubscriptionStatus.ACTIVE)
              .termEnd(random.nextBoolean() ? commonEnd : asOf.plusDays(random.nextInt(0, 400)))
              .assignedLicenses(Math.max(source.assignedLicenses(), Math.min(1, source.quantity())))
              .build());
    }
    for (Offer addOn : catalog.offers()) {
      Optional<Offer> base =
          addOn.prerequisites().stream()
              .map(catalog::find)
              .flatMap(Optional::stream)
              .filter(offer -> offer.availableForPurchase() && !offer.addOn())
              .findFirst();
      if (addOn.addOn()
          && addOn.availableForPurchase()
          && base.isPresent()
          && random.nextBoolean()) {
        int next = sources.size() + 1;
        sources.add(withOffer(sources.get(0), "sub-" + next, base.get(), asOf, random));
        sources.add(withOffer(sources.get(0), "sub-" + (next + 1), addOn, asOf, random));
      }
    }
    TransitionRequest request =
        TransitionRequest.builder()
            .asOf(asOf)
            .partner(partner)
            .customer(customer.build())
            .sources(sources)
            .build();
    return new TransitionCase(catalog, policies().sample(random), request);
  }

  private static Subscription withOffer(
      Subscription template, String id, Offer offer, LocalDate asOf, RandomGenerator random) {
    int quantity = random.nextInt(1, Math.min(offer.maxQuantity(), 500) + 1);
    return Subscription.builder()
        .from(template)
        .id(SubscriptionId.of(id))
        .offerId(offer.id())
        .channel(Channel.DIRECT)
        .partnerId(Optional.empty())
        .quantity(quantity)
        .assignedLicenses(random.nextInt(1, quantity + 1))
        .termEnd(asOf.plusDays(random.nextInt(0, 400)))
        .build();
  }

  /**
   * A generated catalog where every offer sells from at most one seat, plus an available offer
   * granting every service plan of the pool, so that every offer has an available equivalent.
   */
  private static OfferCatalog plannableCatalog(RandomGenerator random) {
    List<Offer> offers = new ArrayList<>();
    for (Offer offer : offerCatalog(random).offers()) {
      offers.add(Offer.builder().from(offer).minQuantity(Math.min(1, offer.minQuantity())).build());
    }
    offers.add(
        Offer.builder()
            .id(OfferId.of("OFFER_ALL"))
            .name("Every service")
            .addAllServicePlans(SERVICE_PLANS)
            .maxQuantity(pick(random, List.of(300, 10_000)))
            .build());
    return OfferCatalog.of(offers);
  }

  private static TransitionCase transitionCase(RandomGenerator random) {
    OfferCatalog catalog = offerCatalog(random);
    LocalDate asOf = EARLIEST_AS_OF.plusDays(random.nextInt(0, 5 * 365));
    Partner partner = partners().sample(random);
    CountryCode tenantCountry = tenantCountryFor(random, partner);
    Customer customer = customerOf(random, tenantCountry, List.of(partner.id()));

    List<Subscription> sources = new ArrayList<>();
    int sourceCount = random.nextInt(0, 7);
    for (int i = 1; i <= sourceCount; i++) {
      sources.add(subscription(random, SubscriptionId.of("sub-" + i), catalog, asOf, partner.id()));
    }
    List<PlannedSubscription> targets = targetsFor(random, sources, catalog);
    TransitionRequest request =
        TransitionRequest.builder()
            .asOf(asOf)
            .partner(partner)
            .customer(customer)
            .sources(sources)
            .targets(targets)
            .build();
    return new TransitionCase(catalog, policies().sample(random), request);
  }

  private static CountryCode tenantCountryFor(RandomGenerator random, Partner partner) {
    RegionCatalog regions = RegionCatalog.csp2021();
    if (chance(random, 4)) {
      return countries().sample(random);
    }
    List<CountryCode> sameRegion = new ArrayList<>();
    for (Region region : partner.authorizedRegions(regions)) {
      sameRegion.addAll(regions.countriesOf(region));
    }
    return sameRegion.isEmpty() ? partner.country() : pick(random, sameRegion);
  }

  private static Customer customerOf(
      RandomGenerator random, CountryCode country, List<PartnerId> candidates) {
    Customer.Builder customer =
        Customer.builder()
            .tenantId(tenantIds().sample(random))
            .name("Customer " + random.nextInt(1000))
            .country(country);
    Set<PartnerId> partners = new LinkedHashSet<>();
    for (PartnerId candidate : candidates) {
      if (!chance(random, 8)) {
        partners.add(candidate);
      }
    }
    int others = random.nextInt(0, 3);
    for (int i = 0; i < others; i++) {
      partners.add(partnerIds().sample(random));
    }
    for (PartnerId partner : partners) {
      RelationshipStatus status =
          chance(random, 6) ? RelationshipStatus.INVITED : RelationshipStatus.ACCEPTED;
      customer.addRelationship(Relationship.of(partner, status));
    }
    return customer.build();
  }

  private static OfferCatalog offerCatalog(RandomGenerator random) {
    int count = random.nextInt(2, 9);
    List<Offer> offers = new ArrayList<>();
    List<OfferId> ids = new ArrayList<>();
    for (int i = 1; i <= count; i++) {
      ids.add(OfferId.of("OFFER_" + i));
    }
    for (OfferId id : ids) {
      offers.add(offer(random, id, ids));
    }
    return OfferCatalog.of(offers);
  }

  private static Offer offer(RandomGenerator random, OfferId id, List<OfferId> family) {
    Offer.Builder offer = Offer.builder().id(id).name("Offer " + id);
    // Prefixes of the plan pool nest, so richer offers cover poorer ones; a few random
    // subsets make offers that do not.
    if (chance(random, 3)) {
      for (String plan : SERVICE_PLANS) {
        if (random.nextBoolean()) {
          offer.addServicePlan(plan);
        }
      }
    } else {
      offer.addAllServicePlans(SERVICE_PLANS.subList(0, random.nextInt(1, SERVICE_PLANS.size())));
    }
    offer.availableForPurchase(!chance(random, 4));
    int min = pick(random, List.of(0, 1, 1, 1, 5));
    offer.minQuantity(min).maxQuantity(pick(random, List.of(300, 2_500, 10_000, min + 10)));
    List<OfferId> others = new ArrayList<>(family);
    others.remove(id);
    if (!others.isEmpty() && chance(random, 5)) {
      offer.addOn(true).addPrerequisite(pick(random, others));
    }
    if (!others.isEmpty() && chance(random, 3)) {
      offer.addSuccessor(pick(random, others));
    }
    return offer.build();
  }

  private static Subscription subscription(
      RandomGenerator random,
      SubscriptionId id,
      OfferCatalog catalog,
      LocalDate asOf,
      PartnerId targetPartner) {
    OfferId offerId =
        chance(random, 20) ? OfferId.of("RETIRED_SKU") : pick(random, catalog.offers()).id();
    int maximum = catalog.find(offerId).map(Offer::maxQuantity).orElse(10_000);
    int quantity = seatCount(random, maximum);
    int assigned = pick(random, List.of(0, quantity, quantity, random.nextInt(0, quantity + 1)));
    Subscription.Builder source =
        Subscription.builder()
            .id(id)
            .offerId(offerId)
            .quantity(quantity)
            .assignedLicenses(assigned)
            .status(
                chance(random, 6)
                    ? pick(random, List.of(SubscriptionStatus.values()))
                    : SubscriptionStatus.ACTIVE)
            .termEnd(asOf.plusDays(random.nextInt(-60, 400)));
    Channel channel = pick(random, List.of(Channel.values()));
    source.channel(channel);
    if (channel == Channel.CSP) {
      source.partnerId(chance(random, 5) ? targetPartner : partnerIds().sample(random));
    }
    if (chance(random, 4)) {
      LocalDate cancelOn = asOf.plusDays(random.nextInt(0, 200));
      source.disposition(Disposition.CANCEL).cancelOn(cancelOn);
      if (random.nextBoolean()) {
        source.refundableUntil(cancelOn.plusDays(random.nextInt(-7, 7)));
      }
    }
    if (random.nextBoolean()) {
      BigDecimal price = BigDecimal.valueOf(random.nextInt(100, 6_000), 2);
      source.unitPrice(Money.of(price, pick(random, CURRENCIES)));
    }
    return source.build();
  }

  private static List<PlannedSubscription> targetsFor(
      RandomGenerator random, List<Subscription> sources, OfferCatalog catalog) {
    List<PlannedSubscription> targets = new ArrayList<>();
    PlannedSubscription.Builder pending = null;
    for (Subscription source : sources) {
      if (chance(random, 6)) {
        continue; // left uncovered
      }
      if (pending != null && chance(random, 4)) {
        pending.addReplacedSourceId(source.id()); // one target replacing several sources
        continue;
      }
      if (pending != null) {
        targets.add(pending.build());
      }
      OfferId offerId =
          random.nextBoolean() || !catalog.contains(source.offerId())
              ? pick(random, catalog.offers()).id()
              : source.offerId();
      int maximum = catalog.find(offerId).map(Offer::maxQuantity).orElse(10_000);
      int quantity =
          pick(
              random,
              List.of(
                  source.quantity(),
                  source.assignedLicenses(),
                  Math.min(maximum, source.quantity() + random.nextInt(0, 20)),
                  seatCount(random, maximum)));
      pending =
          PlannedSubscription.builder()
              .id(PlannedSubscription.positionalId(targets.size() + 1))
              .offerId(offerId)
              .quantity(quantity)
              .start(source.end().plusDays(random.nextInt(-30, 160)))
              .addReplacedSourceId(source.id());
      if (chance(random, 8)) {
        targets.add(pending.build()); // a source split over two targets
        pending =
            PlannedSubscription.builder()
                .id(PlannedSubscription.positionalId(targets.size() + 1))
                .offerId(offerId)
                .quantity(random.nextInt(0, 10))
                .start(source.end().minusDays(random.nextInt(0, 5)))
                .addReplacedSourceId(source.id());
      }
    }
    if (pending != null) {
      targets.add(pending.build());
    }
    if (chance(random, 6)) {
      targets.add(
          PlannedSubscription.builder()
              .id(PlannedSubscription.positionalId(targets.size() + 1))
              .offerId(pick(random, catalog.offers()).id())
              .quantity(random.nextInt(1, 50))
              .start(sources.isEmpty() ? EARLIEST_AS_OF : sources.get(0).termEnd())
              .build());
    }
    return targets;
  }

  private static int seatCount(RandomGenerator random, int maximum) {
    return switch (random.nextInt(0, 5)) {
      case 0 -> 0;
      case 1 -> 1;
      case 2 -> maximum;
      default -> random.nextInt(1, Math.min(maximum, 500) + 1);
    };
  }

  /** True with probability 1 in {@code odds}. */
  private static boolean chance(RandomGenerator random, int odds) {
    return random.nextInt(odds) == 0;
  }

  private static <T> T pick(RandomGenerator random, List<? extends T> values) {
    return values.get(random.nextInt(values.size()));
  }
}
