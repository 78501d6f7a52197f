package org.csptransfer.check.report;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.csptransfer.core.Offer;
import org.csptransfer.core.OfferCatalog;
import org.csptransfer.core.OfferId;
import org.csptransfer.core.PlannedSubscription;
import org.csptransfer.core.SubscriptionId;
import org.csptransfer.core.Transfer;
import org.csptransfer.core.TransitionRequest;
import org.csptransfer.json.internal.Printable;
import org.csptransfer.json.tenant.ImportNote;
import org.csptransfer.rules.Messages;
import org.csptransfer.rules.RunbookStep;
import org.csptransfer.rules.Severity;
import org.csptransfer.rules.SourceTimeline;
import org.csptransfer.rules.TargetTiming;
import org.csptransfer.rules.TransferTiming;
import org.csptransfer.rules.Verdict;

/**
 * The texts of the command's reports in one language: labels and sentences from the command's own
 * bundle (keys {@code report.*}, {@code verdict.*}, {@code severity.*} and {@code book.*}, in this
 * package's {@code messages.properties} family) over the import's and the rules' messages, values
 * formatted for the language, and every value from a scenario made safe to print.
 */
public final class Labels {

  private static final Messages MESSAGES =
      ImportNote.messages().withBundle("messages", Labels.class::getResourceAsStream);

  private final Messages messages;
  private final Locale locale;
  private final OfferCatalog offers;

  Labels(Messages messages, Locale locale, OfferCatalog offers) {
    this.messages = messages;
    this.locale = locale;
    this.offers = offers;
  }

  /**
   * Returns these labels naming offers by the product names of a catalog.
   *
   * @param offers the scenario's offers
   * @return the labels
   */
  public Labels withOffers(OfferCatalog offers) {
    return new Labels(messages, locale, offers);
  }

  /** Names an offer by its product name, or its id where the catalog has none. */
  String product(OfferId id) {
    return offers.find(id).map(Offer::name).orElse(id.value());
  }

  /** Names an offer by its id and, where the catalog names it otherwise, its product name. */
  String offer(OfferId id) {
    Optional<Offer> offer = offers.find(id);
    return offer.isEmpty() || offer.get().name().equals(id.value())
        ? id.value()
        : offer.get().name() + " (" + id.value() + ")";
  }

  /**
   * Returns the labels of a language.
   *
   * @param locale the language
   * @return its labels
   */
  public static Labels of(Locale locale) {
    return new Labels(MESSAGES, locale, OfferCatalog.builder().build());
  }

  Messages messages() {
    return messages;
  }

  Locale locale() {
    return locale;
  }

  /** A label with no values. */
  String label(String key) {
    return messages.text(key, Map.of(), locale);
  }

  /**
   * Renders a sentence from values.
   *
   * @param key the sentence's key in the messages
   * @param arguments its values by name
   * @return the sentence
   */
  public String text(String key, Map<String, ?> arguments) {
    return messages.text(key, arguments, locale);
  }

  /** The sentence that opens a scenario's report: customer, tenant, partner and date. */
  String header(TransitionRequest request) {
    Map<String, Object> arguments = new HashMap<>();
    arguments.put("customer", request.customer().name());
    arguments.put("country", request.customer().country().code());
    arguments.put("tenantId", request.customer().tenantId().toString());
    arguments.put("partner", request.partner().name());
    arguments.put("partnerId", request.partner().id().value());
    arguments.put("asOf", request.asOf());
    return text("report.header", arguments);
  }

  /** What a proposed target is: its offer, seats, start, and what it replaces or stacks on. */
  String plannedTarget(PlannedSubscription target) {
    Map<String, Object> arguments = new HashMap<>();
    arguments.put("offerId", offer(target.offerId()));
    arguments.put("quantity", target.quantity());
    arguments.put("start", target.start());
    if (target.stacksOn().isPresent()) {
      arguments.put("stacksOn", target.stacksOn().get().value());
      return text("report.stackedTarget", arguments);
    }
    arguments.put("replaces", ids(target.replacedSourceIds()));
    return text("report.target", arguments);
  }

  /** What a proposed transfer is: its date and its sources. */
  String plannedTransfer(Transfer transfer) {
    return text(
        "report.transfer", Map.of("date", transfer.date(), "sources", ids(transfer.sourceIds())));
  }

  private static List<String> ids(List<SubscriptionId> ids) {
    List<String> values = new ArrayList<>(ids.size());
    ids.forEach(id -> values.add(id.value()));
    return values;
  }

  /** A verdict as the language says it; the code itself where the language has no word. */
  String verdict(Verdict verdict) {
    return word("verdict." + verdict.name(), verdict.name());
  }

  /** A severity as the language says it; the code itself where the language has no word. */
  String severity(Severity severity) {
    return word("severity." + severity.name(), severity.name());
  }

  private String word(String key, String otherwise) {
    return messages.template(key, locale).orElse(otherwise);
  }

  /** A runbook step's date in the language's long form, or the word for "before every date". */
  String stepDate(RunbookStep step) {
    return step.date().isPresent() ? format(step.date().get()) : label("report.firstStep");
  }

  /** Who takes a runbook step, with the current partner's id. */
  String actor(RunbookStep step) {
    String actor = label("actor." + step.actor());
    return step.actorPartnerId().isPresent()
        ? actor + " " + step.actorPartnerId().get().value()
        : actor;
  }

  /**
   * Formats a value for the language: a date, a number, money, a list.
   *
   * @param value the value
   * @return the text
   */
  public String format(Object value) {
    return messages.format(value, locale);
  }

  /**
   * Makes text from a scenario, or rendered from one, safe for a terminal: controls, bidirectional
   * overrides and line breaks shown escaped.
   *
   * @param text the text
   * @return the text, safe to print
   */
  public static String safe(String text) {
    return Printable.escape(text);
  }

  /** How a source ends: its last day or cancel date, then when access and data go. */
  String ending(SourceTimeline timeline) {
    String why =
        switch (timeline.endReason()) {
          case TERM_END ->
              text("report.expires", Map.of("lastDayOfService", timeline.lastDayOfService()));
          case CANCELLATION ->
              text(
                  "report.cancelled",
                  Map.of("firstDayWithoutService", timeline.firstDayWithoutService()));
        };
    String ending =
        text(
            "report.ending",
            Map.of(
                "why", why,
                "firstDayDisabled", timeline.firstDayDisabled(),
                "firstDayDeleted", timeline.firstDayDeleted()));
    if (timeline.forfeitedDays() > 0) {
      Map<String, Object> forfeited = new HashMap<>();
      forfeited.put("days", timeline.forfeitedDays());
      timeline.forfeitedValue().ifPresent(value -> forfeited.put("value", value));
      ending += "; " + text("report.forfeited", forfeited);
    }
    return ending;
  }

  /** What a transfer does to a source: same subscription, billed by the new partner. */
  String transferred(TransferTiming transfer) {
    Map<String, Object> arguments = new HashMap<>();
    arguments.put("transfer", transfer.transfer().value());
    arguments.put("date", transfer.date());
    arguments.put("days", transfer.billedDays());
    transfer.billedValue().ifPresent(value -> arguments.put("value", value));
    return text("report.transferred", arguments);
  }

  /** When a target starts against its source's end: gap, overlap, adjacent or stacked. */
  String timing(TargetTiming timing) {
    Map<String, Object> arguments = new HashMap<>();
    arguments.put("target", timing.target().value());
    arguments.put("start", timing.start());
    if (timing.stacksOn().isPresent()) {
      arguments.put("stacksOn", timing.stacksOn().get().value());
      return text("report.stacked", arguments);
    }
    if (timing.gapDays() > 0) {
      arguments.put("days", timing.gapDays());
      return text("report.gap", arguments);
    }
    if (timing.overlapDays() > 0) {
      arguments.put("days", timing.overlapDays());
      return text("report.overlap", arguments);
    }
    return text("report.adjacent", arguments);
  }
}
