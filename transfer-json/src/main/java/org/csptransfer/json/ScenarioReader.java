package org.csptransfer.json;

import static java.util.Objects.requireNonNull;

import com.google.errorprone.annotations.CanIgnoreReturnValue;
import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Currency;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;
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
import org.csptransfer.core.RegionCatalog;
import org.csptransfer.core.Relationship;
import org.csptransfer.core.RelationshipStatus;
import org.csptransfer.core.SeatBasis;
import org.csptransfer.core.Sku;
import org.csptransfer.core.SkuCatalog;
import org.csptransfer.core.Subscription;
import org.csptransfer.core.SubscriptionId;
import org.csptransfer.core.SubscriptionStatus;
import org.csptransfer.core.TenantId;
import org.csptransfer.core.Transfer;
import org.csptransfer.core.TransferId;
import org.csptransfer.core.TransitionPolicy;
import org.csptransfer.core.TransitionRequest;
import org.csptransfer.json.internal.JsonInput;
import org.csptransfer.json.internal.JsonObjectReader;
import org.csptransfer.json.internal.Printable;
import org.jspecify.annotations.Nullable;

/**
 * Reads scenarios (CONTRACT.md, "The scenario file") strictly: an unknown field, a fractional
 * count, a malformed id, a repeated id, a reference to nothing, an inconsistent combination
 * (channel CSP without partner, CANCEL without date, price without currency, a SKU and service
 * plans) or a value outside the {@link Limits} is a {@link ScenarioException} naming the JSON path,
 * never a silent default.
 *
 * <pre>{@code
 * ScenarioReader reader = ScenarioReader.builder().skus(MicrosoftLicensing.skus()).build();
 * Scenario scenario = reader.read(Path.of("plan.json"));
 * TransitionDecision decision = scenario.pipeline().evaluate(scenario.request());
 * }</pre>
 *
 * <p>Country codes are checked against the JDK's ISO list and the region table, region names
 * against the region table this reader was given, SKUs (an offer's {@code "sku"}) against its SKU
 * reference. A document larger than {@link #maxChars()} characters (32 Mi by default) is refused
 * while it is read, so a reader never holds more. Immutable and thread-safe.
 */
public final class ScenarioReader {

  /** The default largest document: 32 Mi characters. */
  public static final long DEFAULT_MAX_CHARS = 32L * 1024 * 1024;

  private final RegionCatalog regions;
  private final @Nullable Supplier<SkuCatalog> skus;
  private final long maxChars;
  private final JsonInput input;

  private ScenarioReader(Builder builder) {
    this.regions = builder.regions;
    this.skus = builder.skus;
    this.maxChars = builder.maxChars;
    this.input = new JsonInput(maxChars);
  }

  /**
   * Returns a reader that knows the 2021 CSP region names and no SKU reference.
   *
   * @return the reader
   */
  public static ScenarioReader standard() {
    return builder().build();
  }

  /**
   * Returns a builder: the 2021 region table, no SKU reference, documents of up to {@value
   * #DEFAULT_MAX_CHARS} characters.
   *
   * @return a new builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Returns the largest document this reader reads.
   *
   * @return the limit, in characters
   */
  public long maxChars() {
    return maxChars;
  }

  /**
   * Reads a scenario file.
   *
   * @param file the file, UTF-8 JSON; not null
   * @return the scenario
   * @throws IOException if the file cannot be read
   * @throws ScenarioException if it is not a valid scenario, or not UTF-8 text
   */
  public Scenario read(Path file) throws IOException {
    try (InputStream in = Files.newInputStream(file)) {
      return read(in);
    }
  }

  /**
   * Reads a scenario from UTF-8 bytes.
   *
   * @param in the bytes; not null; not closed by this method
   * @return the scenario
   * @throws IOException if the bytes cannot be read
   * @throws ScenarioException if they are not a valid scenario, or not UTF-8 text
   */
  public Scenario read(InputStream in) throws IOException {
    return read(JsonInput.utf8(requireNonNull(in, "in")));
  }

  /**
   * Reads a scenario from text.
   *
   * @param in the text; not null; not closed by this method
   * @return the scenario
   * @throws IOException if the text cannot be read
   * @throws ScenarioException if it is not a valid scenario
   */
  public Scenario read(Reader in) throws IOException {
    return scenario(JsonObjectReader.root(input.tree(requireNonNull(in, "in"))));
  }

  /**
   * Reads a scenario from UTF-8 bytes already in memory, for example one line of a book: the
   * fastest way in, since the bytes are parsed without decoding them into text first.
   *
   * @param utf8 the scenario, UTF-8; not null
   * @return the scenario
   * @throws ScenarioException if it is not a valid scenario, or not UTF-8 text
   */
  public Scenario read(byte[] utf8) {
    return scenario(JsonObjectReader.root(input.tree(requireNonNull(utf8, "utf8"))));
  }

  /**
   * Reads a scenario from a string.
   *
   * @param json the scenario; not null
   * @return the scenario
   * @throws ScenarioException if it is not a valid scenario
   */
  public Scenario read(String json) {
    try {
      return read(new StringReader(requireNonNull(json, "json")));
    } catch (IOException e) {
      throw new UncheckedIOException(e); // a string reader does not fail
    }
  }

  /**
   * Reads an offer catalog file: {@code {"offers": [...]}}, offers in the scenario's format.
   *
   * @param in the text; not null; not closed by this method
   * @return the catalog
   * @throws IOException if the text cannot be read
   * @throws ScenarioException if it is not a valid offer catalog
   */
  public OfferCatalog readOffers(Reader in) throws IOException {
    JsonObjectReader json = JsonObjectReader.root(input.tree(requireNonNull(in, "in")));
    OfferCatalog offers = offers(json);
    json.finish();
    return offers;
  }

  /**
   * Reads an offer catalog file of UTF-8 bytes: {@code {"offers": [...]}}.
   *
   * @param in the bytes; not null; not closed by this method
   * @return the catalog
   * @throws IOException if the bytes cannot be read
   * @throws ScenarioException if they are not a valid offer catalog, or not UTF-8 text
   */
  public OfferCatalog readOffers(InputStream in) throws IOException {
    return readOffers(JsonInput.utf8(requireNonNull(in, "in")));
  }

  /** Reads a scenario from a document already parsed. */
  Scenario scenario(JsonObjectReader json) {
    json.optionalText("$schema"); // for editors: the file's schema, which the reader need not know
    LocalDate asOf = date(json, "asOf");
    Partner partner = partner(json.object("partner"));
    Customer customer = customer(json.object("customer"));
    OfferCatalog offers = offers(json);
    List<Subscription> sources = sources(json);
    Map<SubscriptionId, Subscription> sourcesById = new HashMap<>();
    sources.forEach(source -> sourcesById.put(source.id(), source));
    List<PlannedSubscription> targets = targets(json, sourcesById.keySet());
    List<Transfer> transfers = transfers(json, asOf, sourcesById);
    TransitionPolicy policy =
        json.optionalObject("policy")
            .map(ScenarioReader::policy)
            .orElse(TransitionPolicy.defaults());
    json.finish();
    TransitionRequest request =
        built(
            json::path,
            () ->
                TransitionRequest.builder()
                    .asOf(asOf)
                    .partner(partner)
                    .customer(customer)
                    .sources(sources)
                    .targets(targets)
                    .transfers(transfers)
                    .build());
    return Scenario.of(request, offers, policy);
  }

  private Partner partner(JsonObjectReader json) {
    Partner.Builder partner =
        Partner.builder()
            .id(built(() -> json.pathOf("id"), () -> PartnerId.of(json.text("id"))))
            .name(json.text("name"))
            .country(country(json, "country"));
    json.optionalText("tenantId")
        .ifPresent(tenant -> partner.tenantId(tenantId(json, "tenantId", tenant)));
    List<String> names = json.texts("regions");
    for (int i = 0; i < names.size(); i++) {
      String name = names.get(i);
      int index = i;
      Supplier<String> path = () -> json.pathOf("regions") + "[" + index + "]";
      partner.addRegion(
          regions
              .regionNamed(name)
              .orElseThrow(
                  () ->
                      new ScenarioException(
                          path.get(),
                          "unknown region '"
                              + Printable.escape(name, 60)
                              + "' in the "
                              + regions.edition()
                              + " table")));
    }
    json.finish();
    return built(json::path, partner::build);
  }

  private Customer customer(JsonObjectReader json) {
    Customer.Builder customer = Customer.builder().name(json.text("name"));
    customer.tenantId(tenantId(json, "tenantId", json.text("tenantId")));
    customer.country(country(json, "country"));
    Set<PartnerId> partners = new HashSet<>();
    for (JsonObjectReader relationship : json.objects("relationships")) {
      PartnerId partnerId =
          built(
              () -> relationship.pathOf("partnerId"),
              () -> PartnerId.of(relationship.text("partnerId")));
      if (!partners.add(partnerId)) {
        throw new ScenarioException(
            relationship.pathOf("partnerId"),
            "partner " + Printable.escape(partnerId.value(), 60) + " appears more than once");
      }
      customer.addRelationship(
          Relationship.of(partnerId, relationship.enumValue("status", RelationshipStatus.class)));
      relationship.finish();
    }
    json.finish();
    return built(json::path, customer::build);
  }

  private static TenantId tenantId(JsonObjectReader json, String field, String text) {
    if (!TenantId.isGuid(text)) {
      throw new ScenarioException(
          json.pathOf(field), "'" + Printable.escape(text, 60) + "' is not a UUID");
    }
    return TenantId.parse(text);
  }

  private static CountryCode country(JsonObjectReader json, String field) {
    String code = json.text(field);
    if (!CountryCode.isKnown(code)) {
      throw new ScenarioException(
          json.pathOf(field),
          "'"
              + Printable.escape(code, 60)
              + "' is not an upper-case ISO 3166-1 alpha-2 country code");
    }
    return CountryCode.of(code);
  }

  private OfferCatalog offers(JsonObjectReader root) {
    OfferCatalog.Builder catalog = OfferCatalog.builder();
    Set<OfferId> ids = new HashSet<>();
    for (JsonObjectReader json : root.objects("offers")) {
      OfferId id = built(() -> json.pathOf("id"), () -> OfferId.of(json.text("id")));
      if (!ids.add(id)) {
        throw new ScenarioException(json.pathOf("id"), "duplicate id " + printable(id));
      }
      int min = json.count("minQuantity", Limits.MAX_QUANTITY);
      int max = json.count("maxQuantity", Limits.MAX_QUANTITY);
      if (min > max) {
        throw new ScenarioException(
            json.pathOf("minQuantity"), min + " exceeds maxQuantity " + max);
      }
      Offer.Builder offer = Offer.builder();
      Optional<String> skuId = json.optionalText("sku");
      List<String> plans = json.texts("servicePlans");
      if (skuId.isPresent()) {
        if (json.has("servicePlans")) {
          throw new ScenarioException(
              json.pathOf("servicePlans"), "give either sku or servicePlans, not both");
        }
        offer.sku(sku(json, skuId.get())).id(id);
        json.optionalText("name").ifPresent(offer::name);
      } else {
        offer.id(id).name(json.text("name")).servicePlans(plans);
      }
      offer
          .availableForPurchase(json.bool("availableForPurchase"))
          .addOn(json.bool("addOn"))
          .minQuantity(min)
          .maxQuantity(max);
      List<String> prerequisites = json.texts("prerequisites");
      for (int i = 0; i < prerequisites.size(); i++) {
        int index = i;
        offer.addPrerequisite(
            built(
                () -> json.pathOf("prerequisites", index),
                () -> OfferId.of(prerequisites.get(index))));
      }
      List<String> successors = json.texts("successors");
      for (int i = 0; i < successors.size(); i++) {
        int index = i;
        offer.addSuccessor(
            built(() -> json.pathOf("successors", index), () -> OfferId.of(successors.get(index))));
      }
      json.finish();
      catalog.addOffer(built(json::path, offer::build));
    }
    return catalog.build();
  }

  private Sku sku(JsonObjectReader json, String id) {
    Supplier<SkuCatalog> supplier = skus;
    SkuCatalog reference = supplier == null ? null : supplier.get();
    if (reference == null) {
      throw new ScenarioException(
          json.pathOf("sku"),
          "this reader has no SKU reference to look '" + Printable.escape(id, 60) + "' up in");
    }
    return reference
        .find(id)
        .orElseThrow(
            () ->
                new ScenarioException(
                    json.pathOf("sku"),
                    "'" + Printable.escape(id, 60) + "' is not a SKU of " + reference.edition()));
  }

  private static List<Subscription> sources(JsonObjectReader root) {
    Set<SubscriptionId> ids = new HashSet<>();
    List<Subscription> sources = new ArrayList<>();
    for (JsonObjectReader json : root.objects("sources")) {
      SubscriptionId id = built(() -> json.pathOf("id"), () -> SubscriptionId.of(json.text("id")));
      if (!ids.add(id)) {
        throw new ScenarioException(json.pathOf("id"), "duplicate id " + printable(id));
      }
      sources.add(source(json, id));
    }
    Set<SubscriptionId> known = ids;
    List<JsonObjectReader> elements = root.objects("sources");
    for (int i = 0; i < sources.size(); i++) {
      Optional<SubscriptionId> parent = sources.get(i).parentId();
      if (parent.isPresent() && !known.contains(parent.get())) {
        throw new ScenarioException(
            elements.get(i).pathOf("parentId"),
            printable(parent.get()) + " is not the id of a source");
      }
    }
    return sources;
  }

  private static Subscription source(JsonObjectReader json, SubscriptionId id) {
    int quantity = json.count("quantity", Limits.MAX_QUANTITY);
    int assigned = json.count("assignedLicenses", Limits.MAX_QUANTITY);
    if (assigned > quantity) {
      throw new ScenarioException(
          json.pathOf("assignedLicenses"), assigned + " exceeds quantity " + quantity);
    }
    Channel channel = json.enumValue("channel", Channel.class);
    Disposition disposition = json.enumValue("disposition", Disposition.class);
    Subscription.Builder source =
        Subscription.builder()
            .id(id)
            .offerId(built(() -> json.pathOf("offerId"), () -> OfferId.of(json.text("offerId"))))
            .channel(channel)
            .quantity(quantity)
            .assignedLicenses(assigned)
            .status(json.enumValue("status", SubscriptionStatus.class))
            .lastDayOfTerm(date(json, "termEnd"))
            .disposition(disposition);
    pairedWith(json, "partnerId", channel == Channel.CSP, "channel CSP");
    json.optionalText("partnerId")
        .ifPresent(
            partner ->
                source.partnerId(
                    built(() -> json.pathOf("partnerId"), () -> PartnerId.of(partner))));
    pairedWith(json, "cancelOn", disposition == Disposition.CANCEL, "disposition CANCEL");
    optionalDate(json, "cancelOn").ifPresent(source::cancelOn);
    optionalDate(json, "refundableUntil").ifPresent(source::lastRefundableDay);
    monthlyPricePerSeat(json).ifPresent(source::monthlyPricePerSeat);
    json.optionalEnum("commerce", Commerce.class).ifPresent(source::commerce);
    json.optionalBool("trial").ifPresent(source::trial);
    json.optionalBool("autoRenew").ifPresent(source::autoRenew);
    json.optionalText("pendingTransfer")
        .ifPresent(
            pending ->
                source.pendingTransfer(
                    built(() -> json.pathOf("pendingTransfer"), () -> TransferId.of(pending))));
    json.optionalText("parentId")
        .ifPresent(
            parent ->
                source.parentId(
                    built(() -> json.pathOf("parentId"), () -> SubscriptionId.of(parent))));
    json.finish();
    return built(json::path, source::build);
  }

  /** A field that must be present exactly when a condition holds. */
  private static void pairedWith(
      JsonObjectReader json, String field, boolean required, String condition) {
    if (required && !json.has(field)) {
      throw new ScenarioException(json.pathOf(field), "missing (required with " + condition + ")");
    }
    if (!required && json.has(field)) {
      throw new ScenarioException(json.pathOf(field), "allowed only with " + condition);
    }
  }

  private static Optional<Money> monthlyPricePerSeat(JsonObjectReader json) {
    pairedWith(json, "currency", json.has("unitPrice"), "unitPrice");
    Optional<BigDecimal> amount = json.optionalDecimal("unitPrice");
    if (amount.isEmpty()) {
      return Optional.empty();
    }
    if (!Limits.isSupportedUnitPrice(amount.get())) {
      throw new ScenarioException(
          json.pathOf("unitPrice"),
          Printable.escape(amount.get().toString(), 60)
              + " is not a price from 0 to "
              + Limits.MAX_UNIT_PRICE
              + " with at most "
              + Limits.MAX_PRICE_DECIMALS
              + " decimals");
    }
    String code = json.text("currency");
    try {
      return Optional.of(Money.of(amount.get(), Currency.getInstance(code)));
    } catch (IllegalArgumentException e) {
      throw new ScenarioException(
          json.pathOf("currency"),
          "'" + Printable.escape(code, 60) + "' is not an ISO 4217 currency code");
    }
  }

  private static List<PlannedSubscription> targets(
      JsonObjectReader root, Set<SubscriptionId> sourceIds) {
    Set<SubscriptionId> ids = new HashSet<>();
    List<PlannedSubscription> targets = new ArrayList<>();
    List<JsonObjectReader> elements = root.objects("targets");
    List<Optional<SubscriptionId>> stacks = new ArrayList<>();
    for (int position = 1; position <= elements.size(); position++) {
      JsonObjectReader json = elements.get(position - 1);
      int at = position;
      SubscriptionId id =
          json.optionalText("id")
              .map(text -> built(() -> json.pathOf("id"), () -> SubscriptionId.of(text)))
              .orElseGet(() -> PlannedSubscription.positionalId(at));
      if (!ids.add(id)) {
        throw new ScenarioException(json.pathOf("id"), "duplicate id " + printable(id));
      }
      PlannedSubscription.Builder target =
          PlannedSubscription.builder()
              .id(id)
              .offerId(built(() -> json.pathOf("offerId"), () -> OfferId.of(json.text("offerId"))))
              .quantity(json.count("quantity", Limits.MAX_QUANTITY))
              .start(date(json, "start"));
      List<String> replaces = json.texts("replaces");
      Set<String> seen = new HashSet<>();
      for (int i = 0; i < replaces.size(); i++) {
        String replaced = replaces.get(i);
        int index = i;
        Supplier<String> path = () -> json.pathOf("replaces", index);
        if (!seen.add(replaced)) {
          throw new ScenarioException(
              path.get(), Printable.escape(replaced, 60) + " appears twice");
        }
        SubscriptionId source = built(path, () -> SubscriptionId.of(replaced));
        if (!sourceIds.contains(source)) {
          throw new ScenarioException(path.get(), printable(source) + " is not the id of a source");
        }
        target.addReplacedSourceId(source);
      }
      Optional<SubscriptionId> stacksOn =
          json.optionalText("stacksOn")
              .map(text -> built(() -> json.pathOf("stacksOn"), () -> SubscriptionId.of(text)));
      if (stacksOn.isPresent() && !replaces.isEmpty()) {
        throw new ScenarioException(
            json.pathOf("stacksOn"), "a stacked target replaces no source: remove replaces");
      }
      stacksOn.ifPresent(target::stacksOn);
      stacks.add(stacksOn);
      json.finish();
      targets.add(built(json::path, target::build));
    }
    for (int t = 0; t < targets.size(); t++) {
      Optional<SubscriptionId> on = stacks.get(t);
      if (on.isEmpty()) {
        continue;
      }
      String path = elements.get(t).pathOf("stacksOn");
      PlannedSubscription base =
          targets.stream()
              .filter(other -> other.id().equals(on.get()))
              .findFirst()
              .orElseThrow(
                  () ->
                      new ScenarioException(
                          path, printable(on.get()) + " is not the id of a target"));
      if (base.isStacked()) {
        throw new ScenarioException(
            path,
            printable(base.id()) + " itself stacks on " + printable(base.stacksOn().orElseThrow()));
      }
    }
    return targets;
  }

  private static List<Transfer> transfers(
      JsonObjectReader root, LocalDate asOf, Map<SubscriptionId, Subscription> sources) {
    Set<TransferId> ids = new HashSet<>();
    Set<SubscriptionId> moved = new HashSet<>();
    List<Transfer> transfers = new ArrayList<>();
    List<JsonObjectReader> elements = root.objects("transfers");
    for (int position = 1; position <= elements.size(); position++) {
      JsonObjectReader json = elements.get(position - 1);
      int at = position;
      TransferId id =
          json.optionalText("id")
              .map(text -> built(() -> json.pathOf("id"), () -> TransferId.of(text)))
              .orElseGet(() -> Transfer.positionalId(at));
      if (!ids.add(id)) {
        throw new ScenarioException(
            json.pathOf("id"), "duplicate id " + Printable.escape(id.value(), 60));
      }
      Transfer.Builder transfer =
          Transfer.builder().id(id).date(optionalDate(json, "date").orElse(asOf));
      List<String> members = json.texts("sources");
      for (int i = 0; i < members.size(); i++) {
        int index = i;
        Supplier<String> path = () -> json.pathOf("sources") + "[" + index + "]";
        String text = members.get(i);
        SubscriptionId source = built(path, () -> SubscriptionId.of(text));
        Subscription subscription = sources.get(source);
        if (subscription == null) {
          throw new ScenarioException(path.get(), printable(source) + " is not the id of a source");
        }
        if (!moved.add(source)) {
          throw new ScenarioException(path.get(), printable(source) + " is already in a transfer");
        }
        if (subscription.isCancelled()) {
          throw new ScenarioException(
              path.get(),
              printable(source)
                  + " has disposition CANCEL; a transferred subscription is left to expire");
        }
        transfer.addSourceId(source);
      }
      json.finish();
      transfers.add(built(json::path, transfer::build));
    }
    return transfers;
  }

  private static TransitionPolicy policy(JsonObjectReader json) {
    TransitionPolicy.Builder policy = TransitionPolicy.builder();
    json.optionalCount("expiredGraceDays", Limits.MAX_POLICY_DAYS)
        .ifPresent(policy::expiredGraceDays);
    json.optionalCount("disabledDays", Limits.MAX_POLICY_DAYS).ifPresent(policy::disabledDays);
    json.optionalCount("cancelledRetentionDays", Limits.MAX_POLICY_DAYS)
        .ifPresent(policy::cancelledRetentionDays);
    json.optionalCount("overlapToleranceDays", Limits.MAX_POLICY_DAYS)
        .ifPresent(policy::overlapToleranceDays);
    Optional<Integer> items =
        json.optionalCount("maxItemsPerTransfer", Limits.MAX_ITEMS_PER_TRANSFER);
    if (items.isPresent() && items.get() < 1) {
      throw new ScenarioException(json.pathOf("maxItemsPerTransfer"), "0 is less than 1");
    }
    items.ifPresent(policy::maxItemsPerTransfer);
    json.optionalCount("plannerLeadDays", Limits.MAX_POLICY_DAYS)
        .ifPresent(policy::plannerLeadDays);
    json.optionalEnum("unknownAutoRenew", AutoRenewAssumption.class)
        .ifPresent(policy::unknownAutoRenew);
    json.optionalEnum("plannerSeats", SeatBasis.class).ifPresent(policy::plannerSeats);
    json.optionalEnum("plannerTransfers", PlannerTransfers.class)
        .ifPresent(policy::plannerTransfers);
    json.finish();
    return built(json::path, policy::build);
  }

  private static LocalDate date(JsonObjectReader json, String field) {
    return checkedDate(json, field, json.date(field));
  }

  private static Optional<LocalDate> optionalDate(JsonObjectReader json, String field) {
    return json.optionalDate(field).map(date -> checkedDate(json, field, date));
  }

  private static LocalDate checkedDate(JsonObjectReader json, String field, LocalDate date) {
    if (!Limits.isSupported(date)) {
      throw new ScenarioException(
          json.pathOf(field),
          date + " is outside " + Limits.earliestDate() + " to " + Limits.latestDate());
    }
    return date;
  }

  private static String printable(Object id) {
    return Printable.escape(id.toString(), 60);
  }

  /**
   * Builds a value, turning a structural refusal of the core (a backstop behind the checks above)
   * into a problem at the value's path.
   */
  private static <T> T built(Supplier<String> path, Supplier<T> build) {
    try {
      return build.get();
    } catch (IllegalArgumentException | IllegalStateException e) {
      throw new ScenarioException(
          path.get(), Printable.escape(String.valueOf(e.getMessage()), 200));
    }
  }

  /** Builds readers. Not thread-safe; the readers it builds are. */
  public static final class Builder {
    private RegionCatalog regions = RegionCatalog.csp2021();
    private @Nullable Supplier<SkuCatalog> skus;
    private long maxChars = DEFAULT_MAX_CHARS;

    private Builder() {}

    /**
     * Sets the region table region names and country codes are checked against (default: {@link
     * RegionCatalog#csp2021()}).
     *
     * @param regions the region table; not null
     * @return this builder
     */
    @CanIgnoreReturnValue
    public Builder regions(RegionCatalog regions) {
      this.regions = requireNonNull(regions, "regions");
      return this;
    }

    /**
     * Sets the SKU reference an offer's {@code "sku"} is looked up in (default: none, and a
     * scenario naming a SKU is refused). The {@code transfer-catalog} module ships Microsoft's.
     *
     * @param skus the SKU reference; not null
     * @return this builder
     */
    @CanIgnoreReturnValue
    public Builder skus(SkuCatalog skus) {
      requireNonNull(skus, "skus");
      this.skus = () -> skus;
      return this;
    }

    /**
     * Sets where the SKU reference comes from, asked only when a scenario names a {@code "sku"}: a
     * command reading scenarios without SKUs never loads Microsoft's table. For example {@code
     * skus(MicrosoftLicensing::skus)}, which loads the table once and keeps it.
     *
     * @param skus gives the SKU reference, each time an offer names a SKU (so it should keep what
     *     it loads), never null; not null
     * @return this builder
     */
    @CanIgnoreReturnValue
    public Builder skus(Supplier<SkuCatalog> skus) {
      this.skus = requireNonNull(skus, "skus");
      return this;
    }

    /**
     * Sets the largest document read (default {@value #DEFAULT_MAX_CHARS} characters).
     *
     * @param maxChars the limit, in characters, at least 1
     * @return this builder
     * @throws IllegalArgumentException if the limit is below 1
     */
    @CanIgnoreReturnValue
    public Builder maxChars(long maxChars) {
      if (maxChars < 1) {
        throw new IllegalArgumentException("maxChars: " + maxChars + " is below 1");
      }
      this.maxChars = maxChars;
      return this;
    }

    /**
     * Builds the reader.
     *
     * @return the reader
     */
    public ScenarioReader build() {
      return new ScenarioReader(this);
    }
  }
}
