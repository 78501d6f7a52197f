package org.csptransfer.rules.planning;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.csptransfer.core.Limits;
import org.csptransfer.core.Offer;
import org.csptransfer.core.OfferCatalog;
import org.csptransfer.core.PlannedSubscription;
import org.csptransfer.core.SeatBasis;
import org.csptransfer.core.Subscription;
import org.csptransfer.core.SubscriptionId;
import org.csptransfer.core.SubscriptionStatus;
import org.csptransfer.core.TransitionPolicy;
import org.csptransfer.rules.internal.Lifecycle;
import org.jspecify.annotations.Nullable;

/**
 * The planner's last phase: a replacement for every kept source that must be covered (in use, with
 * assigned licenses) and is not transferred. The same offer while it is for sale, else the best
 * equivalent, else two stacked offers; sources with the same chosen offers and the same end share
 * their targets; seats at least the offer's minimum, split evenly above its maximum; the start the
 * policy's lead before the sources' end, never before the as-of date.
 */
final class PlannedReplacements extends PlanningPhase {

  private final OfferCatalog offers;
  private final TransitionPolicy policy;
  private final LocalDate asOf;
  private final List<PlannedSubscription> targets = new ArrayList<>();

  private PlannedReplacements(OfferCatalog offers, TransitionPolicy policy, LocalDate asOf) {
    this.offers = offers;
    this.policy = policy;
    this.asOf = asOf;
  }

  /**
   * Returns the replacements.
   *
   * @param sources the kept sources
   * @param transferred the ids of the sources a transfer moves: they need no replacement
   * @param offers the offers to choose from
   * @param policy the policy (seat basis, lead days)
   * @param asOf the as-of date
   * @return the targets, numbered in order, and the notes
   */
  static PlannedReplacements of(
      List<Subscription> sources,
      Set<SubscriptionId> transferred,
      OfferCatalog offers,
      TransitionPolicy policy,
      LocalDate asOf) {
    PlannedReplacements planned = new PlannedReplacements(offers, policy, asOf);
    planned.plan(sources, transferred);
    return planned;
  }

  /** The targets, numbered in order. */
  List<PlannedSubscription> targets() {
    return Collections.unmodifiableList(targets);
  }

  private void plan(List<Subscription> sources, Set<SubscriptionId> transferred) {
    Map<Consolidation, List<Subscription>> groups = new LinkedHashMap<>();
    for (Subscription source : sources) {
      if (transferred.contains(source.id())) {
        continue;
      }
      if (!isInUse(source.status())) {
        note(
            PlanNote.Kind.INACTIVE_LEFT_TO_LAPSE,
            Map.of("source", source.id().value(), "status", source.status().name()));
        continue;
      }
      if (source.assignedLicenses() == 0) {
        note(PlanNote.Kind.UNUSED_LEFT_TO_LAPSE, Map.of("source", source.id().value()));
        continue;
      }
      Consolidation key = choose(source);
      if (key != null) {
        groups.computeIfAbsent(key, k -> new ArrayList<>()).add(source);
      }
    }
    for (Map.Entry<Consolidation, List<Subscription>> group : groups.entrySet()) {
      addTargets(group.getKey(), group.getValue());
    }
  }

  /**
   * CONTRACT.md, "Version 3", "Who still uses a source": users of an expired subscription keep
   * normal access, so it is replaced like an active one.
   */
  private static boolean isInUse(SubscriptionStatus status) {
    return status == SubscriptionStatus.ACTIVE || status == SubscriptionStatus.EXPIRED;
  }

  private @Nullable Consolidation choose(Subscription source) {
    Optional<Offer> own = offers.find(source.offerId());
    Map<String, Object> arguments =
        Map.of("source", source.id().value(), "offerId", source.offerId().value());
    if (own.isEmpty()) {
      note(PlanNote.Kind.OFFER_NOT_IN_CATALOG, arguments);
      return null;
    }
    LocalDate end = source.firstDayWithoutService();
    List<Offer> candidates = offers.replacementsFor(source.offerId());
    if (!candidates.isEmpty()) {
      Offer chosen = candidates.get(0);
      if (!chosen.equals(own.get())) {
        noteChoice(source, own.get(), chosen);
      }
      return new Consolidation(chosen, null, end);
    }
    Optional<StackedOffers> pair = StackedOffers.best(offers, own.get());
    if (pair.isPresent()) {
      note(
          PlanNote.Kind.STACKED_REPLACEMENT,
          Map.of(
              "source", source.id().value(),
              "fromOffer", source.offerId().value(),
              "toOffer", pair.get().base().id().value(),
              "stackedOffer", pair.get().stacked().id().value()));
      return new Consolidation(pair.get().base(), pair.get().stacked(), end);
    }
    note(PlanNote.Kind.NO_REPLACEMENT, arguments);
    return null;
  }

  private void noteChoice(Subscription source, Offer own, Offer chosen) {
    List<String> dropped = offers.uncoveredPlans(own.id(), List.of(chosen.id()));
    Map<String, Object> arguments = new LinkedHashMap<>();
    arguments.put("source", source.id().value());
    arguments.put("fromOffer", own.id().value());
    arguments.put("toOffer", chosen.id().value());
    if (!dropped.isEmpty()) {
      arguments.put("droppedServicePlans", dropped);
      note(PlanNote.Kind.FEATURES_DROPPED, arguments);
    } else if (own.successors().contains(chosen.id())) {
      note(PlanNote.Kind.SUCCESSOR_CHOSEN, arguments);
    } else {
      note(PlanNote.Kind.EQUIVALENT_CHOSEN, arguments);
    }
  }

  private void addTargets(Consolidation key, List<Subscription> replaced) {
    Offer offer = key.offer();
    Offer stacked = key.stacked();
    long seats = 0;
    for (Subscription source : replaced) {
      seats +=
          policy.plannerSeats() == SeatBasis.PURCHASED
              ? source.quantity()
              : source.assignedLicenses();
    }
    if (seats < offer.minQuantity()) {
      note(
          PlanNote.Kind.MINIMUM_RAISED,
          Map.of("offerId", offer.id().value(), "minimum", offer.minQuantity(), "seats", seats));
      seats = offer.minQuantity();
    }
    int most =
        stacked == null
            ? offer.maxQuantity()
            : Math.min(offer.maxQuantity(), stacked.maxQuantity());
    long count = (seats + most - 1) / most;
    long needed = stacked == null ? count : 2 * count;
    List<String> ids = replaced.stream().map(source -> source.id().value()).toList();
    if (targets.size() + needed > Limits.MAX_PLANNED_TARGETS) {
      note(
          PlanNote.Kind.TOO_MANY_TARGETS,
          Map.of(
              "sources",
              ids,
              "offerId",
              offer.id().value(),
              "count",
              needed,
              "limit",
              Limits.MAX_PLANNED_TARGETS));
      return;
    }
    if (count > 1) {
      note(
          PlanNote.Kind.SPLIT,
          Map.of("offerId", offer.id().value(), "seats", seats, "maximum", most, "count", count));
    }
    // An expired source's users are served by nothing but its grace: its target starts at once.
    boolean expired = false;
    for (Subscription source : replaced) {
      expired |= source.status() == SubscriptionStatus.EXPIRED;
    }
    LocalDate start =
        expired ? asOf : Lifecycle.recommendedStart(key.end(), asOf, policy.effectiveLeadDays());
    List<SubscriptionId> replacedIds = replaced.stream().map(Subscription::id).toList();
    for (int i = 0; i < count; i++) {
      // An even split keeps every part within the limits: below the most, and raised to the
      // minimum when the parts come out smaller (a few seats more rather than an invalid part).
      int part = (int) Math.max(seats / count + (i < seats % count ? 1 : 0), offer.minQuantity());
      SubscriptionId id = PlannedSubscription.positionalId(targets.size() + 1);
      targets.add(
          PlannedSubscription.builder()
              .id(id)
              .offerId(offer.id())
              .quantity(part)
              .start(start)
              .replacedSourceIds(replacedIds)
              .build());
      if (stacked != null) {
        targets.add(
            PlannedSubscription.builder()
                .id(PlannedSubscription.positionalId(targets.size() + 1))
                .offerId(stacked.id())
                .quantity(Math.max(part, stacked.minQuantity()))
                .start(start)
                .stacksOn(id)
                .build());
      }
    }
  }

  /** Sources with the same chosen offers and the same end share their targets. */
  private record Consolidation(Offer offer, @Nullable Offer stacked, LocalDate end) {}
}
