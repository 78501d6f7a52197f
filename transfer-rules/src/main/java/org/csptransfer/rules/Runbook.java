package org.csptransfer.rules;

import com.google.common.collect.ImmutableMap;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.csptransfer.core.Channel;
import org.csptransfer.core.Customer;
import org.csptransfer.core.Offer;
import org.csptransfer.core.OfferId;
import org.csptransfer.core.Partner;
import org.csptransfer.core.PartnerId;
import org.csptransfer.core.PlannedSubscription;
import org.csptransfer.core.Relationship;
import org.csptransfer.core.RelationshipStatus;
import org.csptransfer.core.Subscription;
import org.csptransfer.core.SubscriptionId;
import org.csptransfer.core.Transfer;
import org.csptransfer.core.TransitionRequest;
import org.jspecify.annotations.Nullable;

/**
 * Derives the runbook of a request (CONTRACT.md, "Version 3", "The runbook" and clarifications 4 to
 * 7): the steps are made kind by kind, each kind in the request's list order, then sorted by date
 * alone (undated first), so that on one date the kinds keep their order and, within a kind, the
 * request's order. The steps depend on the request and the policy only, never on which rules ran.
 */
final class Runbook {

  /** Undated steps first, then by date; the sort is stable. */
  private static final Comparator<RunbookStep> BY_DATE =
      Comparator.comparing(
          step -> step.date().orElse(null), Comparator.nullsFirst(Comparator.naturalOrder()));

  private final RuleContext context;
  private final TransitionRequest request;
  private final List<RunbookStep> steps = new ArrayList<>();

  private Runbook(RuleContext context) {
    this.context = context;
    this.request = context.request();
  }

  static List<RunbookStep> of(RuleContext context) {
    return new Runbook(context).steps();
  }

  private List<RunbookStep> steps() {
    relationship();
    transfers();
    buy();
    reassign();
    assign();
    turnOffRenewal();
    cancel();
    if (steps.size() > 1) {
      steps.sort(BY_DATE);
    }
    return List.copyOf(steps);
  }

  private void add(
      RunbookStep.Kind kind,
      Actor actor,
      @Nullable PartnerId actorPartnerId,
      @Nullable LocalDate date,
      List<String> subjects,
      ImmutableMap<String, Object> arguments) {
    steps.add(RunbookStep.of(kind, actor, actorPartnerId, date, subjects, arguments));
  }

  private void relationship() {
    Partner partner = request.partner();
    Customer customer = request.customer();
    Optional<Relationship> relationship = customer.relationshipWith(partner.id());
    if (relationship.isPresent() && relationship.get().status() == RelationshipStatus.ACCEPTED) {
      return;
    }
    ImmutableMap<String, Object> arguments =
        ImmutableMap.of(
            "partnerId", partner.id().value(),
            "partner", partner.name(),
            "tenantId", customer.tenantId().toString(),
            "customer", customer.name());
    List<String> subjects = List.of(partner.id().value());
    if (relationship.isEmpty()) {
      add(
          RunbookStep.Kind.REQUEST_RELATIONSHIP,
          Actor.NEW_PARTNER,
          null,
          null,
          subjects,
          arguments);
    }
    add(RunbookStep.Kind.ACCEPT_RELATIONSHIP, Actor.CUSTOMER, null, null, subjects, arguments);
  }

  private void transfers() {
    for (Transfer transfer : request.transfers()) {
      add(
          RunbookStep.Kind.CREATE_TRANSFER,
          Actor.NEW_PARTNER,
          null,
          transfer.date(),
          List.of(transfer.id().value()),
          ImmutableMap.of("transfer", transfer.id().value(), "date", transfer.date()));
    }
    for (Transfer transfer : request.transfers()) {
      PartnerId current = null;
      List<String> subjects = new ArrayList<>(transfer.sourceIds().size() + 1);
      List<String> sources = new ArrayList<>(transfer.sourceIds().size());
      subjects.add(transfer.id().value());
      for (SubscriptionId id : transfer.sourceIds()) {
        subjects.add(id.value());
        sources.add(id.value());
        Subscription source = request.sources().get(context.positionOf(id));
        if (current == null && source.channel() == Channel.CSP) {
          current = source.partnerId().orElse(null);
        }
      }
      ImmutableMap.Builder<String, Object> arguments =
          ImmutableMap.<String, Object>builder()
              .put("transfer", transfer.id().value())
              .put("date", transfer.date())
              .put("sources", List.copyOf(sources));
      if (current != null) {
        arguments.put("partnerId", current.value());
      }
      add(
          RunbookStep.Kind.SUBMIT_TRANSFER,
          current == null ? Actor.CUSTOMER : Actor.CURRENT_PARTNER,
          current,
          transfer.date(),
          subjects,
          arguments.buildOrThrow());
    }
  }

  private void buy() {
    for (PlannedSubscription target : request.targets()) {
      add(
          RunbookStep.Kind.BUY,
          Actor.NEW_PARTNER,
          null,
          target.start(),
          List.of(target.id().value(), target.offerId().value()),
          ImmutableMap.of(
              "target", target.id().value(),
              "offerId", target.offerId().value(),
              "offer", offerName(target.offerId()),
              "quantity", target.quantity(),
              "start", target.start()));
    }
  }

  private void reassign() {
    List<Subscription> sources = request.sources();
    List<PlannedSubscription> targets = request.targets();
    for (int i = 0; i < sources.size(); i++) {
      int[] replacing = context.replacing(i);
      if (replacing == null || context.transferAt(i) != null) {
        continue;
      }
      Subscription source = sources.get(i);
      List<String> subjects = new ArrayList<>(replacing.length + 1);
      subjects.add(source.id().value());
      List<String> toOffers = new ArrayList<>(replacing.length);
      LocalDate earliest = null;
      for (int t : replacing) {
        PlannedSubscription target = targets.get(t);
        if (target.offerId().equals(source.offerId())) {
          continue;
        }
        subjects.add(target.id().value());
        String toOffer = offerName(target.offerId());
        if (!toOffers.contains(toOffer)) {
          toOffers.add(toOffer);
        }
        if (earliest == null || target.start().isBefore(earliest)) {
          earliest = target.start();
        }
      }
      if (earliest == null) {
        continue;
      }
      LocalDate lastDayOfService = source.firstDayWithoutService().minusDays(1);
      LocalDate date = earliest.isAfter(lastDayOfService) ? earliest : lastDayOfService;
      add(
          RunbookStep.Kind.REASSIGN_LICENSES,
          Actor.CUSTOMER,
          null,
          date,
          subjects,
          ImmutableMap.of(
              "source", source.id().value(),
              "targets", List.copyOf(subjects.subList(1, subjects.size())),
              "fromOffer", offerName(source.offerId()),
              "toOffers", List.copyOf(toOffers),
              "users", source.assignedLicenses(),
              "date", date));
    }
  }

  private void assign() {
    for (PlannedSubscription target : request.targets()) {
      if (target.stacksOn().isEmpty()) {
        continue;
      }
      String base = target.stacksOn().get().value();
      add(
          RunbookStep.Kind.ASSIGN_LICENSES,
          Actor.CUSTOMER,
          null,
          target.start(),
          List.of(target.id().value(), base),
          ImmutableMap.of(
              "target", target.id().value(),
              "offerId", target.offerId().value(),
              "offer", offerName(target.offerId()),
              "stacksOn", base,
              "start", target.start()));
    }
  }

  private void turnOffRenewal() {
    List<Subscription> sources = request.sources();
    for (int i = 0; i < sources.size(); i++) {
      Subscription source = sources.get(i);
      if (context.replacing(i) == null
          || context.transferAt(i) != null
          || !TimingRule.renewsBesideItsReplacement(source, context.policy())) {
        continue;
      }
      PartnerId holder = holder(source);
      add(
          RunbookStep.Kind.TURN_OFF_AUTO_RENEW,
          holder == null ? Actor.CUSTOMER : Actor.CURRENT_PARTNER,
          holder,
          source.lastDayOfTerm(),
          List.of(source.id().value()),
          ImmutableMap.of(
              "source", source.id().value(),
              "lastDay", source.lastDayOfTerm(),
              "renewsOn", source.lastDayOfTerm().plusDays(1)));
    }
  }

  private void cancel() {
    for (Subscription source : request.sources()) {
      if (!source.isCancelled() || source.cancelOn().isEmpty()) {
        continue;
      }
      PartnerId holder = holder(source);
      LocalDate cancelOn = source.cancelOn().get();
      add(
          RunbookStep.Kind.CANCEL,
          holder == null ? Actor.CUSTOMER : Actor.CURRENT_PARTNER,
          holder,
          cancelOn,
          List.of(source.id().value()),
          ImmutableMap.of("source", source.id().value(), "cancelOn", cancelOn));
    }
  }

  /**
   * An offer as people know it: its product name beside its id when the catalog names it otherwise
   * ({@code Office 365 E3 (no Teams) (Office_365_E3_(no_Teams))}), else its id.
   */
  private String offerName(OfferId id) {
    Optional<Offer> offer = context.offers().find(id);
    if (offer.isEmpty() || offer.get().name().equals(id.value())) {
      return id.value();
    }
    return offer.get().name() + " (" + id.value() + ")";
  }

  /** CONTRACT.md, "Actors": the partner that holds a CSP source, null when the customer does. */
  private static @Nullable PartnerId holder(Subscription source) {
    return source.channel() == Channel.CSP ? source.partnerId().orElse(null) : null;
  }
}
