package org.csptransfer.rules.planning;

import static java.util.Objects.requireNonNull;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.csptransfer.core.Disposition;
import org.csptransfer.core.Money;
import org.csptransfer.core.Offer;
import org.csptransfer.core.OfferCatalog;
import org.csptransfer.core.PartnerId;
import org.csptransfer.core.PlannedSubscription;
import org.csptransfer.core.SeatBasis;
import org.csptransfer.core.Subscription;
import org.csptransfer.core.SubscriptionId;
import org.csptransfer.core.SubscriptionStatus;
import org.csptransfer.core.TransferPolicy;
import org.csptransfer.core.TransitionRequest;
import org.csptransfer.rules.TransferPipeline;
import org.csptransfer.rules.internal.Lifecycle;
import org.csptransfer.rules.internal.ReplacementCandidates;

/**
 * Proposes the plan the domain brief recommends for a customer's current subscriptions, and
 * evaluates it with the pipeline. Pure and deterministic, like the pipeline; thread-safe.
 *
 * <p>What it proposes:
 *
 * <ul>
 *   <li>Every source that must be covered (active, with assigned licenses) gets a replacement; the
 *       others are left to lapse, with a note. A source already held through the target partner is
 *       left out of the plan: there is nothing to move, and letting it expire would be wrong.
 *   <li>The same offer while it is for sale; otherwise an equivalent available offer: declared
 *       successors first, then the fewest extra service plans, ties by id. When none exists no
 *       target is invented: a note says the source cannot be moved safely and why, and the decision
 *       reports it as not covered.
 *   <li>Seats: the purchased seats of the sources replaced, or their assigned licenses under {@link
 *       SeatBasis#ASSIGNED}; at least the offer's minimum; split evenly over several targets when
 *       one subscription cannot hold them (the offer's maximum).
 *   <li>Sources with the same chosen offer and the same end are consolidated into one target.
 *   <li>Start: the sources' end minus the {@linkplain TransferPolicy#effectiveLeadDays() lead}
 *       (never more than the overlap tolerance), never before the as-of date.
 *   <li>Every source is left to expire (cancelled subscriptions are not refunded). When a unit
 *       price is known and cancelling on the as-of date would forfeit more than 30 prepaid days (a
 *       month's billing), a note states what, so that a person can choose knowingly.
 * </ul>
 *
 * <p>What no plan can fix (the tenant's country outside the partner's regions, a missing or pending
 * relationship) shows in the decision with its actions; the planner does not hide it.
 */
public final class TransitionPlanner {

  /** Cancelling now is worth a note only beyond a month of prepaid service. */
  private static final long NOTABLE_FORFEIT_DAYS = 30;

  private final TransferPipeline pipeline;

  private TransitionPlanner(TransferPipeline pipeline) {
    this.pipeline = pipeline;
  }

  /**
   * Returns a planner that chooses from the pipeline's offers, follows its policy and evaluates its
   * proposals with it.
   *
   * @param pipeline the pipeline; not null
   * @return the planner
   */
  public static TransitionPlanner of(TransferPipeline pipeline) {
    return new TransitionPlanner(requireNonNull(pipeline, "pipeline"));
  }

  /**
   * Proposes a plan for the customer's current subscriptions and evaluates it. The request's
   * targets and the sources' dispositions are ignored: the planner decides them.
   *
   * @param current the as-of date, partner, customer and current subscriptions; not null
   * @return the proposed plan with its decision
   */
  public ProposedPlan plan(TransitionRequest current) {
    OfferCatalog offers = pipeline.offers();
    TransferPolicy policy = pipeline.policy();
    PartnerId partner = current.partner().id();
    List<String> notes = new ArrayList<>();
    List<Subscription> sources = new ArrayList<>();
    Map<SubscriptionId, Disposition> dispositions = new LinkedHashMap<>();
    Map<Consolidation, List<Subscription>> groups = new LinkedHashMap<>();
    for (Subscription source : current.sources()) {
      if (source.partnerId().filter(partner::equals).isPresent()) {
        notes.add(
            source.id()
                + " is already held through "
                + current.partner().name()
                + ": nothing to move, left out of the plan");
        continue;
      }
      Subscription expiring = letExpire(source, notes);
      sources.add(expiring);
      dispositions.put(source.id(), Disposition.LET_EXPIRE);
      noteCancellingNow(source, current.asOf(), notes);
      if (source.status() != SubscriptionStatus.ACTIVE) {
        notes.add(source.id() + " is " + name(source.status()) + ": left to lapse");
        continue;
      }
      if (source.assignedLicenses() == 0) {
        notes.add(source.id() + " has no assigned licenses: left to lapse");
        continue;
      }
      Optional<Offer> chosen = chooseOffer(source, offers, notes);
      chosen.ifPresent(
          offer ->
              groups
                  .computeIfAbsent(
                      new Consolidation(offer, expiring.end()), key -> new ArrayList<>())
                  .add(expiring));
    }
    List<PlannedSubscription> targets = new ArrayList<>();
    for (Map.Entry<Consolidation, List<Subscription>> group : groups.entrySet()) {
      targets.addAll(
          targetsFor(
              group.getKey(), group.getValue(), current.asOf(), policy, targets.size(), notes));
    }
    TransitionRequest proposed =
        TransitionRequest.builder().from(current).sources(sources).targets(targets).build();
    return new ProposedPlan(proposed, dispositions, notes, pipeline.evaluate(proposed));
  }

  private static Subscription letExpire(Subscription source, List<String> notes) {
    if (!source.isCancelled()) {
      return source;
    }
    notes.add(
        source.id()
            + " was to be cancelled on "
            + source.cancelOn().orElseThrow()
            + ": the plan lets it expire after "
            + source.termEnd()
            + " instead");
    return Subscription.builder()
        .from(source)
        .disposition(Disposition.LET_EXPIRE)
        .cancelOn(Optional.empty())
        .build();
  }

  private static void noteCancellingNow(Subscription source, LocalDate asOf, List<String> notes) {
    Optional<Money> price = source.unitPrice();
    long days = Lifecycle.forfeitedDays(source, asOf);
    if (price.isPresent() && days > NOTABLE_FORFEIT_DAYS) {
      notes.add(
          String.format(
              "cancelling %s now (%s) instead would forfeit %d prepaid days worth %s",
              source.id(),
              asOf,
              days,
              Lifecycle.forfeitedValue(price.get(), source.quantity(), days)));
    }
  }

  private static Optional<Offer> chooseOffer(
      Subscription source, OfferCatalog offers, List<String> notes) {
    if (!offers.contains(source.offerId())) {
      notes.add(
          source.id()
              + " cannot be moved safely: its offer "
              + source.offerId()
              + " is not in the offer catalog");
      return Optional.empty();
    }
    List<Offer> candidates = ReplacementCandidates.of(offers, source.offerId());
    if (candidates.isEmpty()) {
      notes.add(
          source.id()
              + " cannot be moved safely: "
              + source.offerId()
              + " is no longer sold and no available offer keeps all its service plans");
      return Optional.empty();
    }
    Offer chosen = candidates.get(0);
    if (!chosen.id().equals(source.offerId())) {
      notes.add(
          source.id()
              + ": "
              + source.offerId()
              + " is no longer sold; "
              + chosen.id()
              + (offers.find(source.offerId()).orElseThrow().successors().contains(chosen.id())
                  ? " is its declared successor"
                  : " keeps all its service plans with the fewest extra ones")
              + ": users must be reassigned");
    }
    return Optional.of(chosen);
  }

  private static List<PlannedSubscription> targetsFor(
      Consolidation key,
      List<Subscription> sources,
      LocalDate asOf,
      TransferPolicy policy,
      int planned,
      List<String> notes) {
    Offer offer = key.offer();
    long seats = 0;
    for (Subscription source : sources) {
      seats +=
          policy.plannerSeats() == SeatBasis.PURCHASED
              ? source.quantity()
              : source.assignedLicenses();
    }
    if (seats < offer.minQuantity()) {
      notes.add(
          offer.id() + " sells at least " + offer.minQuantity() + " seats: " + seats + " raised");
      seats = offer.minQuantity();
    }
    int count = (int) ((seats + offer.maxQuantity() - 1) / offer.maxQuantity());
    if (count > 1) {
      notes.add(
          seats
              + " seats of "
              + offer.id()
              + " exceed its maximum of "
              + offer.maxQuantity()
              + " per subscription: split over "
              + count
              + " subscriptions");
    }
    LocalDate start = key.end().minusDays(policy.effectiveLeadDays());
    if (start.isBefore(asOf)) {
      start = asOf;
    }
    List<PlannedSubscription> targets = new ArrayList<>(count);
    for (int i = 0; i < count; i++) {
      // An even split keeps every part within the offer's limits.
      long part = seats / count + (i < seats % count ? 1 : 0);
      PlannedSubscription.Builder target =
          PlannedSubscription.builder()
              .id(PlannedSubscription.positionalId(planned + i + 1))
              .offerId(offer.id())
              .quantity(Math.toIntExact(Math.max(part, offer.minQuantity())))
              .start(start);
      sources.forEach(source -> target.addReplacedSourceId(source.id()));
      targets.add(target.build());
    }
    return targets;
  }

  private static String name(SubscriptionStatus status) {
    return status.name().toLowerCase(java.util.Locale.ROOT);
  }

  /** Sources with the same chosen offer and the same end share their targets. */
  private record Consolidation(Offer offer, LocalDate end) {}
}
