package org.csptransfer.testkit;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Currency;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.random.RandomGenerator;
import org.csptransfer.core.AutoRenewAssumption;
import org.csptransfer.core.Channel;
import org.csptransfer.core.Commerce;
import org.csptransfer.core.CountryCode;
import org.csptransfer.core.Customer;
import org.csptransfer.core.Disposition;
import org.csptransfer.core.Limits;
import org.csptransfer.core.Money;
import org.csptransfer.core.Offer;
import org.csptransfer.core.OfferCatalog;
import org.csptransfer.core.OfferId;
import org.csptransfer.core.Partner;
import org.csptransfer.core.PartnerId;
import org.csptransfer.core.PlannedSubscription;
import org.csptransfer.core.PlannerTransfers;
import org.csptransfer.core.Region;
import org.csptransfer.core.RegionCatalog;
import org.csptransfer.core.Relationship;
import org.csptransfer.core.RelationshipStatus;
import org.csptransfer.core.Scenario;
import org.csptransfer.core.SeatBasis;
import org.csptransfer.core.Subscription;
import org.csptransfer.core.SubscriptionId;
import org.csptransfer.core.SubscriptionStatus;
import org.csptransfer.core.TenantId;
import org.csptransfer.core.Transfer;
import org.csptransfer.core.TransferId;
import org.csptransfer.core.TransitionPolicy;
import org.csptransfer.core.TransitionRequest;

/**
 * Samplers of valid core values and of whole {@link Scenario}s, over the contract's whole range
 * with realistic weights.
 *
 * <p>Most values look like real plans: countries of the 2021 region table (a few in no region),
 * dates around an as-of date in 2024 to 2029, a handful of sources of up to a few hundred seats,
 * offers built from real service plans at different tiers of their families so that equivalence,
 * higher tiers and dropped features all happen. Some values go to the limits: as-of dates from 2001
 * to 2196, terms up to three years out, up to 200 sources, seats up to {@value
 * Limits#MAX_QUANTITY}, prices up to {@link Limits#MAX_UNIT_PRICE} with six decimals, policies of
 * zero or ten years. Transfers, stacked targets, legacy, trial and add-on subscriptions appear in a
 * fair share of cases. Every value drawn is valid: building it throws nothing.
 */
public final class CoreSamplers {

  /** Countries with no CSP region in the 2021 table. */
  private static final List<String> UNSERVED = List.of("CN", "CU", "IR", "KP");

  /** Families of real service plans, each in ascending tiers of the shipped tier table. */
  private static final List<List<String>> FAMILIES =
      List.of(
          List.of("EXCHANGE_S_DESKLESS", "EXCHANGE_S_STANDARD", "EXCHANGE_S_ENTERPRISE"),
          List.of("SHAREPOINTDESKLESS", "SHAREPOINTSTANDARD", "SHAREPOINTENTERPRISE"),
          List.of("TEAMS1"),
          List.of("OFFICE_BUSINESS", "OFFICESUBSCRIPTION"),
          List.of("FORMS_PLAN_E1", "FORMS_PLAN_E3", "FORMS_PLAN_E5"),
          List.of("MCOEV"),
          List.of("BI_AZURE_P2"),
          List.of("CUSTOM_ARCHIVE"));

  /** Plans that only grant a feature: losing one loses no data. */
  private static final List<String> FEATURES =
      List.of("MFA_PREMIUM", "Bing_Chat_Enterprise", "INTUNE_A", "MCOMEETADV");

  private static final List<Currency> CURRENCIES =
      List.of(
          Currency.getInstance("EUR"), Currency.getInstance("USD"), Currency.getInstance("JPY"));

  /**
   * Partners other than the target, by MPN id or, as Graph names them, by tenant id (GUIDs in
   * either case: partner ids compare GUIDs without regard to case).
   */
  private static final List<PartnerId> OTHER_PARTNERS =
      List.of(
          PartnerId.of("7654321"),
          PartnerId.of("5550001"),
          PartnerId.of("9f8e7d6c-5b4a-4392-8170-6e5d4c3b2a19"),
          PartnerId.of("9F8E7D6C-5B4A-4392-8170-6E5D4C3B2A19"));

  /** Tenant ids a target partner may carry: one of them also names an other partner above. */
  private static final List<TenantId> PARTNER_TENANTS =
      List.of(
          TenantId.parse("9f8e7d6c-5b4a-4392-8170-6e5d4c3b2a19"),
          TenantId.parse("1a2b3c4d-5e6f-4a7b-8c9d-0e1f2a3b4c5d"));

  private static final LocalDate USUAL_EARLIEST = LocalDate.of(2024, 1, 1);
  private static final LocalDate RARE_EARLIEST = LocalDate.of(2001, 1, 1);
  private static final int RARE_SPAN_DAYS = 195 * 365;

  /** Terms end at most this far after the as-of date, so every date stays within the limits. */
  private static final int LONGEST_TERM_DAYS = 3 * 365;

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
    List<CountryCode> served = List.copyOf(RegionCatalog.csp2021().memberships().keySet());
    return random ->
        chance(random, 10) ? CountryCode.of(pick(random, UNSERVED)) : pick(random, served);
  }

  /**
   * Returns a sampler of the regions of the 2021 table.
   *
   * @return the sampler
   */
  public static Sampler<Region> regions() {
    return Sampler.oneOf(List.copyOf(RegionCatalog.csp2021().regions()));
  }

  /**
   * Returns a sampler of partners, most relying on their home region, some with explicit regions.
   *
   * @return the sampler
   */
  public static Sampler<Partner> partners() {
    List<CountryCode> served = List.copyOf(RegionCatalog.csp2021().memberships().keySet());
    return random -> {
      Partner.Builder partner =
          Partner.builder()
              .id(partnerIds().sample(random))
              .name("Partner " + random.nextInt(1000))
              .country(pick(random, served));
      if (chance(random, 4)) {
        partner.tenantId(pick(random, PARTNER_TENANTS));
      }
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
   * Returns a sampler of offers built from real service plans at random tiers.
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
   * Returns a sampler of policies: the defaults half the time, otherwise periods from zero to ten
   * years and transfer limits from one item up.
   *
   * @return the sampler
   */
  public static Sampler<TransitionPolicy> policies() {
    return random -> {
      if (random.nextBoolean()) {
        return TransitionPolicy.defaults();
      }
      int tolerance = chance(random, 10) ? Limits.MAX_POLICY_DAYS : random.nextInt(0, 15);
      TransitionPolicy.Builder policy = TransitionPolicy.builder();
      // The lifecycle keys are overrides: each absent (the source's row) or present.
      if (random.nextBoolean()) {
        policy.expiredGraceDays(pick(random, List.of(0, 30, 30, 90, Limits.MAX_POLICY_DAYS)));
      }
      if (random.nextBoolean()) {
        policy.disabledDays(pick(random, List.of(0, 30, 90, 90, Limits.MAX_POLICY_DAYS)));
      }
      if (chance(random, 3)) {
        policy.cancelledRetentionDays(pick(random, List.of(0, 7, 90, Limits.MAX_POLICY_DAYS)));
      }
      return policy
          .unknownAutoRenew(pick(random, List.of(AutoRenewAssumption.values())))
          .overlapToleranceDays(tolerance)
          .plannerLeadDays(random.nextInt(0, Math.min(tolerance, 30) + 2))
          .plannerSeats(pick(random, List.of(SeatBasis.values())))
          .maxItemsPerTransfer(
              pick(random, List.of(1, 2, 3, 25, 25, Limits.MAX_ITEMS_PER_TRANSFER)))
          .plannerTransfers(pick(random, List.of(PlannerTransfers.values())))
          .build();
    };
  }

  /**
   * Returns a sampler of current subscriptions for offers of a catalog.
   *
   * @param catalog the offers the subscriptions are bought for; not null, not empty
   * @param asOf the evaluation date around which terms end; from 2001 to 2196; not null
   * @return the sampler
   */
  public static Sampler<Subscription> subscriptions(OfferCatalog catalog, LocalDate asOf) {
    return random ->
        subscription(
            random,
            SubscriptionId.of("sub-" + random.nextInt(1000)),
            catalog,
            asOf,
            partnerIds().sample(random),
            List.of());
  }

  /**
   * Returns a sampler of whole, valid scenarios: a request, an offer catalog and a policy, the
   * request with, most of the time, up to 6 sources and their targets and transfers, and sometimes
   * up to 200 sources.
   *
   * @return the sampler
   */
  public static Sampler<Scenario> scenarios() {
    return CoreSamplers::scenario;
  }

  /**
   * Returns a sampler of valid transition requests (the request of {@link #scenarios()}).
   *
   * @return the sampler
   */
  public static Sampler<TransitionRequest> requests() {
    return scenarios().map(Scenario::request);
  }

  /**
   * Returns a sampler of situations a planner can solve without error: the relationship with the
   * target partner is accepted, the partner is authorized for the tenant's region, every source is
   * active, ends on or after the as-of date and names an offer of the catalog that a purchasable
   * offer of its kind replaces without data loss, every offer sells from one seat or fewer, and
   * every add-on source has a source of a purchasable base offer with users beside it. Sources held
   * by other CSP partners, some transferable, some not, appear too. The requests have no targets
   * and no transfers: planning them is the point.
   *
   * @return the sampler
   */
  public static Sampler<Scenario> plannableScenarios() {
    return CoreSamplers::plannableScenario;
  }

  private static LocalDate asOf(RandomGenerator random) {
    return chance(random, 5)
        ? RARE_EARLIEST.plusDays(random.nextInt(0, RARE_SPAN_DAYS))
        : USUAL_EARLIEST.plusDays(random.nextInt(0, 6 * 365));
  }

  private static Scenario scenario(RandomGenerator random) {
    OfferCatalog catalog = offerCatalog(random);
    LocalDate asOf = asOf(random);
    Partner partner = partners().sample(random);
    Customer customer =
        customerOf(random, tenantCountryFor(random, partner), List.of(partner.id()));
    int count = chance(random, 20) ? random.nextInt(7, 201) : random.nextInt(0, 7);
    List<Subscription> sources = new ArrayList<>();
    for (int i = 1; i <= count; i++) {
      sources.add(
          subscription(
              random, SubscriptionId.of("sub-" + i), catalog, asOf, partner.id(), sources));
    }
    List<Transfer> transfers = transfersFor(random, sources, asOf);
    sources = leftToExpireIfTransferred(sources, transfers);
    List<PlannedSubscription> targets = targetsFor(random, sources, transfers, catalog);
    TransitionRequest request =
        TransitionRequest.builder()
            .asOf(asOf)
            .partner(partner)
            .customer(customer)
            .sources(sources)
            .targets(targets)
            .transfers(transfers)
            .build();
    return Scenario.of(request, catalog, policies().sample(random));
  }

  private static Scenario plannableScenario(RandomGenerator random) {
    OfferCatalog catalog = plannableCatalog(random);
    LocalDate asOf = asOf(random);
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
    int count = chance(random, 20) ? random.nextInt(7, 60) : random.nextInt(1, 7);
    // Seats that the smallest maximum of the catalog splits into at most 40 subscriptions, so
    // that the planner's limit of targets is never what stops it.
    int seatCap = 40 * catalog.offers().stream().mapToInt(Offer::maxQuantity).min().orElse(1);
    for (int i = 1; i <= count; i++) {
      Subscription drawn =
          subscription(
              random, SubscriptionId.of("sub-" + i), catalog, asOf, partner.id(), List.of());
      Subscription source =
          Subscription.builder()
              .from(drawn)
              .quantity(Math.min(drawn.quantity(), seatCap))
              .assignedLicenses(Math.min(drawn.assignedLicenses(), seatCap))
              .build();
      Subscription.Builder plannable =
          Subscription.builder()
              .from(source)
              .offerId(pick(random, bases).id())
              .status(SubscriptionStatus.ACTIVE)
              .lastDayOfTerm(
                  random.nextBoolean() ? commonEnd : asOf.plusDays(random.nextInt(0, 400)))
              .parentId(Optional.empty())
              .assignedLicenses(
                  Math.max(source.assignedLicenses(), Math.min(1, source.quantity())));
      if (source.isHeldBy(partner.id())) {
        plannable.partnerId(pick(random, OTHER_PARTNERS));
      }
      sources.add(plannable.build());
    }
    for (Offer addOn : catalog.offers()) {
      Optional<Offer> base =
          addOn.prerequisites().stream()
              .map(catalog::find)
              .flatMap(Optional::stream)
              .filter(offer -> offer.isPurchasable() && !offer.addOn())
              .findFirst();
      if (addOn.addOn() && addOn.isPurchasable() && base.isPresent() && random.nextBoolean()) {
        int next = sources.size() + 1;
        Subscription baseSource =
            withOffer(sources.get(0), "sub-" + next, base.get(), asOf, random);
        sources.add(baseSource);
        sources.add(
            Subscription.builder()
                .from(withOffer(sources.get(0), "sub-" + (next + 1), addOn, asOf, random))
                .parentId(baseSource.id())
                .build());
      }
    }
    TransitionRequest request =
        TransitionRequest.builder()
            .asOf(asOf)
            .partner(partner)
            .customer(customer.build())
            .sources(sources)
            .build();
    return Scenario.of(request, catalog, policies().sample(random));
  }

  private static Subscription withOffer(
      Subscription template, String id, Offer offer, LocalDate asOf, RandomGenerator random) {
    int quantity = random.nextInt(1, Math.min(offer.maxQuantity(), 500) + 1);
    return Subscription.builder()
        .from(template)
        .id(SubscriptionId.of(id))
        .offerId(offer.id())
        .parentId(Optional.empty())
        .quantity(quantity)
        .assignedLicenses(random.nextInt(1, quantity + 1))
        .lastDayOfTerm(asOf.plusDays(random.nextInt(0, 400)))
        .build();
  }

  /**
   * A generated catalog where every offer sells from at most one seat, plus an offer for sale
   * granting the top tier of every family and every feature, so that every offer has a replacement
   * of its kind that keeps its data.
   */
  private static OfferCatalog plannableCatalog(RandomGenerator random) {
    List<Offer> offers = new ArrayList<>();
    for (Offer offer : offerCatalog(random).offers()) {
      offers.add(Offer.builder().from(offer).minQuantity(Math.min(1, offer.minQuantity())).build());
    }
    Offer.Builder all =
        Offer.builder()
            .id(OfferId.of("OFFER_ALL"))
            .name("Every service")
            .maxQuantity(pick(random, List.of(300, 10_000, Limits.MAX_QUANTITY)));
    for (List<String> family : FAMILIES) {
      all.addServicePlan(family.get(family.size() - 1));
    }
    all.addAllServicePlans(FEATURES);
    offers.add(all.build());
    offers.add(
        Offer.builder()
            .id(OfferId.of("ADDON_ALL"))
            .name("Every add-on service")
            .addOn(true)
            .addAllServicePlans(FEATURES)
            .addServicePlan("BI_AZURE_P2")
            .build());
    return OfferCatalog.of(offers);
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
    List<OfferId> ids = new ArrayList<>();
    for (int i = 1; i <= count; i++) {
      ids.add(OfferId.of("OFFER_" + i));
    }
    List<Offer> offers = new ArrayList<>();
    for (OfferId id : ids) {
      offers.add(offer(random, id, ids));
    }
    return OfferCatalog.of(offers);
  }

  /** An offer with a tier of some families and some features; richer offers cover poorer ones. */
  private static Offer offer(RandomGenerator random, OfferId id, List<OfferId> family) {
    Offer.Builder offer = Offer.builder().id(id).name("Offer " + id);
    int richness = random.nextInt(1, FAMILIES.size() + 1);
    for (int f = 0; f < FAMILIES.size(); f++) {
      List<String> tiers = FAMILIES.get(f);
      boolean has = chance(random, 4) ? random.nextBoolean() : f < richness;
      if (has) {
        offer.addServicePlan(tiers.get(random.nextInt(tiers.size())));
      }
    }
    for (String feature : FEATURES) {
      if (random.nextBoolean()) {
        offer.addServicePlan(feature);
      }
    }
    offer.availableForPurchase(!chance(random, 4));
    int min = pick(random, List.of(0, 1, 1, 1, 5));
    int max =
        pick(random, List.of(300, 2_500, 10_000, min + 10, Limits.MAX_QUANTITY, Math.max(min, 1)));
    offer.minQuantity(min).maxQuantity(Math.max(min, max));
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
      PartnerId targetPartner,
      List<Subscription> earlier) {
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
            .lastDayOfTerm(asOf.plusDays(random.nextInt(-60, LONGEST_TERM_DAYS)));
    Channel channel = random.nextBoolean() ? Channel.CSP : pick(random, List.of(Channel.values()));
    source.channel(channel);
    if (channel == Channel.CSP) {
      source.partnerId(chance(random, 6) ? targetPartner : pick(random, OTHER_PARTNERS));
      if (chance(random, 8)) {
        source.commerce(Commerce.LEGACY);
      }
    }
    if (chance(random, 15)) {
      source.trial(true);
    }
    // Auto-renewal: unknown a third of the time, else on or off.
    switch (random.nextInt(0, 3)) {
      case 0 -> source.autoRenew(true);
      case 1 -> source.autoRenew(false);
      default -> {}
    }
    if (chance(random, 15)) {
      source.pendingTransfer(TransferId.of(chance(random, 4) ? "x1" : "pc-" + random.nextInt(100)));
    }
    if (!earlier.isEmpty() && chance(random, 8)) {
      source.parentId(pick(random, earlier).id());
    }
    if (chance(random, 5)) {
      LocalDate cancelOn = asOf.plusDays(random.nextInt(0, 200));
      source.disposition(Disposition.CANCEL).cancelOn(cancelOn);
      if (random.nextBoolean()) {
        source.lastRefundableDay(cancelOn.plusDays(random.nextInt(-7, 7)));
      }
    }
    if (random.nextBoolean()) {
      source.monthlyPricePerSeat(Money.of(price(random), pick(random, CURRENCIES)));
    }
    return source.build();
  }

  private static BigDecimal price(RandomGenerator random) {
    return switch (random.nextInt(0, 20)) {
      case 0 -> Limits.MAX_UNIT_PRICE;
      case 1 -> new BigDecimal("0.000001");
      case 2 -> BigDecimal.ZERO;
      default -> BigDecimal.valueOf(random.nextInt(100, 6_000), 2);
    };
  }

  /** Some cases move sources by transfer: mostly CSP ones, sometimes others, past or future. */
  private static List<Transfer> transfersFor(
      RandomGenerator random, List<Subscription> sources, LocalDate asOf) {
    if (sources.isEmpty() || !chance(random, 3)) {
      return List.of();
    }
    List<Transfer> transfers = new ArrayList<>();
    int requests = random.nextInt(1, 4);
    List<Subscription> free = new ArrayList<>(sources);
    for (int r = 1; r <= requests && !free.isEmpty(); r++) {
      Transfer.Builder transfer =
          Transfer.builder()
              .id(Transfer.positionalId(r))
              .date(
                  asOf.plusDays(chance(random, 6) ? -random.nextInt(1, 4) : random.nextInt(0, 30)));
      int size = random.nextInt(1, free.size() + 1);
      for (int i = 0; i < size; i++) {
        Subscription picked = free.remove(random.nextInt(free.size()));
        if (picked.channel() == Channel.CSP || chance(random, 4)) {
          transfer.addSourceId(picked.id());
        }
      }
      transfers.add(transfer.build());
    }
    return transfers;
  }

  /** A transferred subscription is left to expire at its current partner, never cancelled. */
  private static List<Subscription> leftToExpireIfTransferred(
      List<Subscription> sources, List<Transfer> transfers) {
    Set<SubscriptionId> transferred = new HashSet<>();
    transfers.forEach(transfer -> transferred.addAll(transfer.sourceIds()));
    List<Subscription> result = new ArrayList<>(sources.size());
    for (Subscription source : sources) {
      result.add(
          transferred.contains(source.id()) && source.isCancelled()
              ? Subscription.builder()
                  .from(source)
                  .disposition(Disposition.LET_EXPIRE)
                  .cancelOn(Optional.empty())
                  .build()
              : source);
    }
    return result;
  }

  private static List<PlannedSubscription> targetsFor(
      RandomGenerator random,
      List<Subscription> sources,
      List<Transfer> transfers,
      OfferCatalog catalog) {
    Set<SubscriptionId> transferred = new HashSet<>();
    transfers.forEach(transfer -> transferred.addAll(transfer.sourceIds()));
    List<PlannedSubscription> targets = new ArrayList<>();
    PlannedSubscription.Builder pending = null;
    for (Subscription source : sources) {
      if (chance(random, 6) || (transferred.contains(source.id()) && !chance(random, 8))) {
        continue; // left uncovered, or transferred (and once in a while replaced as well)
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
                  Math.min(Limits.MAX_QUANTITY, source.quantity() + random.nextInt(0, 20)),
                  seatCount(random, maximum)));
      pending =
          PlannedSubscription.builder()
              .id(PlannedSubscription.positionalId(targets.size() + 1))
              .offerId(offerId)
              .quantity(quantity)
              .start(source.firstDayWithoutService().plusDays(random.nextInt(-30, 160)))
              .addReplacedSourceId(source.id());
      if (chance(random, 8)) {
        targets.add(pending.build()); // a source split over two targets
        pending =
            PlannedSubscription.builder()
                .id(PlannedSubscription.positionalId(targets.size() + 1))
                .offerId(offerId)
                .quantity(random.nextInt(0, 10))
                .start(source.firstDayWithoutService().minusDays(random.nextInt(0, 5)))
                .addReplacedSourceId(source.id());
      }
    }
    if (pending != null) {
      targets.add(pending.build());
    }
    List<PlannedSubscription> withStacks = new ArrayList<>(targets);
    for (PlannedSubscription base : targets) {
      if (chance(random, 6)) {
        withStacks.add(
            PlannedSubscription.builder()
                .id(PlannedSubscription.positionalId(withStacks.size() + 1))
                .offerId(pick(random, catalog.offers()).id())
                .quantity(
                    random.nextBoolean() ? base.quantity() : random.nextInt(0, base.quantity() + 1))
                .start(base.start().plusDays(random.nextInt(-5, 40)))
                .stacksOn(base.id())
                .build());
      }
    }
    if (chance(random, 6)) {
      withStacks.add(
          PlannedSubscription.builder()
              .id(PlannedSubscription.positionalId(withStacks.size() + 1))
              .offerId(pick(random, catalog.offers()).id())
              .quantity(random.nextInt(1, 50))
              .start(sources.isEmpty() ? USUAL_EARLIEST : sources.get(0).lastDayOfTerm())
              .build());
    }
    return withStacks;
  }

  /** Seat counts favour the edges: none, one, the offer's maximum; rarely millions. */
  private static int seatCount(RandomGenerator random, int maximum) {
    return switch (random.nextInt(0, 12)) {
      case 0 -> 0;
      case 1 -> 1;
      case 2 -> maximum;
      case 3 -> random.nextInt(1, maximum + 1);
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
