package org.csptransfer.examples.check;

import org.csptransfer.core.Customer;
import org.csptransfer.core.Offer;
import org.csptransfer.core.OfferId;
import org.csptransfer.core.Partner;
import org.csptransfer.core.PlannedSubscription;
import org.csptransfer.core.Region;
import org.csptransfer.core.Relationship;
import org.csptransfer.core.Subscription;
import org.csptransfer.core.SubscriptionId;
import org.csptransfer.core.TransitionPolicy;
import org.csptransfer.core.TransitionRequest;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * Writes scenarios in the format {@link ScenarioReader} reads, so that a scenario written and read
 * back is the same scenario, and a planned target can be pasted into a scenario file.
 */
public final class ScenarioWriter {

  private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

  private ScenarioWriter() {}

  /**
   * Writes a scenario as pretty-printed JSON.
   *
   * @param scenario the scenario
   * @return the JSON text
   */
  public static String write(Scenario scenario) {
    return ScenarioReader.mapper()
        .writerWithDefaultPrettyPrinter()
        .writeValueAsString(toJson(scenario));
  }

  /**
   * Returns a scenario as a JSON object.
   *
   * @param scenario the scenario
   * @return the JSON object
   */
  public static ObjectNode toJson(Scenario scenario) {
    TransitionRequest request = scenario.request();
    ObjectNode json = NODES.objectNode();
    json.put("asOf", request.asOf().toString());
    json.set("partner", partner(request.partner()));
    json.set("customer", customer(request.customer()));
    ArrayNode offers = json.putArray("offers");
    scenario.offers().offers().forEach(offer -> offers.add(offer(offer)));
    ArrayNode sources = json.putArray("sources");
    request.sources().forEach(source -> sources.add(source(source)));
    ArrayNode targets = json.putArray("targets");
    request.targets().forEach(target -> targets.add(target(target)));
    json.set("policy", policy(scenario.policy()));
    return json;
  }

  private static ObjectNode partner(Partner partner) {
    ObjectNode json = NODES.objectNode();
    json.put("id", partner.id().value());
    json.put("name", partner.name());
    json.put("country", partner.country().code());
    if (!partner.regions().isEmpty()) {
      ArrayNode regions = json.putArray("regions");
      partner.regions().stream().map(Region::name).forEach(regions::add);
    }
    return json;
  }

  private static ObjectNode customer(Customer customer) {
    ObjectNode json = NODES.objectNode();
    json.put("tenantId", customer.tenantId().toString());
    json.put("name", customer.name());
    json.put("country", customer.country().code());
    ArrayNode relationships = json.putArray("relationships");
    for (Relationship relationship : customer.relationships()) {
      relationships
          .addObject()
          .put("partnerId", relationship.partnerId().value())
          .put("status", relationship.status().name());
    }
    return json;
  }

  private static ObjectNode offer(Offer offer) {
    ObjectNode json = NODES.objectNode();
    json.put("id", offer.id().value());
    json.put("name", offer.name());
    ArrayNode plans = json.putArray("servicePlans");
    offer.servicePlans().forEach(plans::add);
    json.put("availableForPurchase", offer.availableForPurchase());
    json.put("addOn", offer.addOn());
    ArrayNode prerequisites = json.putArray("prerequisites");
    offer.prerequisites().stream().map(OfferId::value).forEach(prerequisites::add);
    json.put("minQuantity", offer.minQuantity());
    json.put("maxQuantity", offer.maxQuantity());
    ArrayNode successors = json.putArray("successors");
    offer.successors().stream().map(OfferId::value).forEach(successors::add);
    return json;
  }

  private static ObjectNode source(Subscription source) {
    ObjectNode json = NODES.objectNode();
    json.put("id", source.id().value());
    json.put("offerId", source.offerId().value());
    json.put("channel", source.channel().name());
    source.partnerId().ifPresent(partner -> json.put("partnerId", partner.value()));
    json.put("quantity", source.quantity());
    json.put("assignedLicenses", source.assignedLicenses());
    json.put("status", source.status().name());
    json.put("termEnd", source.lastDayOfTerm().toString());
    json.put("disposition", source.disposition().name());
    source.cancelOn().ifPresent(date -> json.put("cancelOn", date.toString()));
    source.refundableUntil().ifPresent(date -> json.put("refundableUntil", date.toString()));
    source
        .unitPrice()
        .ifPresent(
            price -> {
              json.put("unitPrice", price.amount());
              json.put("currency", price.currency().getCurrencyCode());
            });
    return json;
  }

  /**
   * Returns a target in the scenario file's target format.
   *
   * @param target the planned subscription
   * @return the JSON object: id, offerId, quantity, start, replaces
   */
  public static ObjectNode target(PlannedSubscription target) {
    ObjectNode json = NODES.objectNode();
    json.put("id", target.id().value());
    json.put("offerId", target.offerId().value());
    json.put("quantity", target.quantity());
    json.put("start", target.start().toString());
    ArrayNode replaces = json.putArray("replaces");
    target.replacedSourceIds().stream().map(SubscriptionId::value).forEach(replaces::add);
    return json;
  }

  private static ObjectNode policy(TransitionPolicy policy) {
    ObjectNode json = NODES.objectNode();
    json.put("expiredGraceDays", policy.expiredGraceDays());
    json.put("disabledDays", policy.disabledDays());
    json.put("overlapToleranceDays", policy.overlapToleranceDays());
    json.put("plannerLeadDays", policy.plannerLeadDays());
    json.put("plannerSeats", policy.plannerSeats().name());
    return json;
  }
}
