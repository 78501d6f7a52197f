package org.csptransfer.json;

import static org.csptransfer.json.ScenarioValues.built;
import static org.csptransfer.json.ScenarioValues.date;
import static org.csptransfer.json.ScenarioValues.optionalDate;
import static org.csptransfer.json.ScenarioValues.printable;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Currency;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.csptransfer.core.Channel;
import org.csptransfer.core.Commerce;
import org.csptransfer.core.Disposition;
import org.csptransfer.core.Limits;
import org.csptransfer.core.Money;
import org.csptransfer.core.OfferId;
import org.csptransfer.core.PartnerId;
import org.csptransfer.core.Subscription;
import org.csptransfer.core.SubscriptionId;
import org.csptransfer.core.SubscriptionStatus;
import org.csptransfer.core.TransferId;
import org.csptransfer.json.internal.JsonObjectReader;
import org.csptransfer.json.internal.Printable;

/** Reads a scenario's sources: the customer's current subscriptions. */
final class SourcesSection {

  private SourcesSection() {}

  static List<Subscription> sources(JsonObjectReader root) {
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
}
