package org.csptransfer.examples.check;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.CharacterCodingException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Currency;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;
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
import org.csptransfer.core.RegionCatalog;
import org.csptransfer.core.Relationship;
import org.csptransfer.core.RelationshipStatus;
import org.csptransfer.core.SeatBasis;
import org.csptransfer.core.Subscription;
import org.csptransfer.core.SubscriptionId;
import org.csptransfer.core.SubscriptionStatus;
import org.csptransfer.core.TenantId;
import org.csptransfer.core.TransitionPolicy;
import org.csptransfer.core.TransitionRequest;
import tools.jackson.core.JacksonException;
import tools.jackson.core.StreamReadFeature;
import tools.jackson.core.TokenStreamLocation;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Reads scenario files (CONTRACT.md, "The scenario file"), strictly: an unknown field, a fractional
 * count, a malformed id, a repeated id, a reference to nothing or an inconsistent combination
 * (channel CSP without partner, CANCEL without date, price without currency) is a {@link
 * ScenarioException} naming the JSON path, never a silent default.
 *
 * <p>Country codes are checked against the JDK's ISO list and the region table, region names
 * against the region table this reader was given.
 */
public final class ScenarioReader {

  private static final JsonMapper MAPPER =
      JsonMapper.builder()
          .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
          .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
          .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
          .build();

  private final RegionCatalog regions;

  private ScenarioReader(RegionCatalog regions) {
    this.regions = regions;
  }

  /**
   * Returns a reader that knows the 2021 CSP region names.
   *
   * @return the reader
   */
  public static ScenarioReader standard() {
    return new ScenarioReader(RegionCatalog.csp2021());
  }

  /** Returns the JSON mapper shared by reading and writing scenario files. */
  static JsonMapper mapper() {
    return MAPPER;
  }

  /**
   * Reads a scenario file.
   *
   * @param file the file, UTF-8 JSON
   * @return the scenario
   * @throws IOException if the file cannot be read
   * @throws ScenarioException if it is not a valid scenario
   */
  public Scenario read(Path file) throws IOException {
    String json;
    try {
      json = Files.readString(file);
    } catch (CharacterCodingException e) {
      throw new ScenarioException("(root)", "not UTF-8 text");
    }
    return parse(json);
  }

  /**
   * Parses a scenario from JSON text.
   *
   * @param json the scenario
   * @return the scenario
   * @throws ScenarioException if it is not a valid scenario
   */
  public Scenario parse(String json) {
    JsonNode root;
    try {
      root = MAPPER.readTree(json);
    } catch (JacksonException e) {
      TokenStreamLocation at = e.getLocation();
      String where =
          at == null ? "" : " at line " + at.getLineNr() + ", column " + at.getColumnNr();
      throw new ScenarioException(
          "(root)", "malformed JSON" + where + ": " + e.getOriginalMessage());
    }
    if (root == null || root.isMissingNode()) {
      throw new ScenarioException("(root)", "empty file");
    }
    return scenario(JsonObjectReader.root(root));
  }

  private Scenario scenario(JsonObjectReader json) {
    TransitionRequest.Builder request = TransitionRequest.builder().asOf(json.date("asOf"));
    request.partner(partner(json.object("partner")));
    request.customer(customer(json.object("customer")));
    OfferCatalog offers = offers(json);
    List<Subscription> sources = sources(json);
    request.sources(sources);
    request.targets(targets(json, sources));
    TransitionPolicy policy =
        json.optionalObject("policy").map(this::policy).orElse(TransitionPolicy.defaults());
    json.finish();
    return new Scenario(built(json.path(), request::build), offers, policy);
  }

  private Partner partner(JsonObjectReader json) {
    Partner.Builder partner =
        Partner.builder()
            .id(PartnerId.of(json.text("id")))
            .name(json.text("name"))
            .country(country(json, "country"));
    List<String> names = json.texts("regions");
    for (int i = 0; i < names.size(); i++) {
      String name = names.get(i);
      String path = json.pathOf("regions") + "[" + i + "]";
      partner.addRegion(
          regions
              .regionNamed(name)
              .orElseThrow(
                  () ->
                      new ScenarioException(
                          path,
                          "unknown region '" + name + "' in the " + regions.edition() + " table")));
    }
    json.finish();
    return built(json.path(), partner::build);
  }

  private Customer customer(JsonObjectReader json) {
    String tenant = json.text("tenantId");
    Customer.Builder customer = Customer.builder().name(json.text("name"));
    try {
      customer.tenantId(TenantId.parse(tenant));
    } catch (IllegalArgumentException e) {
      throw new ScenarioException(json.pathOf("tenantId"), "'" + tenant + "' is not a UUID");
    }
    customer.country(country(json, "country"));
    Set<PartnerId> partners = new HashSet<>();
    for (JsonObjectReader relationship : json.objects("relationships")) {
      PartnerId partnerId = PartnerId.of(relationship.text("partnerId"));
      if (!partners.add(partnerId)) {
        throw new ScenarioException(
            relationship.pathOf("partnerId"), "partner " + partnerId + " appears more than once");
      }
      customer.addRelationship(
          Relationship.of(partnerId, relationship.enumValue("status", RelationshipStatus.class)));
      relationship.finish();
    }
    json.finish();
    return built(json.path(), customer::build);
  }

  private static CountryCode country(JsonObjectReader json, String field) {
    String code = json.text(field);
    if (!CountryCode.isKnown(code)) {
      throw new ScenarioException(
          json.pathOf(field),
          "'" + code + "' is not an upper-case ISO 3166-1 alpha-2 country code");
    }
    return CountryCode.of(code);
  }

  private static OfferCatalog offers(JsonObjectReader root) {
    OfferCatalog.Builder catalog = OfferCatalog.builder();
    Set<OfferId> ids = new HashSet<>();
    for (JsonObjectReader json : root.objects("offers")) {
      OfferId id = OfferId.of(json.text("id"));
      if (!ids.add(id)) {
        throw new ScenarioException(json.pathOf("id"), "duplicate id " + id);
      }
      int min = json.count("minQuantity");
      int max = json.count("maxQuantity");
      if (min > max) {
        throw new ScenarioException(
            json.pathOf("minQuantity"), min + " exceeds maxQuantity " + max);
      }
      Offer.Builder offer =
          Offer.builder()
              .id(id)
              .name(json.text("name"))
              .addAllServicePlans(json.texts("servicePlans"))
              .availableForPurchase(json.bool("availableForPurchase"))
              .addOn(json.bool("addOn"))
              .minQuantity(min)
              .maxQuantity(max);
      json.texts("prerequisites")
          .forEach(prerequisite -> offer.addPrerequisite(OfferId.of(prerequisite)));
      json.texts("successors").forEach(successor -> offer.addSuccessor(OfferId.of(successor)));
      json.finish();
      catalog.addOffer(built(json.path(), offer::build));
    }
    return catalog.build();
  }

  private static List<Subscription> sources(JsonObjectReader root) {
    Set<SubscriptionId> ids = new HashSet<>();
    List<Subscription> sources = new ArrayList<>();
    for (JsonObjectReader json : root.objects("sources")) {
      SubscriptionId id = SubscriptionId.of(json.text("id"));
      if (!ids.add(id)) {
        throw new ScenarioException(json.pathOf("id"), "duplicate id " + id);
      }
      sources.add(source(json, id));
    }
    return sources;
  }

  private static Subscription source(JsonObjectReader json, SubscriptionId id) {
    int quantity = json.count("quantity");
    int assigned = json.count("assignedLicenses");
    if (assigned > quantity) {
      throw new ScenarioException(
          json.pathOf("assignedLicenses"), assigned + " exceeds quantity " + quantity);
    }
    Channel channel = json.enumValue("channel", Channel.class);
    Disposition disposition = json.enumValue("disposition", Disposition.class);
    Subscription.Builder source =
        Subscription.builder()
            .id(id)
            .offerId(OfferId.of(json.text("offerId")))
            .channel(channel)
            .quantity(quantity)
            .assignedLicenses(assigned)
            .status(json.enumValue("status", SubscriptionStatus.class))
            .lastDayOfTerm(json.date("termEnd"))
            .disposition(disposition);
    pairedWith(json, "partnerId", channel == Channel.CSP, "channel CSP");
    json.optionalText("partnerId").ifPresent(partner -> source.partnerId(PartnerId.of(partner)));
    pairedWith(json, "cancelOn", disposition == Disposition.CANCEL, "disposition CANCEL");
    json.optionalDate("cancelOn").ifPresent(source::cancelOn);
    json.optionalDate("refundableUntil").ifPresent(source::refundableUntil);
    unitPrice(json).ifPresent(source::unitPrice);
    json.finish();
    return built(json.path(), source::build);
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

  private static Optional<Money> unitPrice(JsonObjectReader json) {
    pairedWith(json, "currency", json.has("unitPrice"), "unitPrice");
    Optional<BigDecimal> amount = json.optionalDecimal("unitPrice");
    if (amount.isEmpty()) {
      return Optional.empty();
    }
    if (amount.get().signum() < 0) {
      throw new ScenarioException(json.pathOf("unitPrice"), amount.get() + " is negative");
    }
    String code = json.text("currency");
    try {
      return Optional.of(Money.of(amount.get(), Currency.getInstance(code)));
    } catch (IllegalArgumentException e) {
      throw new ScenarioException(
          json.pathOf("currency"), "'" + code + "' is not an ISO 4217 currency code");
    }
  }

  private static List<PlannedSubscription> targets(
      JsonObjectReader root, List<Subscription> sources) {
    Set<SubscriptionId> sourceIds = new HashSet<>();
    sources.forEach(source -> sourceIds.add(source.id()));
    Set<SubscriptionId> ids = new HashSet<>();
    List<PlannedSubscription> targets = new ArrayList<>();
    List<JsonObjectReader> elements = root.objects("targets");
    for (int position = 1; position <= elements.size(); position++) {
      JsonObjectReader json = elements.get(position - 1);
      SubscriptionId id =
          json.optionalText("id")
              .map(SubscriptionId::of)
              .orElse(PlannedSubscription.positionalId(position));
      if (!ids.add(id)) {
        throw new ScenarioException(json.pathOf("id"), "duplicate id " + id);
      }
      PlannedSubscription.Builder target =
          PlannedSubscription.builder()
              .id(id)
              .offerId(OfferId.of(json.text("offerId")))
              .quantity(json.count("quantity"))
              .start(json.date("start"));
      List<String> replaces = json.texts("replaces");
      Set<String> seen = new HashSet<>();
      for (int i = 0; i < replaces.size(); i++) {
        String replaced = replaces.get(i);
        String path = json.pathOf("replaces") + "[" + i + "]";
        if (!seen.add(replaced)) {
          throw new ScenarioException(path, replaced + " appears twice");
        }
        if (!sourceIds.contains(SubscriptionId.of(replaced))) {
          throw new ScenarioException(path, replaced + " is not the id of a source");
        }
        target.addReplacedSourceId(SubscriptionId.of(replaced));
      }
      json.finish();
      targets.add(built(json.path(), target::build));
    }
    return targets;
  }

  private TransitionPolicy policy(JsonObjectReader json) {
    TransitionPolicy.Builder policy = TransitionPolicy.builder();
    json.optionalCount("expiredGraceDays").ifPresent(policy::expiredGraceDays);
    json.optionalCount("disabledDays").ifPresent(policy::disabledDays);
    json.optionalCount("overlapToleranceDays").ifPresent(policy::overlapToleranceDays);
    json.optionalCount("plannerLeadDays").ifPresent(policy::plannerLeadDays);
    if (json.has("plannerSeats")) {
      policy.plannerSeats(json.enumValue("plannerSeats", SeatBasis.class));
    }
    json.finish();
    return built(json.path(), policy::build);
  }

  /**
   * Builds a value, turning a structural refusal of the core (a backstop behind the checks above)
   * into a finding-free error that names the object's path.
   */
  private static <T> T built(String path, Supplier<T> build) {
    try {
      return build.get();
    } catch (IllegalArgumentException | IllegalStateException e) {
      throw new ScenarioException(path, String.valueOf(e.getMessage()));
    }
  }
}
