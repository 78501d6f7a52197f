package org.csptransfer.rules.planning;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.csptransfer.core.Disposition;
import org.csptransfer.core.Subscription;
import org.csptransfer.core.SubscriptionId;
import org.csptransfer.core.TransitionRequest;
import org.csptransfer.rules.internal.Lifecycle;

/**
 * The planner's first phase: every source the plan is about, left to expire. A source already held
 * through the target partner is left out (nothing to move), and so is the link of an add-on to such
 * a base; a cancelled source is left to expire instead (a cancellation is not refunded); cancelling
 * now is noted when it would forfeit more than a month of prepaid service.
 */
final class KeptSources extends PlanningPhase {

  /** Cancelling now is worth a note only beyond a month of prepaid service. */
  private static final long NOTABLE_FORFEIT_DAYS = 30;

  private final TransitionRequest current;
  private final List<Subscription> sources = new ArrayList<>();
  private final Map<SubscriptionId, Disposition> dispositions = new LinkedHashMap<>();

  private KeptSources(TransitionRequest current) {
    this.current = current;
  }

  /**
   * Returns the sources the plan keeps.
   *
   * @param current the as-of date, partner, customer and current subscriptions
   * @return the kept sources, their dispositions and the notes
   */
  static KeptSources of(TransitionRequest current) {
    KeptSources kept = new KeptSources(current);
    kept.keep();
    return kept;
  }

  /** The kept sources, in the request's order, each left to expire. */
  List<Subscription> sources() {
    return Collections.unmodifiableList(sources);
  }

  /** Each kept source's disposition, in the request's order. */
  Map<SubscriptionId, Disposition> dispositions() {
    return Collections.unmodifiableMap(dispositions);
  }

  private void keep() {
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
}
