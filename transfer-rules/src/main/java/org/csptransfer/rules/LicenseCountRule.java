package org.csptransfer.rules;

import com.google.common.collect.ImmutableMap;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.csptransfer.core.Limits;
import org.csptransfer.core.Offer;
import org.csptransfer.core.PlannedSubscription;
import org.csptransfer.core.Subscription;
import org.csptransfer.core.SubscriptionId;
import org.csptransfer.rules.action.AddTargets;
import org.csptransfer.rules.action.ChangeQuantity;
import org.csptransfer.rules.action.RequiredAction;
import org.csptransfer.rules.action.SplitTarget;
import org.jspecify.annotations.Nullable;

/**
 * As long as the total number of licenses stays the same, the customer sees no impact
 * (docs/DOMAIN.md, section 1); fewer seats than users leaves users without a licence.
 *
 * <p>Counts are compared per replacement group: a connected set of sources and targets linked by
 * "replaces", every source counted whatever its status and targets of different offers summed
 * together. Only groups with at least one source and one target are compared: a source no target
 * replaces is the offer rule's {@code SOURCE_NOT_COVERED}, and a target replacing nothing is a new
 * purchase with nothing to compare against. A transferred source is in no group, and a stacked
 * target's seats are not counted again: its users are counted through the target it stacks on,
 * which it must match seat for seat. Each target's quantity must lie within its offer's limits.
 *
 * <p>Sums are longs: a group of any size within the core's limits cannot overflow them. Every
 * action stays within the offer's limits, so following it clears the finding without raising {@code
 * QUANTITY_OUT_OF_RANGE}.
 */
final class LicenseCountRule implements Rule {

  @Override
  public String id() {
    return StandardRule.LICENSE_COUNT.id();
  }

  @Override
  public String description() {
    return "New seats hold every licensed user and stay within each offer's limits";
  }

  @Override
  public List<Finding> evaluate(RuleContext context) {
    List<Finding> findings = List.of();
    List<PlannedSubscription> targets = context.request().targets();
    for (int t = 0; t < targets.size(); t++) {
      PlannedSubscription target = targets.get(t);
      Optional<Offer> offer = context.targetOffer(t);
      if (offer.isPresent() && !fits(target.quantity(), offer.get())) {
        findings = Findings.add(findings, outOfRange(target, offer.get()));
      }
      int base = context.baseOf(t);
      if (base >= 0 && target.quantity() < targets.get(base).quantity()) {
        findings = Findings.add(findings, stackShortfall(target, targets.get(base), offer));
      }
    }
    return compareGroups(context, findings);
  }

  private static boolean fits(int quantity, Offer offer) {
    return quantity >= offer.minQuantity() && quantity <= offer.maxQuantity();
  }

  /** The most seats one subscription of an offer may hold: unknown offers only by the limit. */
  private static int maximumOf(Optional<Offer> offer) {
    return offer.map(Offer::maxQuantity).orElse(Limits.MAX_QUANTITY);
  }

  /**
   * Groups sources and targets into connected components of the "replaces" links (union-find over
   * sources 0..n-1 and targets n..n+m-1) and compares the seats of each group that has both; each
   * group's members are listed in one pass, so the rule stays linear in the plan's size.
   */
  private static List<Finding> compareGroups(RuleContext context, List<Finding> findings) {
    List<Subscription> sources = context.request().sources();
    List<PlannedSubscription> targets = context.request().targets();
    int n = sources.size();
    int[] parent = new int[n + targets.size()];
    for (int i = 0; i < parent.length; i++) {
      parent[i] = i;
    }
    for (int t = 0; t < targets.size(); t++) {
      for (int source : context.replacedBy(t)) {
        if (context.transferAt(source) == null) {
          // Attach the target's root under the source's root: roots of groups are sources.
          parent[root(parent, n + t)] = root(parent, source);
        }
      }
    }
    long[] seats = new long[n];
    long[] assigned = new long[n];
    long[] purchased = new long[n];
    boolean[] hasTarget = new boolean[n];
    boolean any = false;
    for (int t = 0; t < targets.size(); t++) {
      int root = root(parent, n + t);
      if (root < n) {
        seats[root] += targets.get(t).quantity();
        hasTarget[root] = true;
        any = true;
      }
    }
    if (!any) {
      return findings;
    }
    for (int i = 0; i < n; i++) {
      if (context.transferAt(i) == null) {
        int root = root(parent, i);
        assigned[root] += sources.get(i).assignedLicenses();
        purchased[root] += sources.get(i).quantity();
      }
    }
    Group[] groups = null;
    for (int root = 0; root < n; root++) {
      if (parent[root] != root || !hasTarget[root]) {
        continue;
      }
      if (seats[root] < assigned[root] || seats[root] != purchased[root]) {
        if (groups == null) {
          groups = members(context, parent);
        }
        Group group = groups[root];
        findings =
            Findings.add(
                findings,
                seats[root] < assigned[root]
                    ? shortfall(context, group, seats[root], assigned[root])
                    : countChanged(group, seats[root], assigned[root], purchased[root]));
      }
    }
    return findings;
  }

  /** Every compared group's sources and targets, by root, listed in one pass over the plan. */
  private static Group[] members(RuleContext context, int[] parent) {
    List<Subscription> sources = context.request().sources();
    List<PlannedSubscription> targets = context.request().targets();
    int n = sources.size();
    Group[] groups = new Group[n];
    for (int i = 0; i < parent.length; i++) {
      int root = root(parent, i);
      if (root >= n || (i < n && context.transferAt(i) != null)) {
        continue;
      }
      if (groups[root] == null) {
        groups[root] = new Group();
      }
      if (i < n) {
        groups[root].sources.add(sources.get(i).id());
      } else {
        groups[root].targets.add(i - n);
        groups[root].targetIds.add(targets.get(i - n).id());
      }
    }
    return groups;
  }

  private static int root(int[] parent, int node) {
    int root = node;
    while (parent[root] != root) {
      root = parent[root];
    }
    while (parent[node] != root) {
      int next = parent[node];
      parent[node] = root;
      node = next;
    }
    return root;
  }

  private static Finding outOfRange(PlannedSubscription target, Offer offer) {
    return Finding.of(
        FindingCode.QUANTITY_OUT_OF_RANGE,
        List.of(target.id().value(), offer.id().value()),
        ImmutableMap.of(
            "target", target.id().value(),
            "offerId", offer.id().value(),
            "quantity", target.quantity(),
            "minQuantity", offer.minQuantity(),
            "maxQuantity", offer.maxQuantity()),
        fitting(target, offer));
  }

  /** Raise to the minimum; above the maximum, split into parts within the limits, no seat lost. */
  private static @Nullable RequiredAction fitting(PlannedSubscription target, Offer offer) {
    if (target.quantity() < offer.minQuantity()) {
      return ChangeQuantity.of(target.id(), target.quantity(), offer.minQuantity());
    }
    int maximum = offer.maxQuantity();
    if (maximum < 1) {
      return null; // an offer that sells no seat cannot hold any: choosing another is the fix
    }
    long count = ((long) target.quantity() + maximum - 1) / maximum;
    if (count > Limits.MAX_PLANNED_TARGETS) {
      return null;
    }
    long seats = Math.max(target.quantity(), count * Math.max(1, offer.minQuantity()));
    return SplitTarget.of(target.id(), (int) count, seats);
  }

  private static Finding stackShortfall(
      PlannedSubscription stacked, PlannedSubscription base, Optional<Offer> offer) {
    int missing = base.quantity() - stacked.quantity();
    return Finding.of(
        FindingCode.STACK_SHORTFALL,
        List.of(stacked.id().value(), base.id().value()),
        ImmutableMap.<String, Object>builder()
            .put("target", stacked.id().value())
            .put("stacksOn", base.id().value())
            .put("offerId", stacked.offerId().value())
            .put("seats", stacked.quantity())
            .put("baseSeats", base.quantity())
            .put("missingSeats", missing)
            .buildOrThrow(),
        base.quantity() <= maximumOf(offer)
            ? ChangeQuantity.of(stacked.id(), stacked.quantity(), base.quantity())
            : null);
  }

  private static Finding shortfall(RuleContext context, Group group, long seats, long assigned) {
    long missing = assigned - seats;
    return Finding.of(
        FindingCode.LICENSE_SHORTFALL,
        group.subjects(),
        ImmutableMap.of(
            "sources", group.sourceNames(),
            "targets", group.targetNames(),
            "targetSeats", seats,
            "assignedLicenses", assigned,
            "missingSeats", missing),
        makeGood(context, group, missing));
  }

  /**
   * The seats a shortfall misses: added to the first target of the group that can hold them within
   * its offer's maximum; else as new subscriptions of the first target's offer, each within the
   * offer's limits; none if even that cannot be done within the planner's limits.
   */
  private static @Nullable RequiredAction makeGood(RuleContext context, Group group, long missing) {
    List<PlannedSubscription> targets = context.request().targets();
    for (int t : group.targets) {
      PlannedSubscription target = targets.get(t);
      if (target.quantity() + missing <= maximumOf(context.targetOffer(t))) {
        return ChangeQuantity.of(
            target.id(), target.quantity(), (int) (target.quantity() + missing));
      }
    }
    int first = group.targets.get(0);
    Optional<Offer> offer = context.targetOffer(first);
    int maximum = maximumOf(offer);
    int minimum = offer.map(Offer::minQuantity).orElse(1);
    if (maximum < 1) {
      return null;
    }
    long count = (missing + maximum - 1) / maximum;
    if (count > Limits.MAX_PLANNED_TARGETS) {
      return null;
    }
    long seats = Math.max(missing, count * Math.max(1, minimum));
    PlannedSubscription template = targets.get(first);
    return AddTargets.of(
        template.offerId(), template.start(), template.replacedSourceIds(), (int) count, seats);
  }

  private static Finding countChanged(Group group, long seats, long assigned, long purchased) {
    return Finding.of(
        FindingCode.LICENSE_COUNT_CHANGED,
        group.subjects(),
        ImmutableMap.<String, Object>builder()
            .put("sources", group.sourceNames())
            .put("targets", group.targetNames())
            .put("targetSeats", seats)
            .put("purchasedSeats", purchased)
            .put("assignedLicenses", assigned)
            .put("change", seats - purchased)
            .buildOrThrow());
  }

  /** A connected set of sources and targets; mutable only while being grouped. */
  private static final class Group {
    final List<SubscriptionId> sources = new ArrayList<>(2);

    /** The targets' positions in the plan, in plan order, and their ids. */
    final List<Integer> targets = new ArrayList<>(2);

    final List<SubscriptionId> targetIds = new ArrayList<>(2);

    List<String> sourceNames() {
      return sorted(sources);
    }

    List<String> targetNames() {
      return sorted(targetIds);
    }

    /** Source ids then target ids, each sorted, so reordering the plan changes nothing. */
    List<String> subjects() {
      List<String> subjects = new ArrayList<>(sources.size() + targetIds.size());
      subjects.addAll(sourceNames());
      subjects.addAll(targetNames());
      return subjects;
    }

    private static List<String> sorted(List<SubscriptionId> ids) {
      List<String> names = new ArrayList<>(ids.size());
      for (SubscriptionId id : ids) {
        names.add(id.value());
      }
      names.sort(null);
      return List.copyOf(names);
    }
  }
}
