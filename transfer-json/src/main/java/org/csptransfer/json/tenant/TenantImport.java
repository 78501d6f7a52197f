package org.csptransfer.json.tenant;

import static java.util.Objects.requireNonNull;
import static org.csptransfer.json.tenant.TenantValues.DIRECTORY_SUBSCRIPTIONS;
import static org.csptransfer.json.tenant.TenantValues.PARTNER_CENTER;
import static org.csptransfer.json.tenant.TenantValues.QUOTED;
import static org.csptransfer.json.tenant.TenantValues.SUBSCRIBED_SKUS;
import static org.csptransfer.json.tenant.TenantValues.items;
import static org.csptransfer.json.tenant.TenantValues.matchKey;

import com.google.errorprone.annotations.CanIgnoreReturnValue;
import java.io.IOException;
import java.io.Reader;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.csptransfer.catalog.BusinessPlans;
import org.csptransfer.core.Channel;
import org.csptransfer.core.Customer;
import org.csptransfer.core.LifecycleTable;
import org.csptransfer.core.Limits;
import org.csptransfer.core.OfferCatalog;
import org.csptransfer.core.Partner;
import org.csptransfer.core.Scenario;
import org.csptransfer.core.SkuCatalog;
import org.csptransfer.core.Subscription;
import org.csptransfer.core.TenantId;
import org.csptransfer.core.TransitionPolicy;
import org.csptransfer.core.TransitionRequest;
import org.csptransfer.json.ScenarioException;
import org.csptransfer.json.ScenarioReader;
import org.csptransfer.json.internal.JsonInput;
import org.csptransfer.json.internal.JsonObjectReader;
import org.csptransfer.json.internal.Printable;
import org.csptransfer.json.tenant.ImportNote.Kind;
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
 *       1 to {@value BusinessPlans#MAX_USERS} seats for the Microsoft 365 Business plans ({@link
 *       BusinessPlans}) else 1 to {@value #OTHER_MAX_SEATS}, unless the offer catalog given
 *       describes it.
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

  /**
   * The largest quantity of an imported offer that is not a Microsoft 365 Business plan (those have
   * {@link BusinessPlans#MAX_USERS}).
   */
  public static final int OTHER_MAX_SEATS = 1_000_000;

  /** Graph's link to the next page of a long list. */
  private static final String NEXT_PAGE = "@odata.nextLink";

  private final List<GraphSku> skus;
  private final List<GraphSubscription> subscriptions;
  private final Map<String, PartnerCenterItem> partnerCenter;
  private final ImportedOffers offers;
  private final LifecycleTable lifecycles;

  private TenantImport(Builder builder) {
    this.skus = requireNonNull(builder.skus, SUBSCRIBED_SKUS);
    this.subscriptions = requireNonNull(builder.subscriptions, DIRECTORY_SUBSCRIPTIONS);
    this.partnerCenter = builder.partnerCenter;
    this.offers = new ImportedOffers(builder.reference, builder.offers);
    this.lifecycles = builder.lifecycles;
  }

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
   * @throws NullPointerException if an argument is null
   * @throws ScenarioException if a value of the bodies does not fit a scenario (a date outside the
   *     {@link Limits}, a parent link to itself)
   */
  public Result toScenario(LocalDate asOf, Partner partner, Customer customer) {
    requireNonNull(asOf, "asOf");
    requireNonNull(partner, "partner");
    requireNonNull(customer, "customer");
    List<ImportNote> notes = new ArrayList<>();
    SeatSharing seats = SeatSharing.share(skus, subscriptions, notes);
    SourceMapping mapping =
        new SourceMapping(subscriptions, partnerCenter, lifecycles, seats, customer.tenantId());
    List<Subscription> sources = new ArrayList<>();
    List<String> unknownChannel = new ArrayList<>();
    List<String> heldByPartners = new ArrayList<>();
    Set<String> matched = new HashSet<>();
    for (GraphSubscription subscription : subscriptions) {
      Subscription source = mapping.source(subscription, notes);
      sources.add(source);
      if (partnerCenter.containsKey(matchKey(subscription.id))) {
        matched.add(matchKey(subscription.id));
      }
      if (source.channel() == Channel.CSP) {
        heldByPartners.add(source.id().value());
      } else {
        unknownChannel.add(subscription.id);
      }
    }
    sources = ParentCycles.broken(sources, notes);
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
    OfferCatalog catalog = offers.catalog(skus, subscriptions, notes);
    return new Result(Scenario.of(request, catalog, TransitionPolicy.defaults()), notes);
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
    private final Set<String> skuIds = new HashSet<>();
    private final Set<String> subscriptionIds = new HashSet<>();
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
