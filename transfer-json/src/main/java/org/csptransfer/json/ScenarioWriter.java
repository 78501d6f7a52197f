package org.csptransfer.json;

import static java.util.Objects.requireNonNull;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.util.Collection;
import java.util.OptionalInt;
import java.util.function.Function;
import org.csptransfer.core.Customer;
import org.csptransfer.core.Offer;
import org.csptransfer.core.OfferId;
import org.csptransfer.core.Partner;
import org.csptransfer.core.PlannedSubscription;
import org.csptransfer.core.Region;
import org.csptransfer.core.Relationship;
import org.csptransfer.core.Scenario;
import org.csptransfer.core.Subscription;
import org.csptransfer.core.SubscriptionId;
import org.csptransfer.core.Transfer;
import org.csptransfer.core.TransitionPolicy;
import org.csptransfer.core.TransitionRequest;
import org.csptransfer.json.internal.JsonOutput;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonGenerator;

/**
 * Writes scenarios in the format {@link ScenarioReader} reads (CONTRACT.md, "The scenario file"): a
 * scenario written and read back is an equal scenario. Offers are written with their service plans
 * (never as a {@code "sku"}), targets and transfers with their ids, the policy with every key,
 * optional fields only when present.
 *
 * <p>Immutable and thread-safe.
 */
public final class ScenarioWriter {

  private static final ScenarioWriter PRETTY = new ScenarioWriter(true);
  private static final ScenarioWriter COMPACT = new ScenarioWriter(false);

  private final boolean pretty;

  private ScenarioWriter(boolean pretty) {
    this.pretty = pretty;
  }

  /**
   * Returns the writer of indented scenarios, for people and files.
   *
   * @return the shared writer
   */
  public static ScenarioWriter standard() {
    return PRETTY;
  }

  /**
   * Returns the writer of one-line scenarios, for JSON Lines books.
   *
   * @return the shared writer
   */
  public static ScenarioWriter oneLine() {
    return COMPACT;
  }

  /**
   * Returns a scenario as JSON text.
   *
   * @param scenario the scenario; not null
   * @return the JSON
   */
  public String write(Scenario scenario) {
    StringWriter text = new StringWriter();
    try {
      write(scenario, text);
    } catch (IOException e) {
      throw new UncheckedIOException(e); // a string writer does not fail
    }
    return text.toString();
  }

  /**
   * Writes a scenario.
   *
   * @param scenario the scenario; not null
   * @param out where the JSON goes; not null; neither closed nor flushed
   * @throws IOException if the writer fails
   */
  public void write(Scenario scenario, Writer out) throws IOException {
    requireNonNull(scenario, "scenario");
    requireNonNull(out, "out");
    try (JsonGenerator json = JsonOutput.generator(out, pretty)) {
      scenario(json, scenario);
    } catch (JacksonException e) {
      if (e.getCause() instanceof IOException io) {
        throw io;
      }
      throw e;
    }
  }

  private static void scenario(JsonGenerator json, Scenario scenario) {
    TransitionRequest request = scenario.request();
    json.writeStartObject();
    json.writeStringProperty("asOf", request.asOf().toString());
    partner(json, request.partner());
    customer(json, request.customer());
    json.writeName("offers");
    json.writeStartArray();
    for (Offer offer : scenario.offers().offers()) {
      offer(json, offer);
    }
    json.writeEndArray();
    json.writeName("sources");
    json.writeStartArray();
    for (Subscription source : request.sources()) {
      source(json, source);
    }
    json.writeEndArray();
    json.writeName("targets");
    json.writeStartArray();
    for (PlannedSubscription target : request.targets()) {
      target(json, target);
    }
    json.writeEndArray();
    if (!request.transfers().isEmpty()) {
      json.writeName("transfers");
      json.writeStartArray();
      for (Transfer transfer : request.transfers()) {
        transfer(json, transfer);
      }
      json.writeEndArray();
    }
    policy(json, scenario.policy());
    json.writeEndObject();
  }

  private static void partner(JsonGenerator json, Partner partner) {
    json.writeName("partner");
    json.writeStartObject();
    json.writeStringProperty("id", partner.id().value());
    if (partner.tenantId().isPresent()) {
      json.writeStringProperty("tenantId", partner.tenantId().get().toString());
    }
    json.writeStringProperty("name", partner.name());
    json.writeStringProperty("country", partner.country().code());
    if (!partner.regions().isEmpty()) {
      json.writeName("regions");
      json.writeStartArray();
      for (Region region : partner.regions()) {
        json.writeString(region.name());
      }
      json.writeEndArray();
    }
    json.writeEndObject();
  }

  private static void customer(JsonGenerator json, Customer customer) {
    json.writeName("customer");
    json.writeStartObject();
    json.writeStringProperty("tenantId", customer.tenantId().toString());
    json.writeStringProperty("name", customer.name());
    json.writeStringProperty("country", customer.country().code());
    json.writeName("relationships");
    json.writeStartArray();
    for (Relationship relationship : customer.relationships()) {
      json.writeStartObject();
      json.writeStringProperty("partnerId", relationship.partnerId().value());
      json.writeStringProperty("status", relationship.status().name());
      json.writeEndObject();
    }
    json.writeEndArray();
    json.writeEndObject();
  }

  private static void offer(JsonGenerator json, Offer offer) {
    json.writeStartObject();
    json.writeStringProperty("id", offer.id().value());
    json.writeStringProperty("name", offer.name());
    json.writeName("servicePlans");
    json.writeStartArray();
    for (String plan : offer.servicePlans()) {
      json.writeString(plan);
    }
    json.writeEndArray();
    json.writeBooleanProperty("availableForPurchase", offer.availableForPurchase());
    json.writeBooleanProperty("addOn", offer.addOn());
    ids(json, "prerequisites", offer.prerequisites(), OfferId::value);
    json.writeNumberProperty("minQuantity", offer.minQuantity());
    json.writeNumberProperty("maxQuantity", offer.maxQuantity());
    ids(json, "successors", offer.successors(), OfferId::value);
    json.writeEndObject();
  }

  private static void source(JsonGenerator json, Subscription source) {
    json.writeStartObject();
    json.writeStringProperty("id", source.id().value());
    json.writeStringProperty("offerId", source.offerId().value());
    json.writeStringProperty("channel", source.channel().name());
    if (source.partnerId().isPresent()) {
      json.writeStringProperty("partnerId", source.partnerId().get().value());
    }
    json.writeNumberProperty("quantity", source.quantity());
    json.writeNumberProperty("assignedLicenses", source.assignedLicenses());
    json.writeStringProperty("status", source.status().name());
    json.writeStringProperty("termEnd", source.lastDayOfTerm().toString());
    json.writeStringProperty("disposition", source.disposition().name());
    if (source.cancelOn().isPresent()) {
      json.writeStringProperty("cancelOn", source.cancelOn().get().toString());
    }
    if (source.lastRefundableDay().isPresent()) {
      json.writeStringProperty("refundableUntil", source.lastRefundableDay().get().toString());
    }
    if (source.monthlyPricePerSeat().isPresent()) {
      json.writeNumberProperty("unitPrice", source.monthlyPricePerSeat().get().amount());
      json.writeStringProperty(
          "currency", source.monthlyPricePerSeat().get().currency().getCurrencyCode());
    }
    json.writeStringProperty("commerce", source.commerce().name());
    if (source.trial()) {
      json.writeBooleanProperty("trial", true);
    }
    if (source.autoRenew().isPresent()) {
      json.writeBooleanProperty("autoRenew", source.autoRenew().get());
    }
    if (source.pendingTransfer().isPresent()) {
      json.writeStringProperty("pendingTransfer", source.pendingTransfer().get().value());
    }
    if (source.parentId().isPresent()) {
      json.writeStringProperty("parentId", source.parentId().get().value());
    }
    json.writeEndObject();
  }

  /** Writes a target in the scenario file's format. */
  static void target(JsonGenerator json, PlannedSubscription target) {
    json.writeStartObject();
    json.writeStringProperty("id", target.id().value());
    json.writeStringProperty("offerId", target.offerId().value());
    json.writeNumberProperty("quantity", target.quantity());
    json.writeStringProperty("start", target.start().toString());
    if (target.stacksOn().isPresent()) {
      json.writeStringProperty("stacksOn", target.stacksOn().get().value());
    } else {
      ids(json, "replaces", target.replacedSourceIds(), SubscriptionId::value);
    }
    json.writeEndObject();
  }

  /** Writes a transfer in the scenario file's format. */
  static void transfer(JsonGenerator json, Transfer transfer) {
    json.writeStartObject();
    json.writeStringProperty("id", transfer.id().value());
    json.writeStringProperty("date", transfer.date().toString());
    ids(json, "sources", transfer.sourceIds(), SubscriptionId::value);
    json.writeEndObject();
  }

  private static void policy(JsonGenerator json, TransitionPolicy policy) {
    json.writeName("policy");
    json.writeStartObject();
    // The lifecycle keys are overrides: written only when the policy holds them (CONTRACT.md,
    // "Version 3", clarification 1).
    override(json, "expiredGraceDays", policy.expiredGraceDays());
    override(json, "disabledDays", policy.disabledDays());
    override(json, "cancelledRetentionDays", policy.cancelledRetentionDays());
    json.writeNumberProperty("overlapToleranceDays", policy.overlapToleranceDays());
    json.writeNumberProperty("maxItemsPerTransfer", policy.maxItemsPerTransfer());
    json.writeStringProperty("unknownAutoRenew", policy.unknownAutoRenew().name());
    json.writeNumberProperty("plannerLeadDays", policy.plannerLeadDays());
    json.writeStringProperty("plannerSeats", policy.plannerSeats().name());
    json.writeStringProperty("plannerTransfers", policy.plannerTransfers().name());
    json.writeEndObject();
  }

  private static void override(JsonGenerator json, String field, OptionalInt days) {
    if (days.isPresent()) {
      json.writeNumberProperty(field, days.getAsInt());
    }
  }

  private static <T> void ids(
      JsonGenerator json, String field, Collection<T> ids, Function<T, String> value) {
    json.writeName(field);
    json.writeStartArray();
    for (T id : ids) {
      json.writeString(value.apply(id));
    }
    json.writeEndArray();
  }
}
