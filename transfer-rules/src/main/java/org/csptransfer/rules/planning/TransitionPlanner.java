package org.csptransfer.rules.planning;

import static java.util.Objects.requireNonNull;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.csptransfer.core.Channel;
import org.csptransfer.core.Disposition;
import org.csptransfer.core.Limits;
import org.csptransfer.core.Offer;
import org.csptransfer.core.OfferCatalog;
import org.csptransfer.core.PartnerId;
import org.csptransfer.core.PlannedSubscription;
import org.csptransfer.core.PlannerTransfers;
import org.csptransfer.core.SeatBasis;
import org.csptransfer.core.Subscription;
import org.csptransfer.core.SubscriptionId;
import org.csptransfer.core.SubscriptionStatus;
import org.csptransfer.core.Transfer;
import org.csptransfer.core.TransitionPolicy;
import org.csptransfer.core.TransitionRequest;
import org.csptransfer.rules.TransferIneligibility;
import org.csptransfer.rules.TransitionPipeline;
import org.csptransfer.rules.internal.Lifecycle;
import org.csptransfer.rules.internal.TransferEligibility;
import org.jspecify.annotations.Nullable;

/**
 * Proposes the plan the contract recommends for a customer's current subscriptions, and evaluates
 * it with the pipeline. Pure and deterministic, like the pipeline; thread-safe.
 *
 * <p>What it proposes (CONTRACT.md, "The planner"):
 *
 * <ul>
 *   <li>With {@link PlannerTransfers#PREFER} (the default), every source a partner-to-partner
 *       transfer can move is transferred instead of replaced: one request per current partner,
 *       dated the as-of date, split into requests of at most the policy's maximum, an add-on always
 *       in its base's request. A base and its add-ons move together or not at all.
 *   <li>Every other source that must be covered (active, with assigned licenses) gets a
 *       replacement; the others are left to lapse, with a note. A source already held through the
 *       target partner is left out of the plan: there is nothing to move.
 *   <li>The same offer while it is for sale; otherwise an offer for sale that keeps the source's
 *       data: full coverage first, declared successors first, then the fewest extra service plans,
 *       ties by id; then offers dropping feature-only plans. When no single offer keeps the data
 *       but two stacked for the same users do (a "(no Teams)" suite and Teams), both, the second
 *       stacked on the first with the same seats. When nothing does, no target is invented: a note
 *       says so and the decision reports the source as not covered.
 *   <li>Seats: the purchased seats of the sources replaced, or their assigned licenses under {@link
 *       SeatBasis#ASSIGNED}; at least the offer's minimum; split evenly over several targets above
 *       its maximum. At most {@value Limits#MAX_PLANNED_TARGETS} targets in all; beyond, a note.
 *   <li>Sources with the same chosen offers and the same end are consolidated into one target.
 *   <li>Start: the sources' first day without service minus the {@linkplain
 *       TransitionPolicy#effectiveLeadDays() lead}, never before the as-of date.
 *   <li>Every source is left to expire (cancelled subscriptions are not refunded). When a unit
 *       price is known and cancelling on the as-of date would forfeit more than 30 prepaid days (a
 *       month's billing), a note states what, so that a person can choose knowingly.
 * </ul>
 *
 * <p>What no plan can fix (the tenant's country outside the partner's regions, a missing or pending
 * relationship) shows in the decision with its actions; the planner does not hide it.
 */
public final class TransitionPlanner {

  private final TransitionPipeline pipeline;

  private TransitionPlanner(TransitionPipeline pipeline) {
    this.pipeline = pipeline;
  }

  /**
   * Returns a planner that chooses from the pipeline's offers, follows its policy and evaluates its
   * proposals with it.
   *
   * @param pipeline the pipeline; not null
   * @return the planner
   */
  public static TransitionPlanner of(TransitionPipeline pipeline) {
    return new TransitionPlanner(requireNonNull(pipeline, "pipeline"));
  }

  /**
   * Proposes a plan for the customer's current subscriptions and evaluates it.
   *
   * @param input the as-of date, partner, customer and current subscriptions; not null
   * @return the proposed plan with its decision
   * @throws NullPointerException if {@code input} is null
   * @throws org.csptransfer.rules.RuleFailedException if a rule of the pipeline fails while the
   *     proposal is evaluated (a rule of the user's; the standard rules do not)
   */
  public ProposedPlan plan(PlanningInput input) {
    return new Planning(requireNonNull(input, "input").request(), pipeline).run();
  }

  /**
   * Proposes a plan for the current subscriptions a request holds, as {@link #plan(PlanningInput)}
   * does with {@link PlanningInput#of(TransitionRequest)}: the request's targets, transfers and the
   * sources' dispositions are not read.
   *
   * @param current the as-of date, partner, customer and current subscriptions; not null
   * @return the proposed plan with its decision
   * @throws NullPointerException if {@code current} is null
   * @throws org.csptransfer.rules.RuleFailedException if a rule of the pipeline fails while the
   *     proposal is evaluated
   */
  public ProposedPlan plan(TransitionRequest current) {
    return plan(PlanningInput.of(requireNonNull(current, "current")));
  }

  /** One planning run: the state it builds up, used once. */
  private static final class Planning {

    /** Cancelling now is worth a note only beyond a month of prepaid service. */
    private static final long NOTABLE_FORFEIT_DAYS = 30;

    private final TransitionRequest current;
    private final TransitionPipeline pipeline;
    private final OfferCatalog offers;
    private final TransitionPolicy policy;
    private final List<PlanNote> notes = new ArrayList<>();
    private final List<Subscription> sources = new ArrayList<>();
    private final Map<SubscriptionId, Disposition> dispositions = new LinkedHashMap<>();
    private final Set<SubscriptionId> transferred = new HashSet<>();
    private final List<Transfer> transfers = new ArrayList<>();
    private final List<PlannedSubscription> targets = new ArrayList<>();

    Planning(TransitionRequest current, TransitionPipeline pipeline) {
      this.current = current;
      this.pipeline = pipeline;
      this.offers = pipeline.offers();
      this.policy = pipeline.policy();
    }

    ProposedPlan run() {
      keepSources();
      if (policy.plannerTransfers() == PlannerTransfers.PREFER) {
        planTransfers();
      }
      planReplacements();
      TransitionRequest proposed =
          TransitionRequest.builder()
              .from(current)
              .sources(sources)
              .targets(targets)
              .transfers(transfers)
              .build();
      return new ProposedPlan(
          proposed,
          Collections.unmodifiableMap(dispositions),
          List.copyOf(notes),
          pipeline.evaluate(proposed));
    }

    private void note(PlanNote.Kind kind, Map<String, Object> arguments) {
      notes.add(new PlanNote(kind, arguments));
    }

    /** Every source the plan is about, left to expire; those held by the partner left out. */
    private void keepSources() {
      Set<SubscriptionId> leftOut = new HashSet<>();
      for (Subscription source : current.sources()) {
        if (source.isHeldBy(current.partner())) {
          leftOut.add(source.id());
          note(
              PlanNote.Kind.HELD_BY_TARGET_PARTNER,
              Map.of("source", source.id().value(), "partner", current.partner().name()));
        }
      }
      for (Subscription source : current.sources()) {
        if (leftOut.contains(source.id())) {
          continue;
        }
        Subscription.Builder kept = Subscription.builder().from(source);
        if (source.isCancelled()) {
          note(
              PlanNote.Kind.LET_EXPIRE_INSTEAD,
              Map.of(
                  "source", source.id().value(),
                  "cancelOn", source.cancelOn().orElseThrow(),
                  "termEnd", source.lastDayOfTerm()));
          kept.disposition(Disposition.LET_EXPIRE).cancelOn(Optional.empty());
        }
        if (source.parentId().isPresent() && leftOut.contains(source.parentId().get())) {
          note(
              PlanNote.Kind.PARENT_LEFT_OUT,
              Map.of(
                  "source", source.id().value(),
                  "parent", source.parentId().get().value(),
                  "partner", current.partner().name()));
          kept.parentId(Optional.empty());
        }
        sources.add(kept.build());
        dispositions.put(source.id(), Disposition.LET_EXPIRE);
        noteCancellingNow(source);
      }
    }

    private void noteCancellingNow(Subscription source) {
      long days = Lifecycle.forfeitedDays(source, current.asOf());
      if (source.monthlyPricePerSeat().isPresent() && days > NOTABLE_FORFEIT_DAYS) {
        note(
            PlanNote.Kind.CANCELLING_NOW_FORFEITS,
            Map.of(
                "source", source.id().value(),
                "asOf", current.asOf(),
                "forfeitedDays", days,
                "forfeitedValue",
                    Lifecycle.valueOfDays(
                        source.monthlyPricePerSeat().get(), source.quantity(), days)));
      }
    }

    /**
     * Transfers every family (a base and its add-ons) a transfer can move whole, one request per
     * current partner, split at the policy's maximum without splitting a family.
     */
    private void planTransfers() {
      Map<SubscriptionId, Subscription> byId = new HashMap<>();
      for (Subscription source : sources) {
        byId.put(source.id(), source);
      }
      Map<SubscriptionId, List<Subscription>> families = families(byId);
      Map<PartnerId, List<List<Subscription>>> byPartner = new LinkedHashMap<>();
      for (List<Subscription> family : families.values()) {
        if (isTransferable(family)) {
          byPartner
              .computeIfAbsent(
                  family.get(0).partnerId().orElseThrow(), partner -> new ArrayList<>())
              .add(family);
        }
      }
      for (Map.Entry<PartnerId, List<List<Subscription>>> partner : byPartner.entrySet()) {
        List<SubscriptionId> request = new ArrayList<>();
        for (List<Subscription> family : partner.getValue()) {
          if (request.size() + family.size() > policy.maxItemsPerTransfer()) {
            addTransfer(partner.getKey(), request);
            request = new ArrayList<>();
          }
          for (Subscription source : family) {
            request.add(source.id());
          }
        }
        addTransfer(partner.getKey(), request);
      }
    }

    /**
     * The families of add-ons and their bases: the sources linked by parent ids, each family in the
     * order of its first source. A union-find over the links, so that a long chain of add-ons costs
     * time in proportion to its length, and a cycle of parents is one family.
     */
    private Map<SubscriptionId, List<Subscription>> families(
        Map<SubscriptionId, Subscription> byId) {
      Map<SubscriptionId, Integer> position = new HashMap<>(sources.size() * 2);
      for (int i = 0; i < sources.size(); i++) {
        position.put(sources.get(i).id(), i);
      }
      int[] parent = new int[sources.size()];
      for (int i = 0; i < parent.length; i++) {
        parent[i] = i;
      }
      for (int i = 0; i < sources.size(); i++) {
        Optional<SubscriptionId> base = sources.get(i).parentId();
        Integer at =
            base.isPresent() && byId.containsKey(base.get()) ? position.get(base.get()) : null;
        if (at != null) {
          int a = find(parent, i);
          int b = find(parent, at);
          // The smaller position stays the representative: families keep their sources' order.
          parent[Math.max(a, b)] = Math.min(a, b);
        }
      }
      Map<SubscriptionId, List<Subscription>> families = new LinkedHashMap<>();
      for (int i = 0; i < sources.size(); i++) {
        families
            .computeIfAbsent(sources.get(find(parent, i)).id(), id -> new ArrayList<>())
            .add(sources.get(i));
      }
      return families;
    }

    private static int find(int[] parent, int i) {
      int root = i;
      while (parent[root] != root) {
        root = parent[root];
      }
      // Path compression: every node on the way now points at the root.
      int at = i;
      while (parent[at] != root) {
        int next = parent[at];
        parent[at] = root;
        at = next;
      }
      return root;
    }

    private boolean isTransferable(List<Subscription> family) {
      boolean eligible = true;
      Set<PartnerId> partners = new HashSet<>();
      for (Subscription source : family) {
        Optional<TransferIneligibility> reason =
            TransferEligibility.reason(source, current.asOf(), null);
        if (reason.isPresent()) {
          eligible = false;
          if (source.channel() == Channel.CSP) {
            note(PlanNote.Kind.NOT_TRANSFERABLE, reasonArguments(source, reason.get()));
          }
        }
        source.partnerId().ifPresent(partners::add);
      }
      if (!eligible || partners.size() > 1) {
        noteFamily(family, PlanNote.Kind.FAMILY_NOT_TRANSFERABLE, Map.of());
        return false;
      }
      if (family.size() > policy.maxItemsPerTransfer()) {
        noteFamily(
            family,
            PlanNote.Kind.FAMILY_TOO_LARGE,
            Map.of("count", family.size(), "maximum", policy.maxItemsPerTransfer()));
        return false;
      }
      return true;
    }

    /** A note for each member a transfer could move but its family holds back. */
    private void noteFamily(
        List<Subscription> family, PlanNote.Kind kind, Map<String, Object> more) {
      if (family.size() == 1) {
        if (kind == PlanNote.Kind.FAMILY_TOO_LARGE) {
          note(kind, withSource(family.get(0), family, more));
        }
        return;
      }
      for (Subscription source : family) {
        if (TransferEligibility.reason(source, current.asOf(), null).isEmpty()) {
          note(kind, withSource(source, family, more));
        }
      }
    }

    private static Map<String, Object> withSource(
        Subscription source, List<Subscription> family, Map<String, Object> more) {
      Map<String, Object> arguments = new LinkedHashMap<>();
      arguments.put("source", source.id().value());
      List<String> others = new ArrayList<>();
      for (Subscription member : family) {
        if (!member.equals(source)) {
          others.add(member.id().value());
        }
      }
      arguments.put("family", others);
      arguments.putAll(more);
      return arguments;
    }

    private Map<String, Object> reasonArguments(Subscription source, TransferIneligibility reason) {
      Map<String, Object> arguments = new LinkedHashMap<>();
      arguments.put("source", source.id().value());
      arguments.put("date", current.asOf());
      arguments.putAll(TransferEligibility.arguments(source, reason, current.asOf()));
      return arguments;
    }

    private void addTransfer(PartnerId partner, List<SubscriptionId> request) {
      if (request.isEmpty()) {
        return;
      }
      Transfer transfer =
          Transfer.builder()
              .id(Transfer.positionalId(transfers.size() + 1))
              .date(current.asOf())
              .sourceIds(request)
              .build();
      transfers.add(transfer);
      transferred.addAll(request);
      note(
          PlanNote.Kind.TRANSFERRED,
          Map.of(
              "sources", request.stream().map(SubscriptionId::value).toList(),
              "transfer", transfer.id().value(),
              "partnerId", partner.value(),
              "date", transfer.date()));
    }

    /** Replacements for every source that must be covered and is not transferred. */
    private void planReplacements() {
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
          expired
              ? current.asOf()
              : Lifecycle.recommendedStart(key.end(), current.asOf(), policy.effectiveLeadDays());
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
  }

  /** Sources with the same chosen offers and the same end share their targets. */
  private record Consolidation(Offer offer, @Nullable Offer stacked, LocalDate end) {}
}
