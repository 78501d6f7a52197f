package org.csptransfer.json;

import static java.util.Objects.requireNonNull;

import com.google.errorprone.annotations.CanIgnoreReturnValue;
import java.io.IOException;
import java.io.Reader;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.Supplier;
import java.util.regex.Pattern;
import org.csptransfer.core.Channel;
import org.csptransfer.core.Commerce;
import org.csptransfer.core.Customer;
import org.csptransfer.core.Disposition;
import org.csptransfer.core.LifecycleTable;
import org.csptransfer.core.Limits;
import org.csptransfer.core.Offer;
import org.csptransfer.core.OfferCatalog;
import org.csptransfer.core.OfferId;
import org.csptransfer.core.Partner;
import org.csptransfer.core.PartnerId;
import org.csptransfer.core.Sku;
import org.csptransfer.core.SkuCatalog;
import org.csptransfer.core.Subscription;
import org.csptransfer.core.SubscriptionId;
import org.csptransfer.core.SubscriptionLifecycle;
import org.csptransfer.core.SubscriptionStatus;
import org.csptransfer.core.TenantId;
import org.csptransfer.core.TransitionPolicy;
import org.csptransfer.core.TransitionRequest;
import org.csptransfer.json.ImportNote.Kind;
import org.csptransfer.json.internal.JsonInput;
import org.csptransfer.json.internal.JsonObjectReader;
import org.csptransfer.json.internal.Printable;
import org.jspecify.annotations.Nullable;

/**
 * Turns what Microsoft gives a partner about a customer's tenant into a scenario's sources and
 * offers (CONTRACT.md, "Reading tenant data"): the JSON bodies of Microsoft Graph {@code GET
 * /subscribedSkus} and {@code GET /directory/subscriptions}, and optionally Partner Center {@code
 * GET /v1/customers/{id}/subscriptions}.
 *
 * <pre>{@code
 * TenantImport tenant = TenantImport.builder()
 *     .skus(MicrosoftLicensing.skus())
 *     .subscribedSkus(Files.newBufferedReader(Path.of("subscribedSkus.json")))
 *     .directorySubscriptions(Files.newBufferedReader(Path.of("subscriptions.json")))
 *     .build();
 * TenantImport.Result imported = tenant.toScenario(asOf, partner, customer);
 * imported.notes().forEach(note -> System.err.println(note.message()));
 * }</pre>
 *
 * <p>The mapping, one source per {@code directory/subscriptions} item:
 *
 * <ul>
 *   <li>{@code id} = {@code commerceSubscriptionId}, else {@code id}; {@code offerId} = {@code
 *       skuPartNumber}; {@code quantity} = {@code totalLicenses}; {@code trial} = {@code isTrial};
 *       status {@code Enabled} → ACTIVE, {@code Warning} → EXPIRED, {@code Suspended} and {@code
 *       LockedOut} → DISABLED, {@code Deleted} → DELETED; the last day of the term = the UTC date
 *       of {@code nextLifecycleDateTime} minus one second; channel CSP with partner {@code
 *       ownerTenantId} when that is present and not the customer's tenant, else OTHER; every source
 *       is left to expire (disposition LET_EXPIRE).
 *   <li>Assigned licenses: a SKU's {@code consumedUnits} shared over its subscriptions, those with
 *       status {@code Enabled} first, then the latest {@code nextLifecycleDateTime}, then by id,
 *       each up to its quantity; a share over several subscriptions, and seats beyond the total,
 *       are {@link ImportNote notes}, never invented.
 *   <li>One offer per SKU, {@code subscribedSkus} first: id {@code skuPartNumber}, its service
 *       plans' names, its product name from the SKU reference when known, for sale, not an add-on,
 *       1 to 300 seats for the Microsoft 365 Business plans (Basic, Standard, Premium, Apps for
 *       business) else 1 to 1,000,000, unless the offer catalog given describes it.
 *   <li>A Partner Center item whose {@code id} is a source's id sets its last day of term ({@code
 *       commitmentEndDate}, inclusive), {@code refundableUntil} ({@code
 *       cancellationAllowedUntilDate}), commerce (NCE for {@code productType.id} {@code
 *       OnlineServicesNCE}, else LEGACY), parent ({@code parentSubscriptionId}), trial and status
 *       ({@code active}, {@code suspended}, {@code expired}, {@code disabled}, {@code deleted}).
 * </ul>
 *
 * <p>Where the contract is silent: a subscription with no {@code nextLifecycleDateTime} needs a
 * Partner Center item with a {@code commitmentEndDate} (else it is an input error); a Partner
 * Center status of another value ({@code pending}) keeps Graph's, with a note; a parent that is not
 * among the sources is dropped, with a note; every offer of the given catalog is part of the
 * scenario, so the planner can choose among them. Unknown fields are ignored (Microsoft adds
 * fields); a missing or invalid required one is a {@link ScenarioException} naming its JSON path in
 * its body.
 *
 * <p>Immutable and thread-safe.
 */
public final class TenantImport {

  /** The Microsoft 365 Business plans, sold to at most 300 users. */
  private static final Pattern BUSINESS_PLAN =
      Pattern.compile(
          "Microsoft 365 (Business (Basic|Standard|Premium)|Apps for Business)\\b.*",
          Pattern.CASE_INSENSITIVE);

  /** Their SKU part numbers, for when no SKU reference is given. */
  private static final Set<String> BUSINESS_PART_NUMBERS =
      Set.of(
          "O365_BUSINESS_ESSENTIALS",
          "O365_BUSINESS_PREMIUM",
          "SPB",
          "O365_BUSINESS",
          "SMB_BUSINESS",
          "SMB_BUSINESS_ESSENTIALS",
          "SMB_BUSINESS_PREMIUM");

  /** Microsoft's limit of users of a Business plan. */
  public static final int BUSINESS_MAX_SEATS = 300;

  /** The largest quantity of any other imported offer. */
  public static final int OTHER_MAX_SEATS = 1_000_000;

  private static final int QUOTED = 60;

  private final List<GraphSku> skus;
  private final List<GraphSubscription> subscriptions;
  private final Map<String, PartnerCenterItem> partnerCenter;
  private final @Nullable SkuCatalog reference;
  private final OfferCatalog offers;
  private final LifecycleTable lifecycles;

  private TenantImport(Builder builder) {
    this.skus = requireNonNull(builder.skus, "subscribedSkus");
    this.subscriptions = requireNonNull(builder.subscriptions, "directorySubscriptions");
    this.partnerCenter = builder.partnerCenter;
    this.reference = builder.reference;
    this.offers = builder.offers;
    this.lifecycles = builder.lifecycles;
  }

  /** The names {@link ScenarioException#body()} gives the three bodies. */
  static final String SUBSCRIBED_SKUS = "subscribedSkus";

  static final String DIRECTORY_SUBSCRIPTIONS = "directorySubscriptions";

  static final String PARTNER_CENTER = "partnerCenterSubscriptions";

  /** Graph's link to the next page of a long list. */
  private static final String NEXT_PAGE = "@odata.nextLink";

  /**
   * Returns a builder.
   *
   * @return a new builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Returns the customer's tenant as {@code subscribedSkus} names it: each item's {@code id} is the
   * tenant id, an underscore and the SKU id.
   *
   * @return the tenant, if the items name one and the same
   */
  public Optional<TenantId> tenantId() {
    Set<String> tenants = new LinkedHashSet<>();
    for (GraphSku sku : skus) {
      // No underscore: an empty tenant, which no other item can share with one that has one.
      tenants.add(sku.id.substring(0, Math.max(sku.id.indexOf('_'), 0)));
    }
    if (tenants.size() != 1) {
      return Optional.empty();
    }
    try {
      return Optional.of(TenantId.parse(tenants.iterator().next()));
    } catch (IllegalArgumentException e) {
      return Optional.empty();
    }
  }

  /**
   * Returns the scenario of the tenant's subscriptions, with no targets and the default policy.
   *
   * @param asOf the day the scenario is judged on; not null
   * @param partner the partner taking the customer over; not null
   * @param customer the customer (its tenant decides which subscriptions a CSP partner holds); not
   *     null
   * @return the scenario and the notes of the import
   * @throws ScenarioException if a value of the bodies does not fit a scenario (a date outside the
   *     {@link Limits}, a parent link to itself)
   */
  public Result toScenario(LocalDate asOf, Partner partner, Customer customer) {
    requireNonNull(asOf, "asOf");
    requireNonNull(partner, "partner");
    requireNonNull(customer, "customer");
    List<ImportNote> notes = new ArrayList<>();
    Map<String, Integer> assigned = assignedLicenses(notes);
    List<Subscription> sources = new ArrayList<>();
    // Graph ids by themselves, then by their match key, so that a Partner Center parent id is
    // found in one or two lookups (an exact id first), not by a scan of all ids.
    Map<String, String> ids = new HashMap<>();
    for (GraphSubscription subscription : subscriptions) {
      ids.put(subscription.id, subscription.id);
    }
    for (GraphSubscription subscription : subscriptions) {
      ids.putIfAbsent(matchKey(subscription.id), subscription.id);
    }
    List<String> unknownChannel = new ArrayList<>();
    List<String> heldByPartners = new ArrayList<>();
    Set<String> matched = new java.util.HashSet<>();
    for (GraphSubscription subscription : subscriptions) {
      Subscription source =
          source(subscription, assigned, customer.tenantId(), ids, unknownChannel, notes);
      sources.add(source);
      if (partnerCenter.containsKey(matchKey(subscription.id))) {
        matched.add(matchKey(subscription.id));
      }
      if (source.channel() == Channel.CSP) {
        heldByPartners.add(source.id().value());
      }
    }
    breakParentCycles(sources, notes);
    if (!unknownChannel.isEmpty()) {
      notes.add(ImportNote.of(Kind.CHANNEL_UNKNOWN, Map.of("sources", unknownChannel)));
    }
    if (!heldByPartners.isEmpty() && partner.tenantId().isEmpty()) {
      notes.add(ImportNote.of(Kind.PARTNER_TENANT_UNKNOWN, Map.of("sources", heldByPartners)));
    }
    for (Map.Entry<String, PartnerCenterItem> item : partnerCenter.entrySet()) {
      if (!matched.contains(item.getKey())) {
        notes.add(
            ImportNote.of(
                Kind.PARTNER_CENTER_UNMATCHED, Map.of("subscription", item.getValue().id)));
      }
    }
    TransitionRequest request =
        TransitionRequest.builder()
            .asOf(asOf)
            .partner(partner)
            .customer(customer)
            .sources(sources)
            .build();
    return new Result(Scenario.of(request, catalog(notes), TransitionPolicy.defaults()), notes);
  }

  /** Shares each SKU's consumed units over its subscriptions. */
  private Map<String, Integer> assignedLicenses(List<ImportNote> notes) {
    Map<String, List<GraphSubscription>> bySku = new LinkedHashMap<>();
    for (GraphSubscription subscription : subscriptions) {
      bySku
          .computeIfAbsent(subscription.skuPartNumber.strip(), sku -> new ArrayList<>())
          .add(subscription);
    }
    Map<String, GraphSku> consumed = new LinkedHashMap<>();
    Map<String, Long> units = new HashMap<>();
    for (GraphSku sku : skus) {
      String partNumber = sku.partNumber.strip();
      GraphSku earlier = consumed.putIfAbsent(partNumber, sku);
      long total = units.merge(partNumber, sku.consumedUnits, Long::sum);
      if (earlier != null) {
        // Two items of one part number (two SKU ids): their users are all counted, with a note.
        notes.add(ImportNote.of(Kind.SKU_REPEATED, mapOf("sku", partNumber, "assigned", total)));
      }
    }
    for (Map.Entry<String, GraphSku> sku : consumed.entrySet()) {
      long assignedUnits = units.getOrDefault(sku.getKey(), 0L);
      if (!bySku.containsKey(sku.getKey()) && assignedUnits > 0 && !sku.getValue().tenantWide) {
        notes.add(
            ImportNote.of(
                Kind.SKU_WITHOUT_SUBSCRIPTION,
                mapOf("sku", sku.getKey(), "assigned", assignedUnits)));
      }
    }
    Map<String, Integer> assigned = new HashMap<>();
    for (Map.Entry<String, List<GraphSubscription>> entry : bySku.entrySet()) {
      String partNumber = entry.getKey();
      List<GraphSubscription> shared = new ArrayList<>(entry.getValue());
      GraphSku sku = consumed.get(partNumber);
      if (sku == null) {
        // Their assigned licenses stay 0: no count exists to share.
        notes.add(
            ImportNote.of(
                Kind.SKU_NOT_SUBSCRIBED, Map.of("sku", partNumber, "sources", idsOf(shared))));
        continue;
      }
      if (sku.tenantWide) {
        // Graph: only SKUs that apply to users are assignable; a tenant-wide one (extra storage)
        // is used by everyone, so all its seats count as assigned.
        for (GraphSubscription subscription : shared) {
          assigned.put(subscription.id, subscription.totalLicenses);
        }
        notes.add(
            ImportNote.of(
                Kind.TENANT_WIDE_SKU, Map.of("sku", partNumber, "sources", idsOf(shared))));
        continue;
      }
      shared.sort(SHARING_ORDER);
      long consumedUnits = units.getOrDefault(partNumber, 0L);
      long left = consumedUnits;
      long total = 0;
      List<String> shares = new ArrayList<>();
      for (GraphSubscription subscription : shared) {
        int share = (int) Math.min(left, subscription.totalLicenses);
        assigned.put(subscription.id, share);
        left -= share;
        total += subscription.totalLicenses;
        shares.add(subscription.id + ": " + share);
      }
      if (shared.size() > 1 && consumedUnits > 0) {
        notes.add(
            ImportNote.of(
                Kind.SEATS_SHARED,
                mapOf(
                    "sku",
                    partNumber,
                    "assigned",
                    consumedUnits,
                    "subscriptions",
                    shared.size(),
                    "shares",
                    shares)));
      }
      if (left > 0) {
        notes.add(
            ImportNote.of(
                Kind.SEATS_BEYOND_TOTAL,
                mapOf(
                    "sku", partNumber, "assigned", consumedUnits, "total", total, "excess", left)));
      }
    }
    return assigned;
  }

  /** Enabled first, then the latest next lifecycle date (none last), then by id. */
  private static final Comparator<GraphSubscription> SHARING_ORDER =
      Comparator.comparing((GraphSubscription s) -> !s.status.equals("Enabled"))
          .thenComparing(
              s -> s.nextLifecycle, Comparator.nullsLast(Comparator.<Instant>reverseOrder()))
          .thenComparing(s -> s.id);

  private Subscription source(
      GraphSubscription graph,
      Map<String, Integer> assigned,
      TenantId customer,
      Map<String, String> ids,
      List<String> unknownChannel,
      List<ImportNote> notes) {
    PartnerCenterItem item = partnerCenter.get(matchKey(graph.id));
    Subscription.Builder source =
        Subscription.builder()
            .id(built(graph.path + ".id", () -> SubscriptionId.of(graph.id)))
            .offerId(built(graph.path + ".skuPartNumber", () -> OfferId.of(graph.skuPartNumber)))
            .quantity(graph.totalLicenses)
            .assignedLicenses(assigned.getOrDefault(graph.id, 0))
            .disposition(Disposition.LET_EXPIRE)
            .trial(graph.trial);
    Optional<String> owner = graph.ownerTenantId;
    if (owner.isPresent() && !sameTenant(owner.get(), customer)) {
      String ownerId = owner.get().strip();
      source
          .channel(Channel.CSP)
          .partnerId(
              built(
                  graph.path + ".ownerTenantId",
                  () -> PartnerId.of(PartnerId.of(ownerId).comparisonKey())));
    } else {
      source.channel(Channel.OTHER);
      unknownChannel.add(graph.id);
    }
    SubscriptionStatus status = graph.mappedStatus;
    Commerce commerce = Commerce.NCE;
    boolean trial = graph.trial;
    if (item != null) {
      commerce = item.nce ? Commerce.NCE : Commerce.LEGACY;
      trial = item.trial.orElse(trial);
      source.commerce(commerce).trial(trial);
      item.autoRenew.ifPresent(source::autoRenew);
    }
    SubscriptionLifecycle lifecycle =
        lifecycles.lifecycleOf(
            owner.isPresent() && !sameTenant(owner.get(), customer) ? Channel.CSP : Channel.OTHER,
            commerce,
            trial);
    LocalDate commitmentEnd = item == null ? null : item.lastDayOfTerm();
    if (item != null && commitmentEnd != null && !Limits.isSupported(commitmentEnd)) {
      if (graph.nextLifecycle == null) {
        throw new ScenarioException(
                item.path + ".commitmentEndDate",
                commitmentEnd
                    + " is outside "
                    + Limits.earliestDate()
                    + " to "
                    + Limits.latestDate()
                    + ", and Graph gives no nextLifecycleDateTime")
            .in(PARTNER_CENTER);
      }
      // Microsoft writes 9999-12-10 for subscriptions that do not renew: Graph's date stands.
      notes.add(
          ImportNote.of(
              Kind.COMMITMENT_END_IGNORED,
              mapOf("source", graph.id, "date", String.valueOf(item.rawCommitmentEnd))));
      commitmentEnd = null;
    }
    if (commitmentEnd != null) {
      source.lastDayOfTerm(commitmentEnd);
    } else if (graph.nextLifecycle != null) {
      source.lastDayOfTerm(
          checkedDate(
              graph.path + ".nextLifecycleDateTime",
              graphLastDayOfTerm(graph, lifecycle, notes),
              DIRECTORY_SUBSCRIPTIONS));
    } else {
      throw new ScenarioException(
              graph.path + ".nextLifecycleDateTime",
              "missing, and no Partner Center subscription gives its commitmentEndDate")
          .in(DIRECTORY_SUBSCRIPTIONS);
    }
    if (item != null) {
      item.lastRefundableDay.ifPresent(
          date ->
              source.lastRefundableDay(
                  checkedDate(item.path + ".cancellationAllowedUntilDate", date, PARTNER_CENTER)));
      if (item.status.isPresent()) {
        status = item.status.get();
      } else if (item.rawStatus.isPresent()) {
        notes.add(
            ImportNote.of(
                Kind.PARTNER_CENTER_STATUS_KEPT,
                mapOf("source", graph.id, "status", item.rawStatus.get(), "kept", status.name())));
      }
      if (item.parent.isPresent()) {
        String parent = item.parent.get();
        String parentId = sourceIdOf(parent, ids);
        if (parentId != null && !parentId.equals(graph.id)) {
          source.parentId(
              built(
                  item.path + ".parentSubscriptionId",
                  () -> SubscriptionId.of(parentId),
                  PARTNER_CENTER));
        } else {
          notes.add(
              ImportNote.of(Kind.PARENT_UNKNOWN, mapOf("source", graph.id, "parent", parent)));
        }
      }
    }
    source.status(status);
    return built(graph.path, source::build, DIRECTORY_SUBSCRIPTIONS);
  }

  /**
   * CONTRACT.md, "Version 3", "Reading tenant data": {@code nextLifecycleDateTime} is when the
   * subscription moves to its next state. Enabled: the day before it; Warning (expired): that day
   * minus the expired days of the source's lifecycle row; Suspended and LockedOut (disabled): minus
   * its expired and disabled days. A note says when the term end was derived from a later state.
   */
  private LocalDate graphLastDayOfTerm(
      GraphSubscription graph, SubscriptionLifecycle lifecycle, List<ImportNote> notes) {
    Instant next = requireNonNull(graph.nextLifecycle, "nextLifecycleDateTime");
    LocalDate dayBefore = next.minusSeconds(1).atOffset(ZoneOffset.UTC).toLocalDate();
    long days;
    switch (graph.status) {
      case "Warning" -> days = lifecycle.expiredDays();
      case "Suspended", "LockedOut" ->
          days = (long) lifecycle.expiredDays() + lifecycle.disabledDays();
      default -> days = 0;
    }
    if (days == 0) {
      return dayBefore;
    }
    LocalDate lastDay = dayBefore.minusDays(days);
    notes.add(
        ImportNote.of(
            Kind.TERM_END_DERIVED,
            mapOf(
                "source",
                graph.id,
                "status",
                graph.status,
                "nextLifecycle",
                dayBefore.plusDays(1),
                "days",
                days,
                "termEnd",
                lastDay)));
    return lastDay;
  }

  /**
   * How Partner Center items are matched to Graph subscriptions: by id, GUIDs without regard to
   * case (CONTRACT.md, "Version 3", "Reading tenant data").
   */
  private static String matchKey(String id) {
    String stripped = id.strip();
    return TenantId.isGuid(stripped) ? stripped.toLowerCase(Locale.ROOT) : id;
  }

  /**
   * Drops one link of each cycle of parent links (Partner Center's {@code parentSubscriptionId} can
   * name, through other add-ons, an add-on of the subscription itself), with a note: the link of
   * the cycle's first source in the bodies' order. Linear in the number of sources: each is walked
   * once.
   */
  private static void breakParentCycles(List<Subscription> sources, List<ImportNote> notes) {
    int count = sources.size();
    Map<SubscriptionId, Integer> index = new HashMap<>(count * 2);
    for (int i = 0; i < count; i++) {
      index.put(sources.get(i).id(), i);
    }
    int[] parent = new int[count];
    for (int i = 0; i < count; i++) {
      Integer found = sources.get(i).parentId().map(index::get).orElse(null);
      parent[i] = found == null ? -1 : found;
    }
    final byte unseen = 0;
    final byte onPath = 1;
    final byte done = 2;
    byte[] state = new byte[count];
    List<Integer> path = new ArrayList<>();
    for (int start = 0; start < count; start++) {
      path.clear();
      int node = start;
      while (node != -1 && state[node] == unseen) {
        state[node] = onPath;
        path.add(node);
        node = parent[node];
      }
      if (node != -1 && state[node] == onPath) {
        List<Integer> cycle = path.subList(path.indexOf(node), path.size());
        int first = Collections.min(cycle);
        Subscription broken = sources.get(first);
        sources.set(first, Subscription.builder().from(broken).parentId(Optional.empty()).build());
        notes.add(
            ImportNote.of(
                Kind.PARENT_CYCLE,
                mapOf(
                    "source",
                    broken.id().value(),
                    "parent",
                    broken.parentId().orElseThrow().value(),
                    "length",
                    cycle.size())));
      }
      for (int visited : path) {
        state[visited] = done;
      }
    }
  }

  /** The Graph id a Partner Center id names, or null: the same id, else the same match key. */
  private static @Nullable String sourceIdOf(String partnerCenterId, Map<String, String> ids) {
    String exact = ids.get(partnerCenterId);
    return exact != null ? exact : ids.get(matchKey(partnerCenterId));
  }

  private static boolean sameTenant(String owner, TenantId customer) {
    try {
      return UUID.fromString(owner.strip()).equals(customer.value());
    } catch (IllegalArgumentException e) {
      return false;
    }
  }

  private OfferCatalog catalog(List<ImportNote> notes) {
    Map<String, Offer> byId = new LinkedHashMap<>();
    for (GraphSku sku : skus) {
      if (!byId.containsKey(sku.partNumber) && !describes(sku.partNumber)) {
        byId.put(
            sku.partNumber,
            offer(sku.path, sku.partNumber, sku.skuId, sku.servicePlans, notes, SUBSCRIBED_SKUS));
      }
    }
    for (GraphSubscription subscription : subscriptions) {
      String partNumber = subscription.skuPartNumber;
      if (!byId.containsKey(partNumber) && !describes(partNumber)) {
        byId.put(
            partNumber,
            offer(
                subscription.path,
                partNumber,
                subscription.skuId,
                List.of(),
                notes,
                DIRECTORY_SUBSCRIPTIONS));
      }
    }
    return OfferCatalog.builder().addAllOffers(offers.offers()).addAllOffers(byId.values()).build();
  }

  private boolean describes(String partNumber) {
    try {
      return offers.find(OfferId.of(partNumber)).isPresent();
    } catch (IllegalArgumentException e) {
      return false;
    }
  }

  private Offer offer(
      String path,
      String partNumber,
      Optional<String> skuId,
      List<String> plans,
      List<ImportNote> notes,
      String body) {
    Optional<Sku> known = known(partNumber, skuId);
    List<String> servicePlans = plans;
    if (servicePlans.isEmpty() && known.isPresent()) {
      servicePlans = known.get().servicePlanNames();
      notes.add(ImportNote.of(Kind.PLANS_FROM_REFERENCE, Map.of("sku", partNumber)));
    } else if (servicePlans.isEmpty()) {
      notes.add(ImportNote.of(Kind.NO_SERVICE_PLANS, Map.of("sku", partNumber)));
    }
    boolean business =
        known.map(sku -> BUSINESS_PLAN.matcher(sku.productName()).matches()).orElse(false)
            || BUSINESS_PART_NUMBERS.contains(partNumber);
    List<String> finalPlans = servicePlans;
    return built(
        path + ".skuPartNumber",
        () ->
            Offer.builder()
                .id(OfferId.of(partNumber))
                .name(known.map(Sku::productName).orElse(partNumber))
                .servicePlans(new LinkedHashSet<>(finalPlans))
                .availableForPurchase(true)
                .addOn(false)
                .minQuantity(1)
                .maxQuantity(business ? BUSINESS_MAX_SEATS : OTHER_MAX_SEATS)
                .build(),
        body);
  }

  /**
   * A SKU of the reference: by Graph's {@code skuId} first, then by part number without the white
   * space Microsoft's CSV sometimes pads it with.
   */
  private Optional<Sku> known(String partNumber, Optional<String> skuId) {
    SkuCatalog catalog = reference;
    if (catalog == null) {
      return Optional.empty();
    }
    if (skuId.isPresent() && TenantId.isGuid(skuId.get().strip())) {
      Optional<Sku> byGuid = catalog.find(UUID.fromString(skuId.get().strip()));
      if (byGuid.isPresent()) {
        return byGuid;
      }
    }
    Optional<Sku> exact = catalog.find(partNumber);
    if (exact.isPresent()) {
      return exact;
    }
    String stripped = partNumber.strip();
    for (Sku sku : catalog.skus()) {
      if (sku.stringId().strip().equals(stripped)) {
        return Optional.of(sku);
      }
    }
    return Optional.empty();
  }

  private static List<String> idsOf(List<GraphSubscription> subscriptions) {
    List<String> ids = new ArrayList<>();
    subscriptions.forEach(subscription -> ids.add(subscription.id));
    return ids;
  }

  private static Map<String, Object> mapOf(Object... namesAndValues) {
    Map<String, Object> map = new LinkedHashMap<>();
    for (int i = 0; i < namesAndValues.length; i += 2) {
      map.put((String) namesAndValues[i], namesAndValues[i + 1]);
    }
    return map;
  }

  private static LocalDate checkedDate(String path, LocalDate date, String body) {
    if (!Limits.isSupported(date)) {
      throw new ScenarioException(
              path, date + " is outside " + Limits.earliestDate() + " to " + Limits.latestDate())
          .in(body);
    }
    return date;
  }

  private static <T> T built(String path, Supplier<T> build) {
    return built(path, build, DIRECTORY_SUBSCRIPTIONS);
  }

  private static <T> T built(String path, Supplier<T> build, String body) {
    try {
      return build.get();
    } catch (IllegalArgumentException | IllegalStateException e) {
      throw new ScenarioException(path, Printable.escape(String.valueOf(e.getMessage()), 200))
          .in(body);
    }
  }

  /** A date and time with an offset, as Microsoft writes them, as an instant. */
  private static Instant instant(JsonObjectReader json, String field) {
    String text = json.text(field);
    OffsetDateTime parsed = null;
    try {
      parsed = OffsetDateTime.parse(text, DateTimeFormatter.ISO_OFFSET_DATE_TIME);
    } catch (DateTimeParseException e) {
      // Falls through to the input error.
    }
    if (parsed != null) {
      // ISO allows years of nine digits; no date of Microsoft's is outside 0001 to 9999, and
      // dates that far out overflow the arithmetic that follows.
      if (parsed.getYear() < 1 || parsed.getYear() > 9999) {
        throw new ScenarioException(
            json.pathOf(field),
            "'" + Printable.escape(text, QUOTED) + "' is outside the years 0001 to 9999");
      }
      return parsed.toInstant();
    }
    throw new ScenarioException(
        json.pathOf(field),
        "'"
            + Printable.escape(text, QUOTED)
            + "' is not a date and time with an offset (for example 2026-03-01T00:00:00Z)");
  }

  private static Optional<Instant> optionalInstant(JsonObjectReader json, String field) {
    return json.has(field) ? Optional.of(instant(json, field)) : Optional.empty();
  }

  private static List<JsonObjectReader> items(JsonObjectReader body, String field) {
    if (!body.has(field)) {
      throw new ScenarioException(body.pathOf(field), "missing");
    }
    return body.objects(field);
  }

  /** A {@code subscribedSkus} item. */
  private static final class GraphSku {
    final String path;
    final String id;
    final String partNumber;
    final Optional<String> skuId;
    final boolean tenantWide;
    final long consumedUnits;
    final List<String> servicePlans;

    GraphSku(JsonObjectReader json) {
      this.path = json.path();
      this.id = json.optionalText("id").orElse("");
      this.partNumber = json.text("skuPartNumber");
      this.skuId = json.optionalTextOrBlank("skuId");
      this.tenantWide = json.optionalTextOrBlank("appliesTo").map("Company"::equals).orElse(false);
      this.consumedUnits = json.count("consumedUnits", Integer.MAX_VALUE);
      List<String> plans = new ArrayList<>();
      for (JsonObjectReader plan : json.objects("servicePlans")) {
        plans.add(plan.text("servicePlanName"));
      }
      this.servicePlans = plans;
    }
  }

  /** A {@code directory/subscriptions} item. */
  private static final class GraphSubscription {
    final String path;
    final String id;
    final String skuPartNumber;
    final Optional<String> skuId;
    final int totalLicenses;
    final String status;
    final SubscriptionStatus mappedStatus;
    final @Nullable Instant nextLifecycle;
    final boolean trial;
    final Optional<String> ownerTenantId;

    GraphSubscription(JsonObjectReader json) {
      this.path = json.path();
      this.id = json.optionalTextOrBlank("commerceSubscriptionId").orElseGet(() -> json.text("id"));
      this.skuPartNumber = json.text("skuPartNumber");
      this.skuId = json.optionalTextOrBlank("skuId");
      this.totalLicenses = json.count("totalLicenses", Limits.MAX_QUANTITY);
      this.status = json.text("status");
      this.mappedStatus = graphStatus(json.pathOf("status"), status);
      this.nextLifecycle = optionalInstant(json, "nextLifecycleDateTime").orElse(null);
      this.trial = json.optionalBool("isTrial").orElse(false);
      this.ownerTenantId = json.optionalTextOrBlank("ownerTenantId");
    }

    private static SubscriptionStatus graphStatus(String path, String status) {
      return switch (status) {
        case "Enabled" -> SubscriptionStatus.ACTIVE;
        case "Warning" -> SubscriptionStatus.EXPIRED;
        case "Suspended", "LockedOut" -> SubscriptionStatus.DISABLED;
        case "Deleted" -> SubscriptionStatus.DELETED;
        default ->
            throw new ScenarioException(
                path,
                "unknown value '"
                    + Printable.escape(status, QUOTED)
                    + "', expected one of Enabled, Warning, Suspended, LockedOut, Deleted");
      };
    }
  }

  /** A Partner Center subscription. */
  private static final class PartnerCenterItem {
    final String path;
    final String id;
    final @Nullable LocalDate commitmentEnd;
    final @Nullable String rawCommitmentEnd;
    final Optional<Boolean> autoRenew;
    final Optional<LocalDate> lastRefundableDay;
    final boolean nce;
    final Optional<String> parent;
    final Optional<Boolean> trial;
    final Optional<String> rawStatus;
    final Optional<SubscriptionStatus> status;

    PartnerCenterItem(JsonObjectReader json) {
      this.path = json.path();
      this.id = json.text("id");
      this.commitmentEnd =
          optionalInstant(json, "commitmentEndDate").map(TenantImport::utcDate).orElse(null);
      this.rawCommitmentEnd = json.optionalTextOrBlank("commitmentEndDate").orElse(null);
      this.autoRenew = json.optionalBool("autoRenewEnabled");
      this.lastRefundableDay =
          optionalInstant(json, "cancellationAllowedUntilDate").map(TenantImport::utcDate);
      this.nce =
          json.optionalObject("productType")
              .flatMap(type -> type.optionalTextOrBlank("id"))
              .map("OnlineServicesNCE"::equals)
              .orElse(false);
      this.parent = json.optionalTextOrBlank("parentSubscriptionId");
      this.trial = json.optionalBool("isTrial");
      this.rawStatus = json.optionalTextOrBlank("status");
      this.status = rawStatus.flatMap(PartnerCenterItem::partnerCenterStatus);
    }

    /**
     * The last day of the term: new-commerce end dates are inclusive, legacy ones are not
     * (CONTRACT.md, "Version 3", "Reading tenant data").
     */
    @Nullable LocalDate lastDayOfTerm() {
      LocalDate end = commitmentEnd;
      if (end == null || nce || !Limits.isSupported(end)) {
        return end;
      }
      return end.minusDays(1);
    }

    private static Optional<SubscriptionStatus> partnerCenterStatus(String status) {
      return switch (status) {
        case "active" -> Optional.of(SubscriptionStatus.ACTIVE);
        case "suspended" -> Optional.of(SubscriptionStatus.SUSPENDED);
        case "expired" -> Optional.of(SubscriptionStatus.EXPIRED);
        case "disabled" -> Optional.of(SubscriptionStatus.DISABLED);
        case "deleted" -> Optional.of(SubscriptionStatus.DELETED);
        default -> Optional.empty();
      };
    }
  }

  private static LocalDate utcDate(Instant instant) {
    return instant.atOffset(ZoneOffset.UTC).toLocalDate();
  }

  /** The scenario of an import and its notes. Immutable. */
  public static final class Result {
    private final Scenario scenario;
    private final List<ImportNote> notes;

    Result(Scenario scenario, List<ImportNote> notes) {
      this.scenario = scenario;
      this.notes = List.copyOf(notes);
    }

    /**
     * Returns the scenario: the tenant's subscriptions as sources, no targets, its SKUs as offers,
     * the default policy.
     *
     * @return the scenario
     */
    public Scenario scenario() {
      return scenario;
    }

    /**
     * Returns what the import could not carry over as it stands, in the order found.
     *
     * @return the notes
     */
    public List<ImportNote> notes() {
      return notes;
    }

    /**
     * Returns the notes in a language.
     *
     * @param locale the language; not null
     * @return one sentence per note
     */
    public List<String> messages(Locale locale) {
      List<String> messages = new ArrayList<>();
      notes.forEach(note -> messages.add(note.message(locale)));
      return messages;
    }
  }

  /** Builds imports: give both Graph bodies. Not thread-safe. */
  public static final class Builder {
    private final JsonInput input = new JsonInput(ScenarioReader.DEFAULT_MAX_CHARS);
    private @Nullable List<GraphSku> skus;
    private @Nullable List<GraphSubscription> subscriptions;
    private final Set<String> skuIds = new java.util.HashSet<>();
    private final Set<String> subscriptionIds = new java.util.HashSet<>();
    // The next page the last page of each Graph body announces, if it announces one.
    private @Nullable String skusNextPage;
    private @Nullable String subscriptionsNextPage;
    private Map<String, PartnerCenterItem> partnerCenter = Map.of();
    private @Nullable SkuCatalog reference;
    private OfferCatalog offers = OfferCatalog.builder().build();
    private LifecycleTable lifecycles = LifecycleTable.microsoft2026();

    private Builder() {}

    /**
     * Sets the lifecycle table a Graph {@code Warning} or {@code Suspended} subscription's term end
     * is derived with (default: {@link LifecycleTable#microsoft2026()}): its next lifecycle date
     * minus the expired (and disabled) days of its row.
     *
     * @param lifecycles the lifecycle table; not null
     * @return this builder
     */
    @CanIgnoreReturnValue
    public Builder lifecycles(LifecycleTable lifecycles) {
      this.lifecycles = requireNonNull(lifecycles, "lifecycles");
      return this;
    }

    /**
     * Reads a body (a page) of Graph {@code GET /subscribedSkus}: {@code {"value":
     * [{"skuPartNumber", "consumedUnits", "servicePlans": [{"servicePlanName"}]}]}}. Graph gives a
     * long list in pages, each but the last with an {@code @odata.nextLink}: give every page, in
     * order; their items are merged.
     *
     * @param body the JSON of one page; not null; not closed
     * @return this builder
     * @throws IOException if it cannot be read
     * @throws ScenarioException if it is not such a body, or repeats an item of an earlier page,
     *     naming the JSON path
     */
    @CanIgnoreReturnValue
    public Builder subscribedSkus(Reader body) throws IOException {
      List<GraphSku> read = skus == null ? new ArrayList<>() : skus;
      try {
        JsonObjectReader page = root(body);
        for (JsonObjectReader item : items(page, "value")) {
          GraphSku sku = new GraphSku(item);
          if (!sku.id.isEmpty() && !skuIds.add(sku.id)) {
            throw new ScenarioException(
                item.pathOf("id"), "SKU " + Printable.escape(sku.id, QUOTED) + " appears twice");
          }
          read.add(sku);
        }
        this.skusNextPage = page.optionalText(NEXT_PAGE).orElse(null);
      } catch (ScenarioException e) {
        throw e.in(SUBSCRIBED_SKUS);
      }
      this.skus = read;
      return this;
    }

    /**
     * Reads a body (a page) of Graph {@code GET /directory/subscriptions}: {@code {"value":
     * [{"commerceSubscriptionId", "skuPartNumber", "totalLicenses", "status",
     * "nextLifecycleDateTime", "isTrial", "ownerTenantId"}]}}. Give every page, in order; their
     * items are merged.
     *
     * @param body the JSON of one page; not null; not closed
     * @return this builder
     * @throws IOException if it cannot be read
     * @throws ScenarioException if it is not such a body, or names a subscription twice
     */
    @CanIgnoreReturnValue
    public Builder directorySubscriptions(Reader body) throws IOException {
      List<GraphSubscription> read = subscriptions == null ? new ArrayList<>() : subscriptions;
      try {
        JsonObjectReader page = root(body);
        for (JsonObjectReader item : items(page, "value")) {
          GraphSubscription subscription = new GraphSubscription(item);
          if (!subscriptionIds.add(subscription.id)) {
            throw new ScenarioException(
                item.pathOf("commerceSubscriptionId"),
                "subscription " + Printable.escape(subscription.id, QUOTED) + " appears twice");
          }
          read.add(subscription);
        }
        this.subscriptionsNextPage = page.optionalText(NEXT_PAGE).orElse(null);
      } catch (ScenarioException e) {
        throw e.in(DIRECTORY_SUBSCRIPTIONS);
      }
      this.subscriptions = read;
      return this;
    }

    /**
     * Reads the body of Partner Center {@code GET /v1/customers/{id}/subscriptions}: {@code
     * {"items": [{"id", "commitmentEndDate", "cancellationAllowedUntilDate", "productType": {"id"},
     * "parentSubscriptionId", "isTrial", "status"}]}}.
     *
     * @param body the JSON; not null; not closed
     * @return this builder
     * @throws IOException if it cannot be read
     * @throws ScenarioException if it is not such a body, or names a subscription twice
     */
    @CanIgnoreReturnValue
    public Builder partnerCenterSubscriptions(Reader body) throws IOException {
      Map<String, PartnerCenterItem> read = new LinkedHashMap<>();
      try {
        for (JsonObjectReader item : items(root(body), "items")) {
          PartnerCenterItem subscription = new PartnerCenterItem(item);
          if (read.putIfAbsent(matchKey(subscription.id), subscription) != null) {
            throw new ScenarioException(
                item.pathOf("id"),
                "subscription " + Printable.escape(subscription.id, QUOTED) + " appears twice");
          }
        }
      } catch (ScenarioException e) {
        throw e.in(PARTNER_CENTER);
      }
      this.partnerCenter = read;
      return this;
    }

    /**
     * Sets the SKU reference product names, plans of SKUs missing from {@code subscribedSkus} and
     * Business plans are recognized by (default: none; the {@code transfer-catalog} module ships
     * Microsoft's).
     *
     * @param reference the SKU reference; not null
     * @return this builder
     */
    @CanIgnoreReturnValue
    public Builder skus(SkuCatalog reference) {
      this.reference = requireNonNull(reference, "skus");
      return this;
    }

    /**
     * Sets offers that describe SKUs better than the tenant does (the partner's own catalog): an
     * offer of the same id as a SKU replaces the one the import would make, and every offer is part
     * of the scenario (default: none).
     *
     * @param offers the offers; not null
     * @return this builder
     */
    @CanIgnoreReturnValue
    public Builder offers(OfferCatalog offers) {
      this.offers = requireNonNull(offers, "offers");
      return this;
    }

    /**
     * Builds the import.
     *
     * @return the import
     * @throws IllegalStateException if a Graph body is missing
     * @throws ScenarioException if the last page given of a Graph body announces another ({@code
     *     @odata.nextLink}): its items would be missing; {@link ScenarioException#body()} names
     *     it
     */
    public TenantImport build() {
      if (skus == null || subscriptions == null) {
        throw new IllegalStateException(
            (skus == null ? "subscribedSkus" : "directorySubscriptions") + ": not given");
      }
      // Graph's pages: the last one given must be the last one there is, or items are missing.
      if (skusNextPage != null) {
        throw missingPage(skusNextPage).in(SUBSCRIBED_SKUS);
      }
      if (subscriptionsNextPage != null) {
        throw missingPage(subscriptionsNextPage).in(DIRECTORY_SUBSCRIPTIONS);
      }
      return new TenantImport(this);
    }

    private static ScenarioException missingPage(String next) {
      return new ScenarioException(
          NEXT_PAGE,
          "the body is one page of several and the next one ("
              + Printable.escape(next, 4 * QUOTED)
              + ") was not given; give every page, in order");
    }

    private JsonObjectReader root(Reader body) throws IOException {
      return JsonObjectReader.root(input.tree(requireNonNull(body, "body")));
    }
  }
}
